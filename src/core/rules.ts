/**
 * The rules an entry's data obeys, as plain facts: how many of each list, which years, which
 * values must not repeat, which dates come first. The case schema's refinements, the validator's
 * raw checks (which run even when other fields fail to parse) and the scaffold all ask these
 * functions, so a limit is changed here once. The wording of every message stays in
 * `src/text/messages.ts`; these return only what is wrong.
 */

/** How many items a list may hold (`max` absent: no upper bound). */
export interface CountLimit {
  readonly min: number;
  readonly max?: number;
}

/** The 2–12 tags that characterise a case as a whole. */
export const CASE_TAGS = { min: 2, max: 12 } as const satisfies CountLimit;
/** One to eight tags per practice. */
export const PRACTICE_TAGS = { min: 1, max: 8 } as const satisfies CountLimit;
/** Up to two themes besides the primary one. */
export const SECONDARY_THEMES = { min: 0, max: 2 } as const satisfies CountLimit;
/** A case describes at least one practice. */
export const PRACTICES = { min: 1 } as const satisfies CountLimit;

/**
 * The narrative below the frontmatter: at least 120 characters, however short the source. That is
 * what even a case from a four-paragraph news item needs — a sentence on what the case rests on
 * (which page, whole or only its opening) and a few on how its practices fit together and what the
 * source leaves out. Everything above the floor scales with the source; nothing is padded to reach it.
 */
export const BODY_CHARS = { min: 120 } as const;

/**
 * How long a body's text is, as BODY_CHARS counts it: characters a reader sees, without whitespace,
 * comments (`{/* … *\/}`, `<!-- … -->`), HTML tags, link addresses or Markdown marks (`#`, `>`,
 * list bullets, `*`, `_`, backticks).
 */
export function narrativeLength(body: string): number {
  const text = body
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/^[ \t]{0,3}#{1,6}[ \t]/gm, '')
    .replace(/^[ \t]{0,3}>[ \t]?/gm, '')
    .replace(/^[ \t]*(?:[-*+]|\d+\.)[ \t]+/gm, '')
    .replace(/[*_`~\s]/g, '');
  return [...text].length;
}

/** What is wrong with a list's length, if anything. */
export type CountProblem = 'too-few' | 'too-many';

export function countProblem(count: number, limit: CountLimit): CountProblem | undefined {
  if (count < limit.min) return 'too-few';
  if (limit.max !== undefined && count > limit.max) return 'too-many';
  return undefined;
}

/** A plausible year for a report on 文明单位创建 (the movement began in the 1980s). */
export const YEARS = { min: 1980, max: 2100 } as const;

export function isPlausibleYear(year: number): boolean {
  return Number.isInteger(year) && year >= YEARS.min && year <= YEARS.max;
}

/** A value that repeats an earlier one: where it is, the value, and where it first appeared. */
export interface Repeat {
  readonly index: number;
  readonly value: string;
  readonly first: number;
}

/** Every item whose key repeats an earlier item's key; items without a key (undefined) are skipped. */
export function repeats<T>(items: readonly T[], key: (item: T) => string | undefined): Repeat[] {
  const seen = new Map<string, number>();
  const out: Repeat[] = [];
  items.forEach((item, index) => {
    const value = key(item);
    if (value === undefined) return;
    const first = seen.get(value);
    if (first === undefined) seen.set(value, index);
    else out.push({ index, value, first });
  });
  return out;
}

/** Whether an entry's `updated` date ('YYYY-MM-DD') lies before its `added` date. */
export function updatedBeforeAdded(added: string, updated: string): boolean {
  return updated < added;
}
