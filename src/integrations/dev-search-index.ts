/**
 * Search under `npm run dev`: the dev server has no index of its own (Pagefind indexes the built
 * pages), so it serves the last one `npm run build` wrote — `<outDir>/pagefind/` and any further
 * parts (`pagefind-2/` …) under the same paths as the built site. Search then works while writing;
 * an entry added since the last build is found only after the next one. Without a build the search
 * page says there is no index, as before.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { fileInside } from '../loaders/served-file';

/** The index folders of the build (src/core/routes.ts `indexPartDir`): `pagefind`, `pagefind-2`, … */
const INDEX_PATH = /^\/pagefind(?:-\d+)?\//;

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
};

export default function devSearchIndex(): AstroIntegration {
  let outDir = '';
  let base = '/';
  return {
    name: 'practice-archive:dev-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server, logger }) => {
        if (!existsSync(fileInside(outDir, '/pagefind/pagefind.js') ?? '')) {
          logger.info('no built search index yet: run npm run build once, and search works under npm run dev too');
        } else {
          logger.info(`search uses the index of the last build (${outDir}pagefind/); rebuild to find new entries`);
        }
        server.middlewares.use((req, res, next) => {
          let pathname: string;
          try {
            pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
          } catch {
            return next();
          }
          if (!pathname.startsWith(base)) return next();
          const path = `/${pathname.slice(base.length)}`;
          if (!INDEX_PATH.test(path)) return next();
          const file = fileInside(outDir, path);
          if (!file || !existsSync(file) || !statSync(file).isFile()) return next();
          res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
          createReadStream(file).pipe(res);
        });
      },
    },
  };
}
