/** Step 4 (1,000–4,999 cases, or --lighthouse): Lighthouse scores of the home, a case and the search page. */
import { findBrowser } from '../../browser.ts';

export async function measureLighthouse(base: string, pages: Record<string, string>, log: (msg: string) => void) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const found = await findBrowser();
  const chrome = await chromeLauncher.launch({
    chromePath: found.path,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
    envVars: { ...process.env, ...found.env } as Record<string, string>,
  });
  const out: Record<string, Record<string, number>> = {};
  try {
    for (const [name, path] of Object.entries(pages)) {
      log(`  Lighthouse: ${name} (${path})`);
      const result = await lighthouse(base + path.slice(1), {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const cats = result?.lhr.categories ?? {};
      out[name] = Object.fromEntries(Object.entries(cats).map(([k, c]) => [k, Math.round((c.score ?? 0) * 100)]));
    }
  } finally {
    chrome.kill();
  }
  return out;
}
