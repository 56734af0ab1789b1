/**
 * A stand-in for a search server with Chinese segmentation (Meilisearch, Typesense, OpenSearch:
 * none installs here from npm or Debian; docs/scaling.md). It holds the case documents in memory,
 * indexes every pair of adjacent Han characters (and each Latin or digit word), and answers
 * Meilisearch's search request (`POST /indexes/cases/search`, a subset: q, limit, offset, facets,
 * filter as `facet = "value"` joined by AND) with a response of the same shape: the hits, each with
 * a cropped and highlighted excerpt, the estimated total and the facet distribution. It is served
 * from the site's own origin beside the static files, as the project's rule of zero third-party
 * requests would need of a real server.
 *
 * What it stands for is the *cost* a server moves to the reader (one request and its answer per
 * query, whatever the archive's size) and to the build (an index built from documents). Its ranking
 * is simple (every query word present; then words found whole, in the title, most often) and is
 * not what a real engine would return; the bench measures bytes and time with it, not relevance.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { toSimplified } from '../../src/text/to-simplified.ts';
import { compact, queryTerms } from '../../src/search/terms.ts';
import { escapeHtml } from '../../src/lib/html.ts';
import type { CaseDocument } from './documents.ts';

/** The route a Meilisearch index answers searches on; the stand-in's one index is `cases`. */
export const SEARCH_ROUTE = '/indexes/cases/search';

export interface SearchRequest {
  q?: string;
  limit?: number;
  offset?: number;
  facets?: string[];
  filter?: string;
}

export interface SearchHit {
  url: string;
  title: string;
  unit: string;
  _formatted: { text: string };
}

export interface SearchResponse {
  hits: SearchHit[];
  query: string;
  limit: number;
  offset: number;
  estimatedTotalHits: number;
  processingTimeMs: number;
  facetDistribution?: Record<string, Record<string, number>>;
}

/** A request the stand-in refuses, with Meilisearch's error shape. */
export class BadSearchRequest extends Error {
  override name = 'BadSearchRequest';
}

const HAN = /\p{Script=Han}/u;
/** Words of the crop on each side of the first match, as Meilisearch's cropLength counts them (a Han character is a word). */
const CROP = 30;
const MAX_LIMIT = 100;

/** A text as the index compares it: simplified script, lower case, no spaces or punctuation. */
const fold = (text: string) => compact(toSimplified(text));

/** The index keys of a folded text: each pair of adjacent Han characters, each run of Latin letters or digits. */
function keysOf(folded: string): string[] {
  const keys: string[] = [];
  const chars = Array.from(folded);
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (HAN.test(c)) {
      const next = chars[i + 1];
      keys.push(next !== undefined && HAN.test(next) ? c + next : c);
    } else {
      let j = i;
      while (j < chars.length && !HAN.test(chars[j]!)) j++;
      keys.push(chars.slice(i, j).join(''));
      i = j - 1;
    }
  }
  return keys;
}

/** The stand-in's in-memory index of the case documents. */
export class StandinIndex {
  private readonly docs: readonly CaseDocument[];
  private readonly folded: string[];
  private readonly titles: string[];
  private readonly postings = new Map<string, number[]>();
  /** Single Han characters, for a one-character query: which documents hold each. */
  private readonly singles = new Map<string, number[]>();

  constructor(docs: readonly CaseDocument[]) {
    this.docs = docs;
    this.folded = docs.map((d) => fold(`${d.title}\n${d.unit}\n${d.text}`));
    this.titles = docs.map((d) => fold(d.title));
    this.folded.forEach((text, id) => {
      for (const key of new Set(keysOf(text))) {
        if (Array.from(key).length === 1 && HAN.test(key)) continue;
        const list = this.postings.get(key);
        if (list) list.push(id);
        else this.postings.set(key, [id]);
      }
      for (const c of new Set(Array.from(text).filter((ch) => HAN.test(ch)))) {
        const list = this.singles.get(c);
        if (list) list.push(id);
        else this.singles.set(c, [id]);
      }
    });
  }

  get size(): number {
    return this.docs.length;
  }

  /** The documents holding every key of a term, then checked for the term itself. */
  private matching(term: string): Set<number> {
    const keys = [...new Set(keysOf(term))];
    const lists = keys.map((k) => (Array.from(k).length === 1 && HAN.test(k) ? this.singles.get(k) : this.postings.get(k)) ?? []);
    lists.sort((a, b) => a.length - b.length);
    let ids = new Set(lists[0] ?? []);
    for (const list of lists.slice(1)) {
      const next = new Set(list);
      ids = new Set([...ids].filter((id) => next.has(id)));
    }
    return new Set([...ids].filter((id) => this.folded[id]!.includes(term)));
  }

  search(request: SearchRequest): SearchResponse {
    const started = performance.now();
    const limit = request.limit ?? 20;
    const offset = request.offset ?? 0;
    if (!Number.isInteger(limit) || limit < 0 || limit > MAX_LIMIT)
      throw new BadSearchRequest(`limit: a whole number from 0 to ${MAX_LIMIT}, not ${JSON.stringify(request.limit)}`);
    if (!Number.isInteger(offset) || offset < 0)
      throw new BadSearchRequest(`offset: a whole number from 0, not ${JSON.stringify(request.offset)}`);
    const filters = parseFilter(request.filter);
    const terms = queryTerms(request.q ?? '')
      .map(fold)
      .filter(Boolean);
    let ids: number[];
    if (terms.length === 0) ids = this.docs.map((_, id) => id);
    else {
      const sets = terms.map((t) => this.matching(t));
      ids = [...sets[0]!].filter((id) => sets.every((s) => s.has(id)));
    }
    ids = ids.filter((id) => filters.every(([facet, value]) => this.docs[id]!.filters[facet]?.includes(value)));
    const score = (id: number) => {
      const text = this.folded[id]!;
      let s = 0;
      for (const t of terms) {
        if (this.titles[id]!.includes(t)) s += 1000;
        s += Math.min(100, text.split(t).length - 1);
      }
      return s;
    };
    const scored = ids.map((id) => ({ id, s: score(id) })).sort((a, b) => b.s - a.s || a.id - b.id);
    const hits = scored.slice(offset, offset + limit).map(({ id }) => {
      const d = this.docs[id]!;
      return { url: d.url, title: d.title, unit: d.unit, _formatted: { text: crop(d.text, terms) } };
    });
    const response: SearchResponse = {
      hits,
      query: request.q ?? '',
      limit,
      offset,
      estimatedTotalHits: ids.length,
      processingTimeMs: 0,
    };
    if (request.facets?.length) {
      const dist: Record<string, Record<string, number>> = {};
      for (const facet of request.facets) {
        const counts: Record<string, number> = {};
        for (const id of ids) for (const v of this.docs[id]!.filters[facet] ?? []) counts[v] = (counts[v] ?? 0) + 1;
        dist[facet] = counts;
      }
      response.facetDistribution = dist;
    }
    response.processingTimeMs = Math.round(performance.now() - started);
    return response;
  }
}

/** `theme = "x" AND tag = "y"`: the subset of Meilisearch's filter syntax the search page's facets need. */
export function parseFilter(filter: string | undefined): [string, string][] {
  if (!filter?.trim()) return [];
  return filter.split(/\s+AND\s+/).map((part) => {
    const m = /^\s*([A-Za-z][\w]*)\s*=\s*"([^"]*)"\s*$/.exec(part);
    if (!m) throw new BadSearchRequest(`filter: expected facet = "value" joined by AND, got ${JSON.stringify(part.trim())}`);
    return [m[1]!, m[2]!];
  });
}

/**
 * The excerpt around the first match of any term: CROP characters on each side, escaped, the
 * matches in <em> (Meilisearch's default highlight tags). Matching is on the text as written,
 * so a term is found only where the text has it in the same script and spacing.
 */
export function crop(text: string, terms: readonly string[]): string {
  const flat = text.replace(/\s+/g, ' ');
  const lower = flat.toLowerCase();
  const at = Math.min(...terms.map((t) => lower.indexOf(t)).filter((i) => i >= 0), Number.POSITIVE_INFINITY);
  const start = Number.isFinite(at) ? Math.max(0, at - CROP) : 0;
  const piece = flat.slice(start, start + CROP * 2 + (Number.isFinite(at) ? Math.max(...terms.map((t) => t.length)) : 0));
  let out = escapeHtml(piece);
  for (const t of [...terms].sort((a, b) => b.length - a.length)) {
    const e = escapeHtml(t);
    if (e) out = out.split(e).join(`<em>${e}</em>`);
  }
  return `${start > 0 ? '…' : ''}${out}${start + piece.length < flat.length ? '…' : ''}`;
}

async function body(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
  } catch {
    throw new BadSearchRequest('the body is not JSON');
  }
}

/**
 * Answers a search request on `res` and gives the bytes of the answer, or leaves the request alone
 * (null) for the static files. A refused request gets 400 and Meilisearch's error shape, with what
 * was wrong.
 */
export async function answerSearch(index: StandinIndex, req: IncomingMessage, res: ServerResponse): Promise<number | null> {
  if (new URL(req.url ?? '/', 'http://x').pathname !== SEARCH_ROUTE) return null;
  const send = (status: number, data: unknown) => {
    const text = JSON.stringify(data);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
    res.end(text);
    return Buffer.byteLength(text);
  };
  if (req.method !== 'POST')
    return send(405, { message: `${SEARCH_ROUTE} takes POST with a JSON body`, code: 'method_not_allowed', type: 'invalid_request' });
  try {
    const request = (await body(req)) as SearchRequest;
    if (typeof request !== 'object' || request === null || Array.isArray(request))
      throw new BadSearchRequest('the body must be a JSON object');
    if (request.q !== undefined && typeof request.q !== 'string')
      throw new BadSearchRequest(`q: a string, not ${JSON.stringify(request.q)}`);
    return send(200, index.search(request));
  } catch (error) {
    if (!(error instanceof BadSearchRequest)) throw error;
    return send(400, { message: error.message, code: 'bad_request', type: 'invalid_request' });
  }
}
