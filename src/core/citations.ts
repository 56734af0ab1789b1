/**
 * Every paragraph list (`from`) an entry's frontmatter holds, with the field it belongs to, read
 * defensively from the parsed YAML (an entry with other mistakes is still checked as far as it can
 * be). Pure: no I/O, imports nothing of the project outside src/core.
 */

/** A claim's paragraph list and where it is: `path` as a YAML path, `field` as contributors read it. */
export interface Citation {
  readonly path: readonly (string | number)[];
  readonly from: readonly unknown[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Lists whose items each carry `from`, as paths from the frontmatter root. */
const LISTS: readonly (readonly string[])[] = [
  ['practices'],
  ['figures'],
  ['honours'],
  ['shortcomings'],
  ['period', 'clues'],
  ['source', 'withheld'],
  ['source', 'errors'],
];

function at(data: unknown, path: readonly string[]): unknown {
  let node = data;
  for (const key of path) node = isObj(node) ? node[key] : undefined;
  return node;
}

/** Every `from` in the entry, in file order of the lists above. */
export function citationsOf(data: unknown): Citation[] {
  const out: Citation[] = [];
  const honour = at(data, ['honour']);
  if (isObj(honour) && Array.isArray(honour.from)) out.push({ path: ['honour', 'from'], from: honour.from });
  for (const list of LISTS) {
    const items = at(data, list);
    if (!Array.isArray(items)) continue;
    items.forEach((item, i) => {
      if (isObj(item) && Array.isArray(item.from)) out.push({ path: [...list, i, 'from'], from: item.from });
    });
  }
  return out;
}

/** The paragraph numbers of a `from` list that are whole numbers (others are the schema's concern). */
export function paragraphNumbers(from: readonly unknown[]): number[] {
  return from.filter((n): n is number => typeof n === 'number' && Number.isInteger(n));
}

/** The report's range `[first, last]` from `source.lines`, when it is well-formed. */
export function reportRange(data: unknown): [number, number] | undefined {
  const lines = at(data, ['source', 'lines']);
  if (!Array.isArray(lines) || lines.length !== 2) return undefined;
  const [a, b] = lines;
  return Number.isInteger(a) && Number.isInteger(b) && (a as number) <= (b as number) ? [a as number, b as number] : undefined;
}

/** The entry's source id, when given as text. */
export function sourceId(data: unknown): string | undefined {
  const id = at(data, ['source', 'id']);
  return typeof id === 'string' ? id : undefined;
}

/** Every string value in the frontmatter, with its path (for the quotation check). */
export function stringsOf(data: unknown, path: (string | number)[] = []): { path: (string | number)[]; text: string }[] {
  if (typeof data === 'string') return [{ path, text: data }];
  if (Array.isArray(data)) return data.flatMap((v, i) => stringsOf(v, [...path, i]));
  if (isObj(data)) return Object.entries(data).flatMap(([k, v]) => stringsOf(v, [...path, k]));
  return [];
}
