import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Trash } from '../../scripts/bench/trash';

const made: string[] = [];
const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-trash-'));
  made.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("the bench's trash (output set aside before a cold build)", () => {
  it('frees the place at once and keeps what was there, whole, until it is emptied', () => {
    const root = scratch();
    const dist = join(root, 'dist');
    mkdirSync(join(dist, 'cases', 'a'), { recursive: true });
    writeFileSync(join(dist, 'cases', 'a', 'index.html'), '<p>a</p>');
    const inode = statSync(join(dist, 'cases', 'a', 'index.html')).ino;
    const trash = new Trash(join(root, 'trash'));

    trash.setAside(dist);
    expect(existsSync(dist)).toBe(false);
    // Moved, not copied and deleted: the same file (no inode was freed), still readable.
    const [kept] = readdirSync(join(root, 'trash'));
    const file = join(root, 'trash', kept!, 'cases', 'a', 'index.html');
    expect(statSync(file).ino).toBe(inode);
    expect(readFileSync(file, 'utf8')).toBe('<p>a</p>');

    trash.empty();
    expect(existsSync(join(root, 'trash'))).toBe(false);
  });

  it('sets aside the same name twice without one replacing the other, and passes over what is not there', () => {
    const root = scratch();
    const trash = new Trash(join(root, 'trash'));
    trash.setAside(join(root, 'missing'));
    expect(existsSync(join(root, 'trash'))).toBe(false);
    for (const text of ['first', 'second']) {
      mkdirSync(join(root, 'dist'));
      writeFileSync(join(root, 'dist', 'x'), text);
      trash.setAside(join(root, 'dist'));
    }
    const kept = readdirSync(join(root, 'trash')).map((d) => readFileSync(join(root, 'trash', d, 'x'), 'utf8'));
    expect(kept.sort()).toEqual(['first', 'second']);
  });

  it('empties what an interrupted bench left as well as its own', () => {
    const root = scratch();
    mkdirSync(join(root, 'trash', '1234-1-dist'), { recursive: true });
    const trash = new Trash(join(root, 'trash'));
    writeFileSync(join(root, 'out'), '');
    trash.setAside(join(root, 'out'));
    trash.empty();
    expect(existsSync(join(root, 'trash'))).toBe(false);
  });
});
