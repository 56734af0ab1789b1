/**
 * The content editor at /admin/ (Decap CMS; why Decap: docs/editor.md). After the build, and on
 * request under `npm run dev` / `npm run admin`, it serves:
 *
 * - `index.html`: the editor page, with its own policy (ADMIN_CSP below), `noindex`, outside the
 *   sitemap (it is no Astro page) and outside the search index (written after Pagefind ran);
 * - `config.json`: generated from the case schema, the field docs and the taxonomy (src/editor/config.ts);
 * - `admin.js`: the project's format and start-up (src/editor/admin.ts), bundled with esbuild;
 * - `decap-cms.js` and the chunks it loads: copied from editor/node_modules (its own install, so
 *   the site's install stays light: `npm run admin:install`). Nothing comes from a CDN.
 *
 * This integration is listed after the CSP headers, so the public pages' policy (and the header
 * that merges them) never sees the editor's looser one; `_headers` gets an `/admin/*` block.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { SITE } from '../config';
import { loadTaxonomy } from '../loaders/taxonomy';
import { loadSourceRecord, sourceIds, SOURCES_DIR } from '../loaders/sources';
import { readFieldDocs } from '../validation/field-docs';
import { editorConfig, type SourceChoice } from '../editor/config';

/** Where the editor's own install puts Decap's browser bundle. */
export const DECAP_DIST = resolve('editor/node_modules/decap-cms/dist');

/**
 * The editor page's policy, and why each source is there (nothing else is allowed):
 * - script-src 'unsafe-eval': Decap checks its configuration with ajv, which compiles the check
 *   with `new Function`; the page runs no script but its own files.
 * - style-src 'unsafe-inline': Decap's components style themselves at run time (emotion).
 * - connect-src api.github.com: the pull-request flow reads and writes the repository through
 *   GitHub's API; localhost: `npm run admin`'s decap-server, which only answers on the contributor's
 *   own machine (Decap uses it only when the page itself is on localhost). blob:: Decap reads an
 *   uploaded file (the report) back from its in-page blob: URL to send it to the API; without it
 *   the upload is refused and the save never reaches the git host (tests/e2e/editor-github.test.ts).
 * - img-src avatars / raw.githubusercontent.com: the signed-in contributor's avatar, and previews of
 *   files in the repository.
 */
export const ADMIN_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https://avatars.githubusercontent.com https://raw.githubusercontent.com",
  "connect-src 'self' blob: https://api.github.com http://localhost:* http://127.0.0.1:*",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** The hosts outside the site the editor page may reach (the crawl test checks nothing else appears). */
export const ADMIN_FOREIGN_HOSTS = [
  'api.github.com',
  'avatars.githubusercontent.com',
  'raw.githubusercontent.com',
  'localhost',
  '127.0.0.1',
];

/** Folder of contributed reports in the repository (the editor's file uploads). */
export const UPLOADS_FOLDER = 'content/contributions';

function pageHtml(): string {
  return `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="content-security-policy" content="${ADMIN_CSP}">
    <meta name="robots" content="noindex, nofollow">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>案例编辑器 · 文明创建典型经验库</title>
  </head>
  <body>
    <noscript>案例编辑器需要 JavaScript。也可以不用编辑器：见代码库中的 CONTRIBUTING.md（命令行方式）。</noscript>
    <script src="manual-init.js"></script>
    <script src="decap-cms.js"></script>
    <script src="admin.js"></script>
  </body>
</html>
`;
}

/** The page shown when the editor's own install is missing (a build without `npm run admin:install`). */
function missingHtml(): string {
  return pageHtml().replace(
    /<body>[\s\S]*<\/body>/,
    '<body>\n    <p>这次构建没有包含案例编辑器：请先运行 <code>npm run admin:install</code>，再重新构建。</p>\n  </body>',
  );
}

/** The sources the form offers, by their record's title. */
function sourceChoices(): SourceChoice[] {
  return sourceIds(SOURCES_DIR).map((id) => ({ id, title: loadSourceRecord(id).record?.title ?? id }));
}

/** `owner/name` of the repository from its URL in src/config.ts. */
export function repoSlug(url: string = SITE.repo): string {
  return new URL(url).pathname.replace(/^\/|\/$|\.git$/g, '');
}

/**
 * The generated configuration, as JSON: admin.js hands it to Decap itself, because Decap refuses a
 * config.yml that a host serves without a YAML content type (most static hosts do).
 */
export function configJson(): string {
  const config = editorConfig({
    tax: loadTaxonomy(),
    docs: readFieldDocs(resolve('src/schemas')),
    sources: sourceChoices(),
    backend: {
      repo: repoSlug(),
      branch: SITE.branch,
      baseUrl: process.env.DECAP_AUTH_URL,
      siteUrl: new URL(SITE.base, SITE.url).href,
    },
    casesFolder: `${SITE.contentDir}/cases`,
    uploadsFolder: UPLOADS_FOLDER,
  });
  return `${JSON.stringify(config, null, 1)}\n`;
}

/** The editor's own script, bundled for the browser. */
export async function adminScript(): Promise<string> {
  const out = await build({
    entryPoints: [resolve('src/editor/admin.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
  });
  return out.outputFiles[0]!.text;
}

/** Decap's files to serve: the bundle, the chunks it loads on demand and its WebAssembly (no source maps). */
function decapFiles(): string[] {
  if (!existsSync(DECAP_DIST)) return [];
  return readdirSync(DECAP_DIST).filter((f) => /(^|\.)decap-cms\.js$|\.wasm$/.test(f));
}

const MANUAL_INIT = 'window.CMS_MANUAL_INIT = true;\n';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** Writes the editor into `out/admin/`. Returns whether Decap was there to copy. */
export async function writeEditor(out: string): Promise<boolean> {
  const dir = join(out, 'admin');
  mkdirSync(dir, { recursive: true });
  const files = decapFiles();
  if (files.length === 0) {
    writeFileSync(join(dir, 'index.html'), missingHtml());
    return false;
  }
  for (const f of files) copyFileSync(join(DECAP_DIST, f), join(dir, f));
  writeFileSync(join(dir, 'index.html'), pageHtml());
  writeFileSync(join(dir, 'config.json'), configJson());
  writeFileSync(join(dir, 'manual-init.js'), MANUAL_INIT);
  writeFileSync(join(dir, 'admin.js'), await adminScript());
  return true;
}

/** Adds the editor's block to `_headers`: its own policy in place of the site's. */
function addHeaders(out: string) {
  const file = join(out, '_headers');
  const base = existsSync(file) ? readFileSync(file, 'utf8') : '';
  // `! Content-Security-Policy` drops the site-wide header on hosts that support it (Cloudflare Pages);
  // docs/deploying.md says what to do on others.
  const block = `\n/admin/*\n  ! Content-Security-Policy\n  Content-Security-Policy: ${ADMIN_CSP}\n  X-Robots-Tag: noindex\n`;
  writeFileSync(file, base.replace(/\n*$/, '\n') + block);
}

export default function editor(): AstroIntegration {
  let base = '/';
  return {
    name: 'practice-archive:editor',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const pathname = new URL(req.url ?? '/', 'http://x').pathname;
          const prefix = `${base}admin/`;
          if (pathname === `${base}admin`) {
            res.writeHead(301, { location: prefix });
            res.end();
            return;
          }
          if (!pathname.startsWith(prefix)) return next();
          const name = pathname.slice(prefix.length) || 'index.html';
          const send = (body: string | Buffer, type: string) => {
            res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache', 'content-security-policy': ADMIN_CSP });
            res.end(body);
          };
          void (async () => {
            if (name === 'index.html') return send(decapFiles().length ? pageHtml() : missingHtml(), TYPES['.html']!);
            if (name === 'config.json') return send(configJson(), TYPES['.json']!);
            if (name === 'manual-init.js') return send(MANUAL_INIT, TYPES['.js']!);
            if (name === 'admin.js') return send(await adminScript(), TYPES['.js']!);
            if (decapFiles().includes(name))
              return send(readFileSync(join(DECAP_DIST, name)), TYPES[extname(name)] ?? 'application/octet-stream');
            next();
          })().catch(next);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const complete = await writeEditor(out);
        addHeaders(out);
        if (complete) logger.info('content editor written to admin/ (Decap CMS, config generated from the schema)');
        else if (process.env.CI) throw new Error('the content editor is not installed: run npm run admin:install before the build');
        else logger.warn('the content editor is not installed (npm run admin:install): admin/ only says so');
      },
    },
  };
}
