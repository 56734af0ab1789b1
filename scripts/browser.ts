/**
 * Which Chromium the tests, the bench and the screenshot script drive, and where it came from.
 * In order: `TEST_BROWSER=bundled` forces the npm one; `CHROME_PATH`; a system Chromium at the
 * usual paths; else the Chromium that `@sparticuz/chromium` (a devDependency) ships inside its
 * package, unpacked on first use into the temp folder. So `npm install && npm test` works on a
 * Linux x64 machine with no browser and no root. Never downloads a browser.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const SYSTEM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
const BUNDLED = '@sparticuz/chromium';

export interface FoundBrowser {
  /** The executable. */
  path: string;
  /** Where it came from, for the one `browser:` line a run prints. */
  source: string;
  /** Extra environment the browser needs (the bundled one's libraries and fonts), or nothing. */
  env: Record<string, string>;
}

let found: Promise<FoundBrowser> | undefined;

/** The browser to drive; looked up once per process. */
export function findBrowser(): Promise<FoundBrowser> {
  found ??= lookUp();
  return found;
}

async function lookUp(): Promise<FoundBrowser> {
  if (process.env.TEST_BROWSER === 'bundled') return bundled('TEST_BROWSER=bundled');
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH=${fromEnv} does not exist.`);
    return { path: fromEnv, source: 'CHROME_PATH', env: {} };
  }
  const system = SYSTEM.find((p) => existsSync(p));
  if (system) return { path: system, source: 'system', env: {} };
  return bundled('no system Chromium found');
}

async function bundled(why: string): Promise<FoundBrowser> {
  const root = packageRoot();
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const { default: Chromium, inflate } = await import(BUNDLED);
  // Unpacks chromium.br (and its fonts and SwiftShader) into the temp folder once; later calls
  // find it there. The vitest global setup calls this before any worker starts, so two test files
  // never unpack it at the same time.
  const path = await Chromium.executablePath();
  const env: Record<string, string> = {};
  // The binary is built for Amazon Linux and links the system's NSS, NSPR and friends. Where the
  // machine lacks some of them, the package's own copies (al2023.tar.br) fill the gap.
  const missing = missingLibraries(path);
  if (missing.length > 0) {
    const libs = join(await inflate(join(root, 'bin', 'al2023.tar.br')), 'lib');
    env.LD_LIBRARY_PATH = [libs, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':');
  }
  // A machine with no fontconfig setup at all gets the package's fonts (Latin only: Chinese comes
  // from @fontsource/noto-sans-sc where a test needs it, see tests/helpers/cjk-font.ts).
  if (!existsSync('/etc/fonts/fonts.conf')) env.FONTCONFIG_PATH = join(tmpdir(), 'fonts');
  const libsNote = missing.length > 0 ? `; its own copies of ${missing.join(', ')}` : '';
  return { path, source: `${BUNDLED} ${version}, ${why}${libsNote}`, env };
}

/** The package's folder (its exports hide package.json; the entry is build/index.js). */
function packageRoot(): string {
  return join(createRequire(import.meta.url).resolve(BUNDLED), '..', '..');
}

/** Shared libraries the dynamic linker cannot find for `path` (empty where `ldd` is missing). */
function missingLibraries(path: string): string[] {
  try {
    const out = execFileSync('ldd', [path], { encoding: 'utf8' });
    return [...out.matchAll(/^\s*(\S+) => not found/gm)].map((m) => m[1]!);
  } catch {
    return [];
  }
}

/** Flags every launcher passes: no sandbox (containers, no root), no GPU, no background traffic. */
export const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The line a run prints once, so a log says which browser the results came from. */
export function describeBrowser(b: FoundBrowser): string {
  return `browser: ${b.path} (${b.source})`;
}
