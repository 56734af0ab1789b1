/**
 * `npm run dev` serves the last built search index (src/integrations/dev-search-index.ts): the dev
 * server's middleware answers the index paths from the build folder, and nothing else, and no path
 * leaves that folder.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import devSearchIndex from '../../src/integrations/dev-search-index';

type Middleware = (req: { url: string }, res: unknown, next: () => void) => void;

function setUp(base: string) {
  const parent = mkdtempSync(join(tmpdir(), 'dev-index-'));
  const dist = join(parent, 'dist');
  mkdirSync(join(dist, 'pagefind'), { recursive: true });
  mkdirSync(join(parent, 'dist-x', 'pagefind'), { recursive: true });
  writeFileSync(join(dist, 'pagefind', 'pagefind.js'), 'export const index = 1;');
  writeFileSync(join(parent, 'dist-x', 'pagefind', 'secret.js'), 'secret');
  const hooks = devSearchIndex().hooks as Record<string, (options: unknown) => void>;
  hooks['astro:config:done']!({ config: { outDir: pathToFileURL(`${dist}/`), base } });
  let middleware: Middleware | undefined;
  const logger = { info: () => {} };
  hooks['astro:server:setup']!({ server: { middlewares: { use: (m: Middleware) => (middleware = m) } }, logger });
  /** What the middleware does with a path: the body it sends, or 'next' when it passes it on. */
  return (url: string) =>
    new Promise<string>((resolve) => {
      let body = '';
      const res = {
        writeHead: () => res,
        on: () => res,
        once: () => res,
        emit: () => true,
        write: (chunk: Buffer) => ((body += chunk), true),
        end: (chunk?: Buffer) => resolve(body + (chunk ?? '')),
      };
      middleware!({ url }, res, () => resolve('next'));
    });
}

describe('npm run dev serves the last built search index', () => {
  it('answers the index paths from the build folder, under the base path', async () => {
    const get = setUp('/practice-archive');
    expect(await get('/practice-archive/pagefind/pagefind.js')).toBe('export const index = 1;');
    expect(await get('/pagefind/pagefind.js')).toBe('next');
    expect(await get('/practice-archive/cases/')).toBe('next');
    expect(await get('/practice-archive/pagefind/missing.js')).toBe('next');
  });

  it('never leaves the build folder', async () => {
    const get = setUp('/');
    for (const path of ['/pagefind/..%2f..%2fdist-x/pagefind/secret.js', '/pagefind/%2e%2e/%2e%2e/dist-x/pagefind/secret.js']) {
      expect(await get(path), path).toBe('next');
    }
  });
});
