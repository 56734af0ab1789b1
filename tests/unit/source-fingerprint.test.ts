/**
 * A page published by others is not kept in the repository: its text stays on the editor's machine
 * (content/sources/local/) and the repository keeps its fingerprint. These tests validate one entry
 * three ways — with the text at hand, with only the fingerprint (as CI does), and with a stale
 * fingerprint — and pin what a contributor reads in each case.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateArchive, readEntries } from '../../src/validation/run';
import { formatProblem, sortProblems } from '../../src/validation/problem';
import { buildFingerprint, fingerprintJson, needlesOf } from '../../src/validation/fingerprint';
import { sourceFingerprintSchema } from '../../src/schemas/source-fingerprint';
import { WINNOW, hash32, sampledRunsIn, winnow } from '../../src/core/winnow';
import { occursVerbatim } from '../../src/core/quotes';
import { toSimplified } from '../../src/text/to-simplified';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = join(ROOT, 'tests/fixtures/validate');
const CASE = 'riverside-library-reading-club.mdx';

let dir: string;
const sources = () => join(dir, 'sources');
const local = () => join(sources(), 'local', 'riverside-library.txt');
const fingerprintFile = () => join(sources(), 'riverside-library.fingerprint.json');
const caseFile = () => join(dir, 'cases', CASE);

function validate() {
  const result = validateArchive({
    root: dir,
    casesDir: 'cases',
    taxonomyDir: join(ROOT, 'content/taxonomy'),
    sourcesConfig: join(dir, 'sources.config.yaml'),
    sourcesDir: 'sources',
    today: '2026-11-26',
  });
  return { lines: sortProblems(result.problems).map(formatProblem), notes: result.notes };
}

/** What `npm run source -- record riverside-library` does: build the fingerprint from the text at hand and write it. */
function record() {
  const { entries } = readEntries(join(dir, 'cases'), (p) => p);
  const built = buildFingerprint('riverside-library', readFileSync(local(), 'utf8'), needlesOf(entries, 'riverside-library'));
  writeFileSync(fingerprintFile(), fingerprintJson(built.fingerprint));
  return built;
}

const editCase = (from: string, to: string) => {
  const text = readFileSync(caseFile(), 'utf8');
  expect(text).toContain(from);
  writeFileSync(caseFile(), text.replace(from, to));
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fingerprint-'));
  mkdirSync(join(dir, 'cases'));
  mkdirSync(join(sources(), 'local'), { recursive: true });
  cpSync(join(FIXTURES, 'valid', CASE), caseFile());
  // The fixture's source, as a page published by others: the text held locally, not kept.
  cpSync(join(FIXTURES, 'sources/riverside-library.txt'), local());
  writeFileSync(
    join(sources(), 'riverside-library.yaml'),
    readFileSync(join(FIXTURES, 'sources/riverside-library.yaml'), 'utf8').replace('kept: true', 'kept: false'),
  );
  writeFileSync(join(dir, 'sources.config.yaml'), 'minRun: 20\nquotedMax: 40\nsources: []\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('a source the repository does not keep', () => {
  it('asks for its fingerprint where the text is at hand and none is recorded', () => {
    expect(validate().lines).toEqual([
      'sources/riverside-library.fingerprint.json:1  fingerprint  来源 riverside-library 的全文不进代码库（kept: false），还缺它的指纹：请运行 npm run source -- record riverside-library 生成 riverside-library.fingerprint.json 并一起提交（CI 没有原文，只按指纹核对）',
    ]);
  });

  it('records each passage the entry takes, verified, and no more than the file needs', () => {
    const { fingerprint, unrecorded } = record();
    expect(unrecorded).toEqual([]);
    expect(sourceFingerprintSchema.safeParse(JSON.parse(readFileSync(fingerprintFile(), 'utf8'))).success).toBe(true);
    const text = readFileSync(local(), 'utf8');
    expect(fingerprint.paragraphs).toHaveLength(text.trimEnd().split('\n').length);
    expect(fingerprint.paragraphs[4]!.blanks).toEqual(['__']);
    expect(fingerprint.quotes.map((q) => q.text)).toEqual(expect.arrayContaining(['由馆员轮流主讲', '借阅窗口统一问候和答复用语']));
    for (const q of fingerprint.quotes) expect([...q.text].length).toBeLessThanOrEqual(40);
    // The text itself is not in the file: no paragraph of it stands there whole.
    const file = readFileSync(fingerprintFile(), 'utf8');
    for (const line of text.split('\n').filter((l) => l.length > 40)) expect(file).not.toContain(line);
    expect(validate().lines).toEqual([]);
  });

  it('checks the entry against the fingerprint alone, as CI does, and reaches the same verdict', () => {
    record();
    rmSync(local());
    const { lines, notes } = validate();
    expect(lines).toEqual([]);
    expect(notes.join('\n')).toContain('riverside-library.fingerprint.json 的全文不在本机，已按指纹比对');
  });

  it('without the text, refuses evidence that was never verified, and says how to record it', () => {
    record();
    rmSync(local());
    editCase('evidence: "由馆员轮流主讲"', 'evidence: "由馆员每周轮流主讲"');
    expect(validate().lines).toEqual([
      expect.stringMatching(
        /^cases\/riverside-library-reading-club\.mdx:38 {2}practices\[0\]\.evidence {2}evidence 须逐字摘自所引段落（¶2–3）：“由馆员每周轮流主讲”前 3 个字与原文相同，从“每”起不同。.*（本机没有来源 riverside-library 的原文，只按代码库里的指纹 riverside-library\.fingerprint\.json 核对：.*npm run source -- record riverside-library 更新指纹）$/u,
      ),
    ]);
  });

  it('without the text, still finds a long passage copied from it', () => {
    record();
    rmSync(local());
    writeFileSync(caseFile(), `${readFileSync(caseFile(), 'utf8')}\n馆员读完书后各写一篇短评，写得好的贴在借阅大厅里。\n`);
    expect(validate().lines).toEqual([
      expect.stringMatching(/^cases\/riverside-library-reading-club\.mdx:\d+ {2}body {2}与来源 riverside-library 有连续 2\d 个字相同/u),
    ]);
  });

  it('with the text at hand, says when the fingerprint no longer matches the entries', () => {
    record();
    editCase('evidence: "由馆员轮流主讲"', 'evidence: "参加的不足十人就顺延"');
    expect(validate().lines).toEqual([
      'sources/riverside-library.fingerprint.json:1  fingerprint  来源 riverside-library 的指纹已过期：条目所引的短句或数字、或本机的原文变了。请运行 npm run source -- record riverside-library 重写它并一起提交（CI 没有原文，只按指纹核对）',
    ]);
    record();
    expect(validate().lines).toEqual([]);
    expect(existsSync(local())).toBe(true);
  });

  it('a broken fingerprint file is one located line, not a stack trace', () => {
    record();
    renameSync(local(), `${local()}.away`);
    writeFileSync(fingerprintFile(), '{ "source": ');
    const { lines } = validate();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/source\.id {2}来源指纹有误：riverside-library\.fingerprint\.json 不是合格的 JSON/u);
  });
});

describe('winnowing', () => {
  const letters = (n: number, seed: number) => {
    let x = seed;
    return Array.from({ length: n }, () => String.fromCodePoint(0x4e00 + ((x = (x * 1103515245 + 12345) % 2 ** 31) % 3000))).join('');
  };

  it('keeps a sample, not every run, and always finds a shared run of k + w − 1 letters', () => {
    const text = letters(2000, 7);
    const sample = winnow(text);
    const runs = text.length - WINNOW.k + 1;
    expect(sample.length).toBeLessThan(runs * 0.6);
    expect(sample.length).toBeGreaterThan(runs * 0.2);
    const set = new Set(sample);
    for (let at = 0; at + 23 <= text.length; at += 37) {
      const copied = `${letters(30, at)}${text.slice(at, at + WINNOW.k + WINNOW.w - 1)}${letters(30, at + 1)}`;
      expect(sampledRunsIn(copied, set).length, `run at ${at}`).toBeGreaterThan(0);
    }
    expect(sampledRunsIn(letters(500, 99), set)).toEqual([]);
  });

  it('hashes the same on every machine (FNV-1a, 32 bits)', () => {
    expect(hash32('')).toBe(0x811c9dc5);
    expect(hash32('a')).toBe(0xe40c292c);
  });
});

describe('quotations across scripts', () => {
  it('a simplified quotation of a traditional source is the source’s words', () => {
    expect(occursVerbatim('政府、部门、乡镇三位一体', '堅持政府、部門、鄉鎮三位一體', toSimplified)).toBe(true);
    expect(occursVerbatim('政府、部门、乡镇三位一体', '堅持政府、部門、鄉鎮三位一體')).toBe(false);
    expect(occursVerbatim('政府、部门、乡村三位一体', '堅持政府、部門、鄉鎮三位一體', toSimplified)).toBe(false);
  });
});
