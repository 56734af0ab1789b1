/**
 * The bench's peer: the same synthetic corpus published with Starlight (Astro's documentation theme,
 * Pagefind built in), what many people would pick for an archive like this one. Starlight is not a
 * dependency of the project: the versions pinned in this folder's package.json and package-lock.json
 * are installed the first time `npm run bench -- --peer starlight` runs, with `npm ci`, into
 * `.cache/peer-starlight/<lock hash>/`, and later runs find them there.
 *
 * The site itself (config, content collection, one page per case from convert.ts) is written into
 * `sites/<name>/` inside that folder, with its own node_modules made of hard links to the
 * installed files and the pinned package.json (Astro reads the dependencies there to know that
 * Starlight must be bundled), built cold by the same Node as the archive.
 * One folder per corpus size, so benches of two sizes may run at once. Linux, as the bench is.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { timed, type Timed } from '../process.ts';
import { starlightPage } from './convert.ts';

/** How an earlier site or build output is put out of the way (the bench sets it aside: scripts/bench/trash.ts). */
export type Discard = (path: string) => void;

const HERE = dirname(fileURLToPath(import.meta.url));
const PINNED = ['package.json', 'package-lock.json'];

/** The pinned versions, for the report. */
export function starlightVersions(): Record<string, string> {
  return (JSON.parse(readFileSync(join(HERE, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies;
}

/** Installs the pinned Starlight (first use only) and returns its folder, under which sites are built. */
export function installStarlight(root: string, log: (msg: string) => void): string {
  const hash = createHash('sha256')
    .update(readFileSync(join(HERE, 'package-lock.json')))
    .digest('hex')
    .slice(0, 12);
  const prefix = join(root, '.cache', 'peer-starlight', hash);
  const modules = join(prefix, 'node_modules');
  if (!existsSync(join(modules, '@astrojs', 'starlight', 'package.json'))) {
    log(`installing the pinned Starlight into ${prefix} (first use only, about 2 minutes)…`);
    mkdirSync(prefix, { recursive: true });
    for (const f of PINNED) copyFileSync(join(HERE, f), join(prefix, f));
    // Install scripts off: the build needs none of them (sharp's is for images, which these pages have none of).
    execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], {
      cwd: prefix,
      stdio: ['ignore', 2, 2],
    });
  }
  return prefix;
}

const CONFIG = `// Written by scripts/bench/peer/starlight.ts: Starlight with the bench corpus.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  site: 'https://example.invalid',
  // Its own cache folder, so every build starts cold and none shares a cache with another size.
  cacheDir: './.astro-cache/',
  integrations: [
    starlight({
      title: '典型经验案例库',
      defaultLocale: 'root',
      locales: { root: { label: '简体中文', lang: 'zh-CN' } },
      // Starlight's default sidebar lists every page on every page; an archive would not.
      sidebar: [{ label: '首页', link: '/' }],
    }),
  ],
});
`;

const COLLECTIONS = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/**
 * Writes the Starlight site into `site` from the archive's entries in `casesDir`: each case keeps
 * its slug and its file type (`.mdx`, as the corpus is written; Starlight compiles those as MDX).
 */
export function writeStarlightSite(install: string, name: string, casesDir: string, discard: Discard): { site: string; pages: number } {
  const site = join(install, 'sites', name);
  discard(site);
  mkdirSync(site, { recursive: true });
  execFileSync('cp', ['-al', join(install, 'node_modules'), join(site, 'node_modules')]);
  // Astro finds the packages it must bundle (Starlight's `astro:` imports) from the dependencies here.
  copyFileSync(join(HERE, 'package.json'), join(site, 'package.json'));
  const docs = join(site, 'src', 'content', 'docs');
  mkdirSync(join(docs, 'cases'), { recursive: true });
  writeFileSync(join(site, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(site, 'src', 'content.config.ts'), COLLECTIONS);
  let n = 0;
  for (const f of readdirSync(casesDir).filter((x) => x.endsWith('.mdx'))) {
    writeFileSync(join(docs, 'cases', f), starlightPage(readFileSync(join(casesDir, f), 'utf8'), f));
    n++;
  }
  writeFileSync(join(docs, 'index.mdx'), `---\ntitle: 典型经验案例库\n---\n\n共 ${n} 篇案例。\n`);
  return { site, pages: n };
}

/** A cold build of the Starlight site (output and caches out of the way first); Starlight runs Pagefind inside it. */
export async function buildStarlight(site: string, discard: Discard): Promise<Timed> {
  for (const d of ['dist', '.astro', '.astro-cache', join('node_modules', '.vite')]) discard(join(site, d));
  const built = await timed(process.execPath, [join(site, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], site);
  if (!existsSync(join(site, 'dist', 'pagefind', 'pagefind.js'))) throw new Error(`Starlight built no search index in ${site}/dist`);
  return built;
}
