import { request } from 'node:http';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileInside, serveDir, type ServedDir } from '../../scripts/static-server';

// A raw request, so the path reaches the server exactly as written (fetch would re-encode it).
function get(url: string, path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the static server the tests and the bench use', () => {
  let served: ServedDir;
  let dir: string;
  beforeAll(async () => {
    // The served folder `dist`, and beside it `dist-x`, whose name starts with the same letters.
    const parent = mkdtempSync(join(tmpdir(), 'static-server-'));
    dir = join(parent, 'dist');
    mkdirSync(join(parent, 'dist-x'), { recursive: true });
    writeFileSync(join(parent, 'dist-x', 'secret.txt'), 'secret');
    writeFileSync(join(parent, 'secret.txt'), 'secret');
    mkdirSync(join(dir, 'cases', '典型'), { recursive: true });
    writeFileSync(join(dir, 'cases', '典型', 'index.html'), '<p>典型</p>');
    writeFileSync(join(dir, '404.html'), '<p>not here</p>');
    served = await serveDir(dir);
  });
  afterAll(() => served.close());

  it('answers 400 to a malformed percent escape and keeps serving', async () => {
    const bad = await get(served.url, '/cases/%E4%ZZ/');
    expect(bad.status).toBe(400);
    expect(bad.body).toContain('malformed URL');
    const good = await get(served.url, `/cases/${encodeURIComponent('典型')}/`);
    expect(good).toEqual({ status: 200, body: '<p>典型</p>' });
  });

  it('answers 404 with the site’s 404 page for a missing path', async () => {
    expect(await get(served.url, '/nothing/')).toEqual({ status: 404, body: '<p>not here</p>' });
  });

  it('refuses every path outside the served folder, encoded or not, and a sibling folder with the same first letters', async () => {
    for (const path of [
      '/..%2fdist-x/secret.txt',
      '/..%2Fdist-x%2Fsecret.txt',
      '/%2e%2e/dist-x/secret.txt',
      '/..%2fsecret.txt',
      '/cases/..%2f..%2f..%2fsecret.txt',
    ]) {
      const res = await get(served.url, path);
      // 403 when the decoded path leaves the folder; the URL parser itself folds a literal %2e%2e,
      // which then names a file inside that does not exist (404). Never the sibling's file.
      expect([403, 404], path).toContain(res.status);
      expect(res.body, path).not.toContain('secret');
    }
  });

  it('fileInside: a path stays in its folder or is refused', () => {
    expect(fileInside(dir, '/cases/典型/index.html')).toBe(join(dir, 'cases', '典型', 'index.html'));
    expect(fileInside(dir, '/')).toBe(dir);
    expect(fileInside(dir, '/a/../b')).toBe(join(dir, 'b'));
    expect(fileInside(dir, '/../dist-x/secret.txt')).toBeNull();
    expect(fileInside(`${dir}/`, '/../dist-x/secret.txt')).toBeNull();
    expect(fileInside(dir, '../secret.txt')).toBeNull();
  });
});
