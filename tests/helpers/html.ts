import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { DIST } from './paths';

/** Parses one built page, given by its URL path ('/cases/x/'), into a DOM document. */
export function page(urlPath: string, dist = DIST): Document {
  const file = join(dist, urlPath.replace(/^\//, ''), urlPath.endsWith('/') ? 'index.html' : '');
  return parseHTML(readFileSync(file, 'utf8')).document as unknown as Document;
}

/** Every file under the build, as paths relative to it with forward slashes. */
export function allFiles(dist = DIST): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dist, p).split('\\').join('/'));
    }
  };
  walk(dist);
  return out.sort();
}

/**
 * Every page a reader can reach: the built HTML files except the content editor at admin/ (a tool
 * for contributors with its own policy and markup, Decap's; tests/site/crawl.test.ts checks it).
 */
export function publicPages(dist = DIST): string[] {
  return allFiles(dist).filter((f) => f.endsWith('.html') && !f.startsWith('admin/'));
}

export function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
