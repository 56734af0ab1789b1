/**
 * The instant tier's combobox (WAI-ARIA 1.2 combobox with a listbox popup): suggestions of
 * practices as the reader types, from the per-character shards (src/search/suggest.ts), before
 * Pagefind answers. Arrows move, Enter opens the practice, Esc closes; a live region says how many
 * suggestions there are. The list floats over the page (absolutely positioned), so it never pushes
 * Pagefind's results below it. Pagefind itself is warmed here, but only once the reader pauses
 * after the suggestions showed (WARM_DELAY, as Starlight's search waits before it searches) or the
 * tier has nothing to show:
 * warmed per key, it fetched the index chunks of every partial word (共建, 共建共, …), ≈ 240 KB
 * before the first suggestion at 1,000 cases (docs/performance.md, issue 24).
 */
import { normaliseQuery } from '../../search/terms';
import {
  TIER_ROOT,
  fromStored,
  rankSuggestions,
  shardEntriesFor,
  shardKeyOf,
  type ShardFile,
  type Suggestion,
  type TierRoot,
} from '../../search/suggest';
import { needsSimplifying, simplifier } from '../traditional-chars';

/** The tier's files by URL: one fetch each per page (the browser's cache keeps them across pages). */
const files = new Map<string, Promise<unknown>>();

/** A file of the tier. The tier asks only for files that exist (TierRoot), so any failure is a fault. */
function loadFile<T>(url: string): Promise<T> {
  let p = files.get(url);
  if (!p) {
    p = fetch(url).then((r) => (r.ok ? (r.json() as Promise<T>) : Promise.reject(new Error(`${url}: HTTP ${r.status}`))));
    // A failed fetch (offline) is tried again at the next key, not remembered.
    p.catch(() => files.delete(url));
    files.set(url, p);
  }
  return p as Promise<T>;
}

/** How long the reader pauses in typing before Pagefind is warmed for what they typed. */
const WARM_DELAY = 300;

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

  // Pagefind is warmed when typing pauses after the tier has answered, or at once when the tier has
  // nothing to show (then the reader will need Pagefind's results); never on every key of a word
  // still being typed.
  let warmTimer: number | undefined;
  const warmNow = (raw: string) => {
    window.clearTimeout(warmTimer);
    void warmPagefind(input).then((pf) => pf?.preload?.(raw));
  };
  const warmLater = (raw: string) => {
    window.clearTimeout(warmTimer);
    warmTimer = window.setTimeout(() => warmNow(raw), WARM_DELAY);
  };

  const update = async () => {
    const ticket = ++asked;
    const raw = normaliseQuery(input.value);
    // A new key cancels the warming planned for the last one.
    window.clearTimeout(warmTimer);
    if (!shardKeyOf(raw)) return close();
    const query = await fold(raw);
    let found: Suggestion[];
    try {
      const root = await loadFile<TierRoot>(`${src}${TIER_ROOT}.json`);
      const entries = await shardEntriesFor(query, root, (key) => loadFile<ShardFile>(`${src}${key}.json`));
      found = rankSuggestions(
        query,
        entries.map((e) => fromStored(e, root.t)),
      );
    } catch {
      if (ticket === asked) warmNow(raw);
      return; // Offline: Pagefind's results (or the search page) still answer.
    }
    if (ticket !== asked) return;
    show(found);
    // The pause is counted from the suggestions shown, not from the key: on a slow line or a busy
    // device Pagefind's bytes never share the line with the shard the reader is waiting for.
    if (found.length === 0) warmNow(raw);
    else warmLater(raw);
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
  // The root is small and read by every query: fetched with the intent, beside the code.
  void loadFile(`${src}${TIER_ROOT}.json`).catch(() => undefined);
  if (input.value) void update();
}
