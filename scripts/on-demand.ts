/**
 * Packages that one tool needs and nothing else does, installed the first time that tool runs
 * instead of by every `npm install`: Lighthouse (with its dependencies about 158 MB; only the bench's
 * Lighthouse step) and the Noto Sans SC font files (76 MB; only the PDF test and the screenshot
 * script). Each goes, at the exact version below, into its own folder under `.cache/on-demand/`
 * through npm itself, with install scripts off, so nothing but the package is downloaded (no
 * browser). Later runs find it there.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The packages installed on demand, at exact versions (what package.json pinned before). */
export const ON_DEMAND = { lighthouse: '13.5.0', '@fontsource/noto-sans-sc': '5.3.0' } as const;
export type OnDemandPackage = keyof typeof ON_DEMAND;

/** The folder the package is installed in under `.cache/on-demand/`, installing it first if it is not there. */
function installed(name: OnDemandPackage): string {
  const prefix = join(ROOT, '.cache', 'on-demand', `${name.replace('/', '+')}@${ON_DEMAND[name]}`);
  if (!existsSync(join(prefix, 'node_modules', name, 'package.json'))) {
    mkdirSync(prefix, { recursive: true });
    console.error(`Installing ${name}@${ON_DEMAND[name]} into ${prefix} (first use only) …`);
    // Progress to stderr: a tool's stdout may be its result (the bench's JSON).
    execFileSync(
      process.platform === 'win32' ? 'npm.cmd' : 'npm',
      [
        'install',
        '--prefix',
        prefix,
        '--no-save',
        '--no-package-lock',
        '--ignore-scripts',
        '--no-audit',
        '--no-fund',
        `${name}@${ON_DEMAND[name]}`,
      ],
      { stdio: ['ignore', 2, 2] },
    );
  }
  return prefix;
}

/** The package's own folder (for files it ships, such as fonts). */
export function onDemandDir(name: OnDemandPackage): string {
  return join(installed(name), 'node_modules', name);
}

/** `import()` of a module of an on-demand package (or of one of its dependencies), by specifier. */
export async function importOnDemand(name: OnDemandPackage, specifier: string = name): Promise<unknown> {
  const require = createRequire(join(installed(name), 'package.json'));
  return import(pathToFileURL(require.resolve(specifier)).href);
}
