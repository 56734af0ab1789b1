/**
 * Every inline script of the site, in one place: the only code that runs without being a bundled
 * module, each because it must act before the first paint. The CSP allows exactly these, by hash
 * (src/integrations/csp-config.ts); a page that inlines anything else is blocked. Each is a
 * constant string, so its hash is the same in every build.
 */

/**
 * Runs inline in <head> before the first paint so the page never flashes the wrong theme. It is a
 * constant (no build-time values) so its CSP hash never changes; it mirrors resolveTheme (./theme.ts),
 * which a unit test checks by running this very string. Everything else is a bundled module script.
 */
export const THEME_BOOT_SCRIPT =
  "(function(){var t;try{t=localStorage.getItem('practice-archive-theme')}catch(e){}" +
  "if(t!=='light'&&t!=='dark')t=window.matchMedia&&matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light';" +
  'document.documentElement.dataset.theme=t})()';

/**
 * Runs inline right after the search page's filter panel: on a narrow screen the panel starts
 * folded so the results are not pushed below it, and folding it before the first paint means
 * nothing moves once the page shows. 48rem is where the page's layout becomes one column. A
 * constant, so its CSP hash never changes.
 */
export const FOLD_FILTERS_SCRIPT =
  "if(matchMedia('(max-width: 48rem)').matches)document.querySelector('[data-search-filter-panel]').open=false";

/** The scripts the CSP allows inline, by hash. */
export const INLINE_SCRIPTS = [THEME_BOOT_SCRIPT, FOLD_FILTERS_SCRIPT] as const;
