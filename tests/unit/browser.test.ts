import { accessSync, constants, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('the browser the tests bring', () => {
  it('TEST_BROWSER=bundled picks the Chromium shipped in @sparticuz/chromium, at the version package.json pins, and it runs', async () => {
    const saved = process.env.TEST_BROWSER;
    process.env.TEST_BROWSER = 'bundled';
    try {
      const { findBrowser, describeBrowser } = await import('../../scripts/browser');
      const found = await findBrowser();
      const pinned = (JSON.parse(readFileSync('package.json', 'utf8')) as { devDependencies: Record<string, string> }).devDependencies[
        '@sparticuz/chromium'
      ];
      expect(found.source).toMatch(new RegExp(`^@sparticuz/chromium ${pinned!.replaceAll('.', '\\.')}, TEST_BROWSER=bundled`));
      accessSync(found.path, constants.X_OK);
      const version = execFileSync(found.path, ['--version'], { encoding: 'utf8', env: { ...process.env, ...found.env } });
      expect(version).toMatch(/^Chromium \d+\./);
      expect(describeBrowser(found)).toBe(`browser: ${found.path} (${found.source})`);
    } finally {
      if (saved === undefined) delete process.env.TEST_BROWSER;
      else process.env.TEST_BROWSER = saved;
    }
  });
});
