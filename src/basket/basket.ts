/**
 * The practice basket's state, as plain data: what the reader collected, in their order, with
 * their notes. No DOM and no storage here (src/client/basket-store.ts keeps it in localStorage),
 * so every rule is unit-tested without a browser.
 *
 * A practice is referred to by its case slug and practice id, the two halves of its URL
 * (`/cases/<case>/#<practice>`). The basket keeps the reference even when the archive no longer
 * has that practice, so the page can say so instead of dropping it.
 */
import { isSlug } from '../core/slug';
import { PARAM } from '../core/routes';

/** The localStorage key. Versioned so a future shape can migrate rather than misread. */
export const BASKET_KEY = 'practice-archive:basket:v1';

// A practice's reference lives in core (search results carry it too); the basket re-exports it for its users.
import { keyText, parseKey, type PracticeKey } from '../core/routes';
export { keyText, parseKey, type PracticeKey } from '../core/routes';

export interface BasketItem extends PracticeKey {
  /** The reader's own note, exported with the practice ('' when none). */
  note: string;
}

export interface Basket {
  items: BasketItem[];
  /** Show (and export) the practices grouped by theme rather than in the reader's order. */
  grouped: boolean;
}

export const emptyBasket = (): Basket => ({ items: [], grouped: false });

const same = (a: PracticeKey, b: PracticeKey) => a.c === b.c && a.p === b.p;

/** Longest note kept: a note is a reminder, and localStorage is small. */
export const NOTE_MAX = 2000;

/**
 * Reads the stored basket. Anything unreadable (another program's value, a hand edit) yields what
 * can be kept: valid items, without duplicates; never an exception.
 */
export function parseBasket(raw: string | null | undefined): Basket {
  if (!raw) return emptyBasket();
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return emptyBasket();
  }
  const obj = (data ?? {}) as { items?: unknown; grouped?: unknown };
  const items: BasketItem[] = [];
  for (const it of Array.isArray(obj.items) ? obj.items : []) {
    const { c, p, note } = (it ?? {}) as Record<string, unknown>;
    if (typeof c !== 'string' || typeof p !== 'string' || !isSlug(c) || !isSlug(p)) continue;
    if (items.some((x) => same(x, { c, p }))) continue;
    items.push({ c, p, note: typeof note === 'string' ? note.slice(0, NOTE_MAX) : '' });
  }
  return { items, grouped: obj.grouped === true };
}

export const serializeBasket = (b: Basket): string => JSON.stringify(b);

export const has = (b: Basket, k: PracticeKey): boolean => b.items.some((x) => same(x, k));

export function add(b: Basket, k: PracticeKey): Basket {
  return has(b, k) ? b : { ...b, items: [...b.items, { c: k.c, p: k.p, note: '' }] };
}

export function remove(b: Basket, k: PracticeKey): Basket {
  return { ...b, items: b.items.filter((x) => !same(x, k)) };
}

export const toggle = (b: Basket, k: PracticeKey): Basket => (has(b, k) ? remove(b, k) : add(b, k));

/** Moves the item at `index` by `delta` places (-1 up, +1 down); out-of-range moves change nothing. */
export function move(b: Basket, index: number, delta: number): Basket {
  const to = index + delta;
  if (index < 0 || index >= b.items.length || to < 0 || to >= b.items.length) return b;
  const items = [...b.items];
  const [it] = items.splice(index, 1);
  items.splice(to, 0, it!);
  return { ...b, items };
}

export function setNote(b: Basket, k: PracticeKey, note: string): Basket {
  return { ...b, items: b.items.map((x) => (same(x, k) ? { ...x, note: note.slice(0, NOTE_MAX) } : x)) };
}

/** The share parameter of a share link (PARAM.share): `case~practice,case~practice` (notes stay with the reader). */
export const encodeShare = (keys: readonly PracticeKey[]): string => keys.map(keyText).join(',');

/** The share link's path and query under the site's basket page, e.g. `/basket/?p=a~b,c~d`. */
export const shareHref = (basketPath: string, keys: readonly PracticeKey[]): string => `${basketPath}?${PARAM.share}=${encodeShare(keys)}`;

/** Reads a share link's share parameter: the practices it names, and the parts that are not one. */
export function decodeShare(param: string | null | undefined): { keys: PracticeKey[]; invalid: string[] } {
  const keys: PracticeKey[] = [];
  const invalid: string[] = [];
  for (const part of (param ?? '').split(',')) {
    if (!part.trim()) continue;
    const k = parseKey(part);
    if (!k) invalid.push(part);
    else if (!keys.some((x) => same(x, k))) keys.push(k);
  }
  return { keys, invalid };
}

/** A basket holding exactly the shared practices, without notes. */
export const basketFromKeys = (keys: readonly PracticeKey[], grouped = false): Basket => ({
  items: keys.map((k) => ({ c: k.c, p: k.p, note: '' })),
  grouped,
});

/** Whether two baskets hold the same practices in the same order (notes aside). */
export const sameItems = (a: Basket, b: Basket): boolean =>
  a.items.length === b.items.length && a.items.every((x, i) => same(x, b.items[i]!));
