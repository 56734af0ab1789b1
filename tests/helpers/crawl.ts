import { parseHTML } from 'linkedom';

/**
 * Crawls a served site over HTTP the way a visitor would reach it: from a start page, following
 * every same-site link, and loading every asset a page refers to. Unlike a walk over the build
 * folder, this proves that pages are *reachable* from the start and that the server (a static
 * host, under a base path or not) answers for every URL the pages use.
 */
export interface HttpCrawl {
  /** Page URLs reached (pathname + search), in the order found. */
  pages: string[];
  /** Asset and data URLs loaded (stylesheets, scripts, images, JSON/CSV/XML files). */
  assets: string[];
  /** `page → url (status or reason)` for every reference that did not load, or left the base path. */
  broken: string[];
}

const HTML = /text\/html/;

/** Same-site references in a page: navigation links, and everything the page itself loads. */
function references(html: string): { links: string[]; assets: string[] } {
  const { document } = parseHTML(html);
  const attr = (selector: string, name: string) => [...document.querySelectorAll(selector)].map((el) => el.getAttribute(name) ?? '');
  const links = [...attr('a[href]', 'href'), ...attr('link[rel~="alternate"][href]', 'href')];
  const assets = [
    ...attr('link[href]:not([rel~="alternate"]):not([rel~="canonical"])', 'href'),
    ...attr('script[src]', 'src'),
    ...attr('img[src]', 'src'),
    ...attr('source[src]', 'src'),
  ];
  return { links, assets };
}

export async function crawlHttp(start: string, options: { maxPages?: number } = {}): Promise<HttpCrawl> {
  const origin = new URL(start).origin;
  const base = new URL(start).pathname;
  const result: HttpCrawl = { pages: [], assets: [], broken: [] };
  const seen = new Set<string>();
  const queue: { url: URL; from: string; kind: 'page' | 'asset' }[] = [{ url: new URL(start), from: '(start)', kind: 'page' }];
  const max = options.maxPages ?? 5000;

  while (queue.length) {
    const { url, from, kind } = queue.shift()!;
    url.hash = '';
    const key = url.pathname + url.search;
    if (seen.has(key)) continue;
    seen.add(key);
    if (!url.pathname.startsWith(base)) {
      result.broken.push(`${from} → ${key} (outside ${base})`);
      continue;
    }
    const res = await fetch(url, { redirect: 'manual' });
    if (res.status !== 200) {
      result.broken.push(`${from} → ${key} (${res.status})`);
      await res.body?.cancel();
      continue;
    }
    const type = res.headers.get('content-type') ?? '';
    if (kind === 'asset' || !HTML.test(type)) {
      result.assets.push(key);
      await res.body?.cancel();
      continue;
    }
    result.pages.push(key);
    if (result.pages.length >= max) break;
    const refs = references(await res.text());
    const enqueue = (raw: string, k: 'page' | 'asset') => {
      if (!raw || /^(mailto|tel|data|javascript):/i.test(raw)) return;
      const target = new URL(raw, url);
      if (target.origin !== origin) return; // other sites (licence, repository) are not ours to crawl
      queue.push({ url: target, from: key, kind: k });
    };
    refs.links.forEach((l) => enqueue(l, 'page'));
    refs.assets.forEach((a) => enqueue(a, 'asset'));
  }
  return result;
}
