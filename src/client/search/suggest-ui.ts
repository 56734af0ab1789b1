/**
 * The instant tier's combobox (WAI-ARIA 1.2 combobox with a listbox popup): suggestions of
 * practices as the reader types, from the per-character shards (src/search/suggest.ts), before
 * Pagefind answers. Arrows move, Enter opens the practice, Esc closes; a live region says how many
 * suggestions there are. The list floats over the page (absolutely positioned), so it never pushes
 * Pagefind's results below it. Pagefind itself is warmed here: init() as soon as the tier has
 * answered the first key, preload() per key after that.
 */
import { normaliseQuery } from '../../search/terms';
import { BIG_KEYS, rankSuggestions, shardKeyOf, type SuggestEntry, type Suggestion } from '../../search/suggest';
import { needsSimplifying, simplifier } from '../traditional-chars';

/** Shards by URL: one fetch per character per page (the browser's cache keeps them across pages). */
const shards = new Map<string, Promise<unknown>>();

function loadShard<T = SuggestEntry[]>(url: string): Promise<T> {
  let p = shards.get(url);
  if (!p) {
    p = fetch(url).then((r) =>
      r.ok ? (r.json() as Promise<SuggestEntry[]>) : r.status === 404 ? [] : Promise.reject(new Error(`${url}: HTTP ${r.status}`)),
    );
    // A failed fetch (offline) is tried again at the next key, not remembered.
    p.catch(() => shards.delete(url));
    shards.set(url, p);
  }
  return p as Promise<T>;
}

/** The query in the archive's script: the conversion chain is loaded only when the query needs it. */
async function fold(query: string): Promise<string> {
  return needsSimplifying(query) ? (await simplifier())(query) : query;
}

interface PagefindLike {
  options?: (o: Record<string, unknown>) => Promise<void>;
  init?: () => Promise<void>;
  preload?: (term: string) => Promise<void>;
}
let pagefind: Promise<PagefindLike | undefined> | undefined;

/** Pagefind loaded and initialised once, on intent; a blocked or missing index only means no warming. */
function warmPagefind(input: HTMLInputElement): Promise<PagefindLike | undefined> {
  const script = input.dataset.pagefind;
  const base = input.dataset.pagefindBase;
  if (!script) return Promise.resolve(undefined);
  pagefind ??= import(/* @vite-ignore */ script)
    .then(async (pf: PagefindLike) => {
      await pf.options?.({ baseUrl: base });
      await pf.init?.();
      return pf;
    })
    .catch(() => undefined);
  return pagefind;
}

let counter = 0;

export function attachSuggest(input: HTMLInputElement): void {
  if (input.dataset.suggestReady) return;
  input.dataset.suggestReady = '1';
  const src = input.dataset.suggest!;
  const id = `suggest-${++counter}`;
  const list = document.createElement('ul');
  list.id = `${id}-list`;
  list.className = 'suggest-list';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', input.dataset.suggestLabel ?? '');
  list.hidden = true;
  const live = document.createElement('p');
  live.className = 'visually-hidden';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  input.after(list, live);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);

  let items: Suggestion[] = [];
  let active = -1;
  let asked = 0;

  const place = () => {
    // The list's containing block is the input's offset parent: line it up under the box.
    list.style.left = `${input.offsetLeft}px`;
    list.style.top = `${input.offsetTop + input.offsetHeight}px`;
    list.style.minWidth = `${input.offsetWidth}px`;
  };
  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const select = (i: number) => {
    active = i;
    list.querySelectorAll('[role=option]').forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    if (i >= 0) input.setAttribute('aria-activedescendant', `${id}-${i}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const show = (found: Suggestion[]) => {
    items = found;
    list.replaceChildren(
      ...found.map((s, i) => {
        const li = document.createElement('li');
        li.id = `${id}-${i}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.dataset.suggestion = s.entry.u;
        const a = document.createElement('a');
        a.href = s.entry.u;
        a.tabIndex = -1;
        const name = document.createElement('span');
        name.className = 'suggest-name';
        name.textContent = s.entry.n;
        const from = document.createElement('span');
        from.className = 'suggest-from';
        from.textContent = s.entry.c;
        a.append(name, from);
        li.append(a);
        return li;
      }),
    );
    live.textContent = found.length
      ? (input.dataset.suggestCount ?? '{count}').replace('{count}', String(found.length))
      : (input.dataset.suggestNone ?? '');
    active = -1;
    if (found.length) {
      place();
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    } else close();
  };

  const update = async () => {
    const ticket = ++asked;
    const raw = normaliseQuery(input.value);
    const key = shardKeyOf(raw);
    if (!key) return close();
    // Pagefind is warmed once the tier has answered (or could not): its script, WASM and index
    // (≈ 120 KB before any chunk) would otherwise share the line with the few KB of the shard
    // the reader is waiting for. The reader is still typing when it starts.
    const warm = () => void warmPagefind(input).then((pf) => pf?.preload?.(raw));
    const query = await fold(raw);
    let entries: SuggestEntry[];
    try {
      const big = new Set(await loadShard<string[]>(`${src}${BIG_KEYS}.json`));
      entries = await loadShard(`${src}${shardKeyOf(query, big)!}.json`);
    } catch {
      warm();
      return; // Offline: Pagefind's results (or the search page) still answer.
    }
    if (ticket === asked) show(rankSuggestions(query, entries));
    warm();
  };

  input.addEventListener('input', () => void update());
  input.addEventListener('keydown', (e) => {
    const open = !list.hidden && items.length > 0;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!open) return;
      e.preventDefault();
      const n = items.length;
      select(e.key === 'ArrowDown' ? (active + 1) % n : (active - 1 + n) % n);
    } else if (e.key === 'Enter' && open && active >= 0) {
      e.preventDefault();
      location.assign(items[active]!.entry.u);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  // The list of split keys is small and needed by the first query: fetched with the intent.
  void loadShard(`${src}${BIG_KEYS}.json`).catch(() => undefined);
  if (input.value) void update();
}
