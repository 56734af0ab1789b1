/**
 * A scratch copy of the project, for builds that must not touch the real one: the bench (with a
 * synthetic `content/cases/`), the reproducible-build test (a copy at another path must build the
 * same bytes) and the escaping test (a hostile entry). Sources are copied, node_modules and the
 * content editor's own install (editor/, which the build copies into admin/) are linked, and the
 * copy gets its own Astro cache folder.
 */
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What a build needs besides node_modules and content/. */
export const PROJECT_ITEMS = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** The config file to pass to `astro build --config` inside the copy. */
export const SCRATCH_CONFIG = 'scratch.config.mjs';
/** The copy's own Astro cache folder (relative to the copy). */
export const SCRATCH_CACHE = '.scratch-cache';

/**
 * Copies the project at `root` to `dest` (emptied first). `withCases: false` leaves
 * `content/cases/` empty for the caller to fill.
 */
export function makeScratchCopy(root: string, dest: string, options: { withCases: boolean }): void {
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  for (const item of PROJECT_ITEMS) {
    if (existsSync(join(root, item))) cpSync(join(root, item), join(dest, item), { recursive: true });
  }
  const content = join(root, 'content');
  cpSync(content, join(dest, 'content'), {
    recursive: true,
    filter: (src) => options.withCases || !relative(content, src).startsWith('cases'),
  });
  mkdirSync(join(dest, 'content', 'cases'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dest, 'node_modules'), 'dir');
  // Without it a copy's build has no editor to copy, which CI refuses (src/integrations/editor.ts).
  if (existsSync(join(root, 'editor'))) symlinkSync(join(root, 'editor'), join(dest, 'editor'), 'dir');
  // Astro's default cache folder is inside node_modules, which the link shares with the real
  // project: the copy gets its own, so its builds start cold and never disturb other builds.
  writeFileSync(
    join(dest, SCRATCH_CONFIG),
    `import config from './astro.config.mjs';\nexport default { ...config, cacheDir: './${SCRATCH_CACHE}/' };\n`,
  );
}
