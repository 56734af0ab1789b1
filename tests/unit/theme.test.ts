import { describe, expect, it } from 'vitest';
import { resolveTheme, THEME_KEY } from '../../src/lib/theme';
import { THEME_BOOT_SCRIPT } from '../../src/lib/inline-scripts';

/** Runs the inline boot script against a fake page, as the browser would before first paint. */
function boot(stored: string | null, systemDark: boolean, storageThrows = false) {
  const documentElement = { dataset: {} as Record<string, string> };
  const localStorage = {
    getItem: (key: string) => {
      if (storageThrows) throw new Error('denied');
      return key === THEME_KEY ? stored : null;
    },
  };
  const matchMedia = (q: string) => ({ matches: q === '(prefers-color-scheme: dark)' && systemDark });
  const window = { matchMedia };
  new Function('document', 'localStorage', 'matchMedia', 'window', THEME_BOOT_SCRIPT)(
    { documentElement },
    localStorage,
    matchMedia,
    window,
  );
  return documentElement.dataset.theme;
}

describe('theme', () => {
  it('prefers the stored choice, else follows the system', () => {
    expect(resolveTheme('dark', false)).toBe('dark');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme(null, true)).toBe('dark');
    expect(resolveTheme('purple', false)).toBe('light');
  });
  it('the inline boot script agrees with resolveTheme in every case', () => {
    for (const stored of ['dark', 'light', null, 'junk']) {
      for (const systemDark of [true, false]) {
        expect(boot(stored, systemDark), `${stored}/${systemDark}`).toBe(resolveTheme(stored, systemDark));
      }
    }
  });
  it('the boot script survives storage that refuses access', () => {
    expect(boot(null, true, true)).toBe('dark');
  });
  it('the boot script names the same storage key as the toggle', () => {
    expect(THEME_BOOT_SCRIPT).toContain(`'${THEME_KEY}'`);
  });
});
