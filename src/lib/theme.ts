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
