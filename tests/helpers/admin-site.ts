/**
 * The built editor (dist/admin/) served as a static host would, but pointed at a stand-in of
 * GitHub's API (tests/helpers/github-standin.ts) instead of api.github.com. Only the served copy
 * changes, never the build:
 *
 * - config.json gets `backend.api_root` and `backend.base_url` (the OAuth service) set to the
 *   stand-in, and `local_backend: false` (the published site is never on localhost, so Decap never
 *   tries decap-server there; under a test on 127.0.0.1 it would);
 * - the page's policy is the production policy (ADMIN_CSP) with GitHub's API host swapped for the
 *   stand-in's origin and the local-server sources dropped (`testPolicy`), so a request the
 *   production policy would refuse is refused here too, and the stand-in is reached only through
 *   the place the API host holds.
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { ADMIN_CSP } from '../../src/integrations/editor';
import { fileInside, requestPath } from '../../scripts/static-server';
import { DIST } from './paths';

/** GitHub's API origin as the production policy names it. */
export const GITHUB_API = 'https://api.github.com';

/** The production policy with the API host replaced by `api`, and nothing else allowed. */
export function testPolicy(api: string, policy = ADMIN_CSP): string {
  if (!policy.includes(` ${GITHUB_API}`)) throw new Error(`the editor's policy no longer names ${GITHUB_API}`);
  return policy.replace(` ${GITHUB_API}`, ` ${api}`).replace(/ http:\/\/(localhost|127\.0\.0\.1):\*/g, '');
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
};

export interface AdminSite {
  /** `http://127.0.0.1:<port>/admin/` */
  url: string;
  policy: string;
  close(): Promise<void>;
}

export async function serveAdmin(api: string, dist = DIST): Promise<AdminSite> {
  const dir = join(dist, 'admin');
  const policy = testPolicy(api);
  const built = readFileSync(join(dir, 'index.html'), 'utf8');
  if (!built.includes(`content="${ADMIN_CSP}"`)) throw new Error('dist/admin/index.html does not carry ADMIN_CSP');
  const page = built.replace(`content="${ADMIN_CSP}"`, `content="${policy}"`);
  const config = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')) as {
    backend: Record<string, unknown>;
    local_backend?: unknown;
  };
  config.backend.api_root = api;
  config.backend.base_url = api;
  config.local_backend = false;

  const server = createServer((req, res) => {
    const path = requestPath(req.url);
    if (path === null || !path.startsWith('/admin/')) return void res.writeHead(404).end();
    const name = path.slice('/admin/'.length) || 'index.html';
    const headers = (type: string) => ({ 'content-type': type, 'content-security-policy': policy, 'cache-control': 'no-cache' });
    if (name === 'index.html') return void res.writeHead(200, headers(TYPES['.html']!)).end(page);
    if (name === 'config.json') return void res.writeHead(200, headers(TYPES['.json']!)).end(JSON.stringify(config));
    const file = fileInside(dir, name);
    if (!file || !existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404).end();
    res.writeHead(200, headers(TYPES[extname(file)] ?? 'application/octet-stream'));
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/admin/`,
    policy,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
