/**
 * The search page: runs Pagefind in the browser (search/pagefind.ts), ranks with
 * src/search/rank.ts, renders with src/search/render.ts — the renderer the build used for
 * the page as it first shows — and keeps the query, filters and sort in the URL so results can be
 * shared and the back button works.
 */
import { fill } from '../i18n/fill';
import { countMatches, facetLabel, facetViews, passesFilters, type FacetInferred, type FacetLabels } from '../search/facets';
import { nearbyTags, type TagWords } from '../search/nearby';
import { BATCH, FIRST_BATCH } from '../search/pagefind';
import { prepareQuery, rankCandidates, relevantCandidates } from '../search/rank';
import { facetPanel, resultItem, type Strings } from '../search/render';
import { rankedResultView } from '../search/results';
import { hasFilters, parseState, serialiseState, type FacetKey, type SearchSort, type SearchState } from '../search/state';
import { statusText } from '../search/status';
import { MAX_QUERY_LENGTH, normaliseQuery } from '../search/terms';
import { toNodes } from './search/dom';
import { syncBasketButtons } from './basket-buttons';
import { loadPagefind, searchPages, type IndexLocation, type Pagefind } from './search/pagefind-loader';
import { simplifiedQuery } from './traditional-chars';

interface Config extends IndexLocation {
  labels: FacetLabels;
  /** The values some case carries on the editors' inference, marked in the panel. */
  inferred: FacetInferred;
  strings: Record<string, string>;
  /** Every tag's label and aliases, for the tags offered when nothing is found. */
  tagWords: TagWords;
  /** Link to browse by a tag, `{slug}` standing for the tag's slug. */
  tagHref: string;
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
  const nearby = $<HTMLElement>('[data-search-nearby]');
  const nearbyList = $<HTMLUListElement>('[data-search-nearby-list]');

  const str: Strings = (key, params) => fill(config.strings[key] ?? key, params);
  const label = facetLabel(config.labels, (year) => str('search.periodValue', { year }));

  let state: SearchState = parseState(location.search);
  let limit = FIRST_BATCH;
  let sequence = 0;
  let typingTimer: number | undefined;
  const expandedFacets = new Set<FacetKey>();
  let pagefind: Promise<Pagefind> | null = null;
  const index = () => (pagefind ??= loadPagefind(config));

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
    limit = FIRST_BATCH;
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
  sortSelect.addEventListener('change', () => commit({ ...state, sort: sortSelect.value as SearchSort }, 'push'));
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
    unfold(more.closest('fieldset')!, more);
  });
  list.addEventListener('click', (event) => {
    const more = (event.target as Element).closest<HTMLButtonElement>('button[data-practice-more]');
    if (more) unfold(more.previousElementSibling!, more);
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
    limit = FIRST_BATCH;
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
    // A traditional or mixed query is searched, ranked and marked in its simplified form, the
    // archive's script; the converter is fetched (beside Pagefind) only for such a query.
    const converting = simplifiedQuery(state.q).catch(() => state.q);
    try {
      pf = await index();
    } catch {
      pagefind = null;
      unavailable.hidden = false;
      status.textContent = str('search.unavailable');
      root.dataset.state = 'unavailable';
      return;
    }
    const q = await converting;
    const tagWords = (slug: string) => config.tagWords[slug];
    const found = await searchPages(pf, { ...state, q }, limit, tagWords);
    if (mine !== sequence) return;
    let ranked;
    let unloaded = Math.max(0, found.total - found.candidates.length);
    if (q) {
      // The matches are decided over everything loaded, then filtered here: the panel counts only
      // matches, so every value it offers leads to matches (see searchPages).
      const matches = relevantCandidates(prepareQuery(q), found.candidates);
      renderFacets(countMatches(matches), found.totalFilters);
      const all = rankCandidates(
        q,
        matches.filter((c) => passesFilters(c, state.filters)),
        state.sort,
        state.filters.tag,
        tagWords,
      );
      ranked = all.slice(0, limit);
      unloaded += all.length - ranked.length;
    } else {
      ranked = rankCandidates(q, found.candidates, state.sort, state.filters.tag, tagWords);
      renderFacets(found.filters, found.totalFilters);
    }
    list.replaceChildren(...toNodes(ranked.map((r) => resultItem(rankedResultView(r, q), str))));
    syncBasketButtons();
    moreButton.hidden = unloaded === 0;
    const cases = ranked.length + unloaded;
    const practices = ranked.reduce((n, r) => n + r.practices.length, 0);
    empty.hidden = cases > 0;
    showNearby(cases > 0 ? [] : nearbyTags(q, config.tagWords));
    status.textContent = statusText({ q: state.q, filtered: hasFilters(state), cases, practices }, str);
    if (input.value.length > MAX_QUERY_LENGTH) status.textContent += str('search.truncated', { max: MAX_QUERY_LENGTH });
    root.dataset.state = 'ready';
    if (keepFocus) (list.children[previousCount]?.querySelector('a') as HTMLElement | null)?.focus();
  }

  /** The tags close to a query that found nothing, as links to browse them; hidden when there are none. */
  function showNearby(slugs: string[]) {
    nearby.hidden = slugs.length === 0;
    nearbyList.replaceChildren(
      ...slugs.map((slug) => {
        const a = document.createElement('a');
        a.className = 'tag';
        a.href = config.tagHref.replace('{slug}', encodeURIComponent(slug));
        a.textContent = config.labels.tag?.[slug] ?? slug;
        const li = document.createElement('li');
        li.append(a);
        return li;
      }),
    );
  }

  function renderFacets(counts: Record<string, Record<string, number>>, totals: Record<string, Record<string, number>>) {
    const hadFocus =
      document.activeElement instanceof HTMLInputElement && facetsBox.contains(document.activeElement) ? document.activeElement.id : null;
    facetsBox.replaceChildren(
      ...toNodes(facetPanel(facetViews(counts, totals, state.filters, expandedFacets, label, config.inferred), str)),
    );
    if (hadFocus) document.getElementById(hadFocus)?.focus();
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
    const warm = () => void index().catch(() => (pagefind = null));
    input.addEventListener('focus', warm, { once: true });
    form.addEventListener('pointerenter', warm, { once: true });
  }
}

/** Shows the items a "show all" button kept hidden in `box`, removes the button and focuses the first of them. */
function unfold(box: Element, button: HTMLButtonElement) {
  const unfolded = [...box.querySelectorAll<HTMLLIElement>('li[hidden]')];
  for (const li of unfolded) li.hidden = false;
  button.remove();
  unfolded[0]?.querySelector<HTMLElement>('input, a')?.focus();
}
