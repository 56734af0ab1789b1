/** Step 4 (1,000–4,999 cases, or --lighthouse): Lighthouse scores of the home, a case and the search page. */
import { findBrowser } from '../../browser.ts';
import { importOnDemand } from '../../on-demand.ts';

/** The little of Lighthouse's and chrome-launcher's API used here (they are installed on demand, untyped). */
type Lighthouse = (
  url: string,
  flags: Record<string, unknown>,
) => Promise<{ lhr: { categories: Record<string, { score: number | null }> } } | undefined>;
interface ChromeLauncher {
  launch(options: { chromePath: string; chromeFlags: string[]; envVars: Record<string, string> }): Promise<{ port: number; kill(): void }>;
}

export async function measureLighthouse(base: string, pages: Record<string, string>, log: (msg: string) => void) {
  // Lighthouse and its dependencies (about 158 MB) are installed the first time this step runs (scripts/on-demand.ts).
  const { default: lighthouse } = (await importOnDemand('lighthouse')) as { default: Lighthouse };
  const chromeLauncher = (await importOnDemand('lighthouse', 'chrome-launcher')) as ChromeLauncher;
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
