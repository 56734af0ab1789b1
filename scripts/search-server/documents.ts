/**
 * The documents a search server would hold, one per case, read from a built site: what Pagefind
 * reads from each case page (the element marked `data-pagefind-body`, without what the index
 * leaves out: `data-pagefind-ignore` elements and the other cases' practices under `.similar`),
 * its title, unit and filter values. A deploy step would push these to the server; the stand-in
 * (./standin.ts) indexes them in memory.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ignoredByIndex, searchBodyPage } from '../../src/integrations/pagefind.ts';
import { FIXED, casePath, htmlFile } from '../../src/core/routes.ts';
import { TRADITIONAL_LANG } from '../../src/core/script-variants.ts';
import { toSimplified } from '../../src/text/to-simplified.ts';

export interface CaseDocument {
  /** The case page's path from the site's root (`/cases/slug/`). */
  url: string;
  title: string;
  unit: string;
  /** The page's searchable text, in simplified script (a traditional entry is converted, as for Pagefind). */
  text: string;
  /** Filter values by facet (theme, tag, unitType …), as the page marks them for Pagefind. */
  filters: Record<string, string[]>;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) => ENTITIES[e]!);

/**
 * The text of a page's search body and its marked values, walking its tags: text inside an
 * ignored element is dropped, `data-pagefind-meta` / `-filter` elements give their text to that
 * key (Pagefind's own reading of them), and block elements end a word.
 */
export function readSearchBody(html: string): {
  text: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  h1: string;
} {
  const body = searchBodyPage(html);
  const stack: { tag: string; skip: boolean; meta: string | undefined; filter: string | undefined; h1: boolean }[] = [];
  const meta: Record<string, string> = {};
  const filters: Record<string, string[]> = {};
  let text = '';
  let h1 = '';
  let captured = '';
  // Comments and the doctype carry no text; elements are walked.
  const tags = /<!--[\s\S]*?-->|<![^>]*>|<(\/?)([a-zA-Z0-9]+)([^>]*)>/g;
  let last = 0;
  // Pagefind reads meta and filter values inside ignored elements too; only their text is left out.
  const take = (raw: string) => {
    const chunk = decode(raw);
    if (stack.some((s) => s.meta || s.filter)) captured += chunk;
    else if (!stack.some((s) => s.skip)) text += chunk;
    if (stack.some((s) => s.h1)) h1 += chunk;
  };
  for (let m = tags.exec(body); m; m = tags.exec(body)) {
    take(body.slice(last, m.index));
    last = tags.lastIndex;
    const [, close, name, attrs] = m;
    if (name === undefined) continue;
    const tag = name.toLowerCase();
    if (tag === 'script' || tag === 'style') {
      const end = body.indexOf(`</${tag}>`, last);
      last = tags.lastIndex = end === -1 ? body.length : end + tag.length + 3;
      continue;
    }
    if (VOID.has(tag) || attrs!.endsWith('/')) continue;
    if (!close) {
      const skip = ignoredByIndex(attrs!);
      const metaKey = /\bdata-pagefind-meta="([^":]+)"/.exec(attrs!)?.[1];
      const filterKey = /\bdata-pagefind-filter="([^":]+)"/.exec(attrs!)?.[1];
      stack.push({ tag, skip, meta: metaKey, filter: filterKey, h1: tag === 'h1' });
      continue;
    }
    // Close the nearest open element of that name (HTML the site writes is well formed).
    const at = stack.map((s) => s.tag).lastIndexOf(tag);
    if (at === -1) continue;
    for (const open of stack.splice(at)) {
      if (open.meta) meta[open.meta] = captured.trim();
      if (open.filter) (filters[open.filter] ??= []).push(captured.trim());
      if (open.meta || open.filter) captured = '';
    }
    if (/^(p|li|h[1-6]|div|td|th|tr|dt|dd|blockquote|figcaption|article|section)$/.test(tag)) text += '\n';
  }
  take(body.slice(last));
  return {
    text: text
      .replace(/[ \t]+/g, ' ')
      .replace(/\s*\n\s*/g, '\n')
      .trim(),
    meta,
    filters,
    h1: h1.trim(),
  };
}

/** Every case page of the built site in `dist`, as a document. */
export function caseDocuments(dist: string): CaseDocument[] {
  const dir = join(dist, FIXED.cases);
  if (!existsSync(dir)) return [];
  const docs: CaseDocument[] = [];
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const file = join(dist, htmlFile(casePath(d.name)));
    if (!d.isDirectory() || !existsSync(file)) continue;
    const html = readFileSync(file, 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const read = readSearchBody(html);
    const fold = html.includes(` lang="${TRADITIONAL_LANG}"`) ? toSimplified : (s: string) => s;
    docs.push({
      url: `/${casePath(d.name)}`,
      title: fold(read.h1),
      unit: fold(read.meta.unit ?? ''),
      text: fold(read.text),
      filters: read.filters,
    });
  }
  return docs.sort((a, b) => a.url.localeCompare(b.url));
}
