/**
 * The search page: runs Pagefind in the browser, ranks with src/lib/search.ts, and keeps the
 * query, filters and sort in the URL so results can be shared and the back button works.
 * Everything is built with DOM APIs and text nodes — no input ever becomes markup.
 */
import {
  PAGEFIND_OPTIONS,
  BATCH,
  clip,
  facetViews,
  hasFilters,
  firstBatch,
  pagefindSort,
  FACETS,
  literalCandidates,
  pagefindFilters,
  prepareQuery,
  pagefindQueries,
  parsePracticeMeta,
  parseState,
  practiceHref,
  practiceSections,
  rankCandidates,
  serialiseState,
  splitShown,
  type Candidate,
  type FacetKey,
  type PagefindAnchor,
  type PagefindLocation,
  type RankedCase,
  type SearchState,
  type SortKey,
} from '../lib/search';
import { highlightPieces, MAX_QUERY_LENGTH, normaliseQuery, queryTerms } from '../lib/search-terms';
import { simplifiedQuery } from './script-variants';
import { withTagWords, type TagWords } from '../lib/search-tag-words';

// ── Pagefind's browser API, as far as this page uses it ──
interface PagefindData {
  url: string;
  content: string;
  raw_content?: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  anchors?: PagefindAnchor[];
  weighted_locations?: PagefindLocation[];
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  mergeIndex: (path: string, o?: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, o?: Record<string, unknown>) => Promise<PagefindResponse>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

interface Config {
  bundle: string;
  /** Further index parts to merge into the first (a large archive's index is split). */
  parts: string[];
  base: string;
  labels: Partial<Record<FacetKey, Record<string, string>>>;
  strings: Record<string, string>;
  tagWords: TagWords;
}

const TYPING_DELAY = 250;

const root = document.querySelector<HTMLElement>('[data-search-root]');
if (root) setUp(root);

function setUp(root: HTMLElement) {
  const config = JSON.parse(root.dataset.config ?? '{}') as Config;
  const $ = <T extends Element>(sel: string) => root.querySelector<T>(sel)!;
  const form = $<HTMLFormElement>('[data-search-form]');
  const input = $<HTMLInputElement>('#search-q');
  const status = $<HTMLElement>('[data-search-status]');
  const list = $<HTMLOListElement>('[data-search-results]');
  const facetsBox = $<HTMLElement>('[data-search-facets]');
  const sortSelect = $<HTMLSelectElement>('[data-search-sort]');
  const clearButton = $<HTMLButtonElement>('[data-search-clear]');
  const moreButton = $<HTMLButtonElement>('[data-search-more]');
  const empty = $<HTMLElement>('[data-search-empty]');
  const unavailable = $<HTMLElement>('[data-search-unavailable]');

  const str = (key: string, params: Record<string, string | number> = {}) =>
    (config.strings[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  const label = (facet: FacetKey, value: string) =>
    facet === 'period' ? str('search.periodValue', { year: value }) : (config.labels[facet]?.[value] ?? value);

  let state: SearchState = parseState(location.search);
  let limit = firstBatch(state);
  let sequence = 0;
  let typingTimer: number | undefined;
  const expandedFacets = new Set<FacetKey>();
  let pagefind: Promise<Pagefind> | null = null;

  function loadPagefind(): Promise<Pagefind> {
    pagefind ??= (async () => {
      const pf = (await import(/* @vite-ignore */ `${config.bundle}pagefind.js`)) as Pagefind;
      await pf.options({ ...PAGEFIND_OPTIONS, baseUrl: config.base });
      for (const part of config.parts) await pf.mergeIndex(part, { baseUrl: config.base });
      await pf.init();
      // Loads the filter index; without it searches come back without facet counts.
      await pf.filters();
      return pf;
    })();
    return pagefind;
  }

  function syncControls() {
    if (normaliseQuery(input.value) !== state.q) input.value = state.q;
    sortSelect.value = state.sort;
    clearButton.hidden = !hasFilters(state);
    for (const box of facetsBox.querySelectorAll<HTMLInputElement>('input[data-facet]')) {
      box.checked = state.filters[box.dataset.facet as FacetKey]?.includes(box.value) ?? false;
    }
  }

  /** Applies a new state: `push` adds a history entry, otherwise the current one is replaced. */
  function commit(next: SearchState, mode: 'push' | 'replace') {
    const search = serialiseState(next);
    const url = `${location.pathname}${search}`;
    const changed = search !== serialiseState(state) || url !== `${location.pathname}${location.search}`;
    state = next;
    limit = firstBatch(state);
    if (changed) history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
    syncControls();
    void run();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(typingTimer);
    commit({ ...state, q: normaliseQuery(input.value) }, 'push');
  });
  input.addEventListener('input', () => {
    window.clearTimeout(typingTimer);
    typingTimer = window.setTimeout(() => {
      const q = normaliseQuery(input.value);
      if (q !== state.q) commit({ ...state, q }, 'replace');
    }, TYPING_DELAY);
  });
  sortSelect.addEventListener('change', () => commit({ ...state, sort: sortSelect.value as SortKey }, 'push'));
  clearButton.addEventListener('click', () => {
    commit({ ...state, filters: parseState('').filters }, 'push');
    input.focus();
  });
  moreButton.addEventListener('click', () => {
    limit += BATCH;
    void run(true);
  });
  facetsBox.addEventListener('click', (event) => {
    const more = (event.target as Element).closest<HTMLButtonElement>('button[data-facet-more]');
    if (!more) return;
    expandedFacets.add(more.dataset.facetMore as FacetKey);
    const fieldset = more.closest('fieldset')!;
    const unfolded = [...fieldset.querySelectorAll<HTMLLIElement>('li[hidden]')];
    for (const li of unfolded) li.hidden = false;
    more.remove();
    unfolded[0]?.querySelector('input')?.focus();
  });
  facetsBox.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    const facet = box.dataset.facet as FacetKey | undefined;
    if (!facet) return;
    const values = new Set(state.filters[facet]);
    if (box.checked) values.add(box.value);
    else values.delete(box.value);
    commit({ ...state, filters: { ...state.filters, [facet]: [...values] } }, 'push');
  });
  window.addEventListener('popstate', () => {
    state = parseState(location.search);
    limit = firstBatch(state);
    syncControls();
    void run();
  });

  async function run(keepFocus = false) {
    const mine = ++sequence;
    const previousCount = list.children.length;
    // Tests and assistive tech read the same thing: data-state says when results are final.
    root.dataset.state = 'loading';
    status.textContent = str('search.loading');
    let pf: Pagefind;
    // A traditional or mixed query is searched and ranked in its simplified form, the archive's
    // script; the converter is fetched (beside Pagefind) only for such a query.
    const converting = simplifiedQuery(state.q).catch(() => state.q);
    try {
      pf = await loadPagefind();
    } catch {
      pagefind = null;
      unavailable.hidden = false;
      status.textContent = str('search.unavailable');
      root.dataset.state = 'unavailable';
      return;
    }
    const filters = pagefindFilters(state);
    const sort = pagefindSort(state);
    const options = sort ? { filters, sort } : { filters };
    const q = await converting;
    const { loose, phrase } = pagefindQueries(q);
    let main: PagefindResponse;
    let exact: PagefindResponse | null;
    try {
      [main, exact] = await Promise.all([pf.search(loose || null, options), phrase ? pf.search(phrase, options) : Promise.resolve(null)]);
    } catch {
      // A query Pagefind cannot handle is a query with no results, not a broken page.
      main = { results: [], filters: {}, totalFilters: {} };
      exact = null;
    }
    // Nothing at all for a Chinese query usually means the segmenter cut the text differently
    // from the query (普法 inside 五五普法规划 became 普 / 法规). Searching its characters one by one
    // finds those pages; the ranking then keeps only pages that contain the query literally.
    let byCharacter = false;
    if (main.results.length === 0 && /\p{Script=Han}{2}/u.test(loose) && Array.from(loose).length <= 12) {
      try {
        main = await pf.search(Array.from(loose.replace(/\s+/g, '')).join(' '), options);
        byCharacter = true;
      } catch {
        // Keep the empty answer.
      }
    }
    if (mine !== sequence) return;
    // Phrase matches first, so they are loaded even when thousands of pages match loosely.
    const phraseIds = new Set(exact?.results.map((r) => r.id) ?? []);
    const ordered = [...(exact?.results ?? []), ...main.results.filter((r) => !phraseIds.has(r.id))];
    const total = ordered.length;
    const batch = ordered.slice(0, limit);
    let candidates = await Promise.all(batch.map((r) => toCandidate(r, phraseIds.has(r.id))));
    // Characters found one by one are only worth showing where they stand together.
    if (byCharacter) candidates = literalCandidates(prepareQuery(q), candidates);
    if (mine !== sequence) return;
    const ranked = rankCandidates(q, candidates, state.sort, state.filters.tag);
    renderFacets(main.filters, main.totalFilters);
    renderResults(ranked, q);
    moreButton.hidden = total <= limit;
    const practiceCount = ranked.reduce((n, r) => n + r.practices.length, 0);
    const found = ranked.length + Math.max(0, total - batch.length);
    empty.hidden = found > 0;
    if (state.q) {
      status.textContent = found
        ? str('search.count', { cases: found, practices: practiceCount })
        : `${str('search.none', { q: state.q })}${FACETS.some((f) => state.filters[f.key].length) ? str('search.noneFiltered') : ''}`;
    } else {
      status.textContent = FACETS.some((f) => state.filters[f.key].length)
        ? found
          ? str('search.countBrowse', { cases: found })
          : str('search.noneFiltered')
        : str('search.countAll', { cases: found });
    }
    if (input.value.length > MAX_QUERY_LENGTH) status.textContent += str('search.truncated', { max: MAX_QUERY_LENGTH });
    root.dataset.state = 'ready';
    if (keepFocus) (list.children[previousCount]?.querySelector('a') as HTMLElement | null)?.focus();
  }

  async function toCandidate(result: PagefindResult, phraseHit: boolean): Promise<Candidate> {
    const data = await result.data();
    const practices = withTagWords(parsePracticeMeta(data.meta.practices), config.tagWords);
    const { sections, weights } = practiceSections(
      data.raw_content ?? '',
      data.anchors ?? [],
      data.weighted_locations ?? [],
      practices.map((p) => p.id),
    );
    return {
      url: data.url,
      title: data.meta.title ?? data.url,
      summary: data.meta.summary ?? '',
      content: data.content,
      practices,
      sections,
      sectionWeights: weights,
      pagefindScore: result.score,
      phraseHit,
      year: Number(data.meta.year ?? 0),
      excerpt: data.excerpt,
      unit: data.meta.unit ?? '',
      period: data.meta.period ?? '',
    } as Candidate & Extra;
  }

  // ── rendering ──
  function renderFacets(counts: PagefindResponse['filters'], totals: PagefindResponse['totalFilters']) {
    const hadFocus =
      document.activeElement instanceof HTMLInputElement && facetsBox.contains(document.activeElement) ? document.activeElement.id : null;
    // The same views and markup as src/components/SearchFacets.astro, which the page starts with.
    const fieldsets = facetViews(counts, totals, state.filters, expandedFacets, label).map(({ key, values }) => {
      const fieldset = el('fieldset');
      fieldset.append(el('legend', {}, str(`search.facet.${key}`)));
      const ul = el('ul', { class: 'facet-values' });
      for (const v of values) {
        const id = `facet-${key}-${v.value}`;
        const box = el('input', { type: 'checkbox', id, value: v.value, 'data-facet': key });
        box.checked = v.checked;
        const lab = el('label');
        lab.append(box, el('span', {}, v.label), el('span', { class: 'facet-count' }, String(v.count)));
        const li = el('li');
        li.hidden = v.folded;
        li.append(lab);
        ul.append(li);
      }
      fieldset.append(ul);
      if (values.some((v) => v.folded)) {
        fieldset.append(
          el(
            'button',
            { type: 'button', class: 'link-button', 'data-facet-more': key },
            str('search.showAllValues', { count: values.length }),
          ),
        );
      }
      return fieldset;
    });
    facetsBox.replaceChildren(...fieldsets);
    if (hadFocus) document.getElementById(hadFocus)?.focus();
  }

  function renderResults(ranked: RankedCase[], q: string) {
    const terms = state.q ? [...new Set([state.q, ...queryTerms(state.q), q, ...queryTerms(q)])] : [];
    list.replaceChildren(
      ...ranked.map((r) => {
        const c = r.candidate as Candidate & Extra;
        const li = el('li', { class: 'result' });
        const h3 = el('h3');
        const caseLink = el('a', { href: practiceHref(c.url, '', state.q).replace(/#$/, '') });
        caseLink.append(...marked(c.title, terms));
        h3.append(caseLink);
        li.append(h3, el('p', { class: 'result-meta' }, [c.unit, c.period].filter(Boolean).join(' · ')));
        const excerpt = el('p', { class: 'excerpt' });
        // Pagefind's excerpt is the densest match on the page, which for a practice hit is often
        // the hidden list of alias wordings; the practices below show that context better. It is
        // used when the match is in the narrative alone.
        if (state.q && c.excerpt && r.practices.length === 0) excerpt.append(...excerptNodes(c.excerpt));
        else excerpt.append(...marked(clip(c.summary, terms, 120), terms));
        li.append(excerpt);
        if (r.practices.length) {
          const { shown, more } = splitShown(r.practices);
          const headingId = `hits-${c.url.replace(/[^a-z0-9-]/gi, '')}`;
          li.append(el('p', { class: 'practices-label', id: headingId }, str('search.practicesIn')));
          const ul = el('ul', { class: 'practice-hits', 'aria-labelledby': headingId });
          const item = (p: (typeof shown)[number], hidden: boolean) => {
            const pli = el('li');
            pli.hidden = hidden;
            const a = el('a', { href: practiceHref(c.url, p.meta.id, state.q), 'data-practice-hit': p.meta.id });
            a.append(...marked(p.meta.n, terms));
            const summary = el('p');
            summary.append(...marked(clip(p.meta.s, terms, 90), terms));
            pli.append(a, summary);
            return pli;
          };
          ul.append(...shown.map((p) => item(p, false)), ...more.map((p) => item(p, true)));
          li.append(ul);
          if (more.length) {
            const button = el(
              'button',
              { type: 'button', class: 'link-button', 'aria-expanded': 'false' },
              str('search.morePractices', { count: more.length }),
            );
            button.addEventListener('click', () => {
              for (const hidden of ul.querySelectorAll<HTMLLIElement>('li[hidden]')) hidden.hidden = false;
              button.remove();
              (ul.children[shown.length]?.querySelector('a') as HTMLElement | null)?.focus();
            });
            li.append(button);
          }
        }
        return li;
      }),
    );
  }

  syncControls();
  if (state.q || hasFilters(state) || state.sort !== 'relevance') {
    // The page was built showing the unfiltered archive; that is not what this URL asks for.
    list.replaceChildren();
    moreButton.hidden = true;
    void run();
  } else {
    // The built page already shows this state. Pagefind is fetched when the reader heads for the
    // search box, so it is usually ready by the time they have typed.
    root.dataset.state = 'ready';
    const warm = () => void loadPagefind().catch(() => (pagefind = null));
    input.addEventListener('focus', warm, { once: true });
    form.addEventListener('pointerenter', warm, { once: true });
  }
}

interface Extra {
  excerpt: string;
  unit: string;
  period: string;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Text with the query's terms wrapped in <mark>, as nodes. */
function marked(text: string, terms: string[]): Node[] {
  return highlightPieces(text, terms).map((p) => (p.hit ? el('mark', {}, p.text) : document.createTextNode(p.text)));
}

/**
 * Pagefind's excerpt is HTML-escaped text with <mark> around matches. It is parsed in an inert
 * template and rebuilt from its text, so only the marks survive as elements.
 */
function excerptNodes(html: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  const out: Node[] = [];
  for (const node of template.content.childNodes) {
    const text = node.textContent ?? '';
    if (!text) continue;
    out.push(node.nodeName === 'MARK' ? el('mark', {}, text) : document.createTextNode(text));
  }
  return out;
}
