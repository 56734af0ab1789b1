import { request } from 'node:http';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDir, type ServedDir } from '../../scripts/static-server';

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
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'static-server-'));
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
});
