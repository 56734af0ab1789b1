/**
 * Light/dark colour scheme. The reader's choice is kept in localStorage under THEME_KEY; with no
 * choice stored the page follows the system setting.
 */
export const THEME_KEY = 'practice-archive-theme';

export type ThemeName = 'light' | 'dark';

/** The stored choice, if it is a valid one. */
export function parseStored(value: string | null | undefined): ThemeName | undefined {
  return value === 'light' || value === 'dark' ? value : undefined;
}

/** The theme to show: the stored choice, else what the system prefers. */
export function resolveTheme(stored: string | null | undefined, systemDark: boolean): ThemeName {
  return parseStored(stored) ?? (systemDark ? 'dark' : 'light');
}

/**
 * Runs inline in <head> before the first paint so the page never flashes the wrong theme. It is a
 * constant (no build-time values) so its CSP hash never changes; it mirrors resolveTheme, which a
 * unit test checks by running this very string. Everything else is a bundled module script.
 */
export const THEME_BOOT_SCRIPT =
  "(function(){var t;try{t=localStorage.getItem('practice-archive-theme')}catch(e){}" +
  "if(t!=='light'&&t!=='dark')t=window.matchMedia&&matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light';" +
  'document.documentElement.dataset.theme=t})()';
