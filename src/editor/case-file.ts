/**
 * Reading and writing a case entry (`content/cases/<slug>.mdx`) the way the editor at /admin/ does:
 * the one serializer its custom format uses (src/editor/admin.ts registers it), so what a test
 * checks here is what a contributor's save writes.
 *
 * Entries are written by hand in a readable layout: short lists of numbers and slugs in flow style
 * (`from: [59, 61]`), long texts folded over lines with `>-`, dates quoted. A save must change only
 * what the contributor changed, so a pull request's diff shows that and nothing else. So a save of
 * an existing entry keeps the original text of every value that is unchanged, down to the single
 * list item or field, and writes only the changed ones anew; a new entry is written whole in the
 * same style (flow lists where they fit, dates in quotes, one line per text).
 *
 * Pure and browser-safe (the editor runs it in the contributor's browser): no file I/O.
 */
import { Document, isMap, isSeq, parseDocument, Scalar, YAMLMap, YAMLSeq, type Node } from 'yaml';
import { BODY_FIELD, CONTRIBUTION_FIELD, ENTRY_LICENCE, SLUG_FIELD } from './fields';

/** The widest line the project's formatting allows (.prettierrc.json's printWidth). */
export const LINE_WIDTH = 140;

/** The editor's hidden copy of the frontmatter as it was read, so a save can keep what did not change. */
export const ORIGINAL_FIELD = '__original';

const FENCE = /^---[ \t]*\r?$/m;

const plainObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

export interface CaseFile {
  /** The frontmatter's text, without the `---` lines. */
  frontmatter: string;
  /** The body after the closing `---` line. */
  body: string;
}

/** Splits an entry into its frontmatter and body; the whole text is frontmatter-less body when it has none. */
export function splitCaseFile(text: string): CaseFile {
  const lines = text.split('\n');
  if (!FENCE.test(lines[0] ?? '')) return { frontmatter: '', body: text };
  const end = lines.findIndex((l, i) => i > 0 && /^---[ \t]*\r?$/.test(l));
  if (end < 0) return { frontmatter: '', body: text };
  return { frontmatter: lines.slice(1, end).join('\n'), body: lines.slice(end + 1).join('\n') };
}

/**
 * What the editor holds for an entry: the frontmatter's values, the body, and (hidden) the
 * frontmatter's original text. Throws with YAML's message when the frontmatter does not parse.
 */
export function readCase(text: string): Record<string, unknown> {
  const { frontmatter, body } = splitCaseFile(text);
  const contribution = readContribution(frontmatter);
  // maxAliasCount: an entry whose aliases expand without end is refused, never expanded.
  const doc = parseDocument(frontmatter);
  if (doc.errors.length) throw new Error(doc.errors[0]!.message);
  const data = (doc.toJS({ maxAliasCount: 100 }) ?? {}) as Record<string, unknown>;
  return {
    ...data,
    ...(contribution ? { [CONTRIBUTION_FIELD]: contribution } : {}),
    [BODY_FIELD]: body.replace(/^\n/, ''),
    [ORIGINAL_FIELD]: frontmatter,
  };
}

/** The comment line that carries a contribution's answers in the entry file (the first line of its frontmatter). */
const CONTRIBUTION_LINE = /^# 投稿 contribution: (\{.*\})[ \t]*\r?\n?/;

interface Contribution {
  report?: string;
  reportUse?: string;
  licence?: string;
}

function readContribution(frontmatter: string): Contribution | undefined {
  const m = CONTRIBUTION_LINE.exec(frontmatter);
  if (!m) return undefined;
  try {
    return JSON.parse(m[1]!) as Contribution;
  } catch {
    return undefined;
  }
}

/**
 * The comment line for a contribution's answers: machine-readable (JSON) for the maintainer's
 * import, and saying in words what it is. Empty when the form was not asked (an editor's own edit).
 */
export function contributionLine(c: unknown): string {
  if (!c || typeof c !== 'object') return '';
  const { report, reportUse, licence } = c as Contribution;
  if (!report && !reportUse && !licence) return '';
  const answers = {
    ...(report ? { report } : {}),
    ...(reportUse ? { reportUse } : {}),
    ...(licence ? { licence } : {}),
  };
  return `# 投稿 contribution: ${JSON.stringify(answers)}\n# 条目以 ${ENTRY_LICENCE} 发布；维护者用 npm run import -- --contribution <本文件> 把报告变成来源记录，它会删去这两行。\n`;
}

/** Whether two parsed YAML values are the same data. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameData(x, b[i]));
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return false;
}

/** The form's fields, as far as ordering needs them: each field's name and the fields inside it. */
export interface FieldOrder {
  name: string;
  fields?: FieldOrder[] | undefined;
}

/**
 * `value` with every object's keys in the form's order (the schema's order, which the field
 * reference and hand-written entries follow); keys the form does not know keep their place after.
 */
export function orderKeys(value: unknown, fields: readonly FieldOrder[] | undefined): unknown {
  if (!fields) return value;
  if (Array.isArray(value)) return value.map((v) => orderKeys(v, fields));
  if (!plainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const f of fields) if (f.name in value) out[f.name] = orderKeys(value[f.name], f.fields);
  for (const [k, v] of Object.entries(value)) if (!(k in out)) out[k] = v;
  return out;
}

/**
 * The keys of `value` (already in the form's order) in the order a save writes them: the original
 * entry's order for the keys it had, each new key after the key that precedes it in the form.
 */
function mergedOrder(originalKeys: readonly string[], valueKeys: readonly string[]): string[] {
  const out = originalKeys.filter((k) => valueKeys.includes(k));
  valueKeys.forEach((k, i) => {
    if (out.includes(k)) return;
    const before = valueKeys
      .slice(0, i)
      .reverse()
      .find((p) => out.includes(p));
    out.splice(before === undefined ? 0 : out.indexOf(before) + 1, 0, k);
  });
  return out;
}

/** Figure values typed into a text box: a plain number is a number, as it would be written by hand. */
const NUMBER_OR_TEXT = new Set(['value', 'before', 'after']);

/**
 * The data as it goes into the file: what the form leaves empty (an unset optional field, an empty
 * text) is left out, as a hand-written entry leaves it out; an empty list stays only where the
 * original entry had one.
 */
export function cleanData(value: unknown, original: unknown, key = ''): unknown {
  if (Array.isArray(value)) {
    const orig = Array.isArray(original) ? original : [];
    return value.map((v, i) => cleanData(v, orig[i])).filter((v) => v !== undefined);
  }
  if (value && typeof value === 'object') {
    const orig = original && typeof original === 'object' && !Array.isArray(original) ? (original as Record<string, unknown>) : {};
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const cleaned = cleanData(v, orig[k], k);
      if (cleaned === undefined) continue;
      if (Array.isArray(cleaned) && cleaned.length === 0 && !(k in orig)) continue;
      out[k] = cleaned;
    }
    return out;
  }
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') {
    if (value.trim() === '') return undefined;
    if (NUMBER_OR_TEXT.has(key) && value !== original && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value.trim());
  }
  return value;
}

const DATE_LIKE = /^\d{4}-\d{2}-\d{2}/;

/** Sets the styles of a freshly made node: short scalar lists in flow style, dates in single quotes. */
function styleNew(node: unknown, indent: number): void {
  if (isSeq(node)) {
    const scalars = node.items.every((i) => i instanceof Scalar);
    if (scalars && node.items.length > 0) {
      const flow = `[${node.items.map((i) => String((i as Scalar).value)).join(', ')}]`;
      // A list of numbers always reads well in one line; words only while the line stays short.
      const numbers = node.items.every((i) => typeof (i as Scalar).value === 'number');
      node.flow = numbers || indent + flow.length + 20 <= LINE_WIDTH;
    }
    node.items.forEach((i) => styleNew(i, indent + 2));
  } else if (isMap(node)) {
    node.items.forEach((p) => styleNew(p.value, indent + 2));
  } else if (node instanceof Scalar && typeof node.value === 'string' && DATE_LIKE.test(node.value)) {
    // Unquoted, a date becomes a timestamp when the build reads it; entries quote them.
    node.type = Scalar.QUOTE_SINGLE;
  }
}

// singleQuote null: double quotes where a string needs quoting, single quotes where a node asks for them (dates).
const STRINGIFY = { lineWidth: 0, indent: 2, indentSeq: true, flowCollectionPadding: false, singleQuote: null } as const;

/** YAML text for `value` in the project's style, each line indented by `indent` spaces. */
function fresh(value: unknown, indent: number): string {
  const doc = new Document(value);
  styleNew(doc.contents, indent);
  const text = doc.toString(STRINGIFY);
  const pad = ' '.repeat(indent);
  return text
    .split('\n')
    .map((l) => (l ? pad + l : l))
    .join('\n');
}

/** The offset of the start of the line holding `at`. */
const lineStart = (src: string, at: number) => src.lastIndexOf('\n', at - 1) + 1;
/** The offset just after the end of the line holding `at` (after its newline). */
function lineEnd(src: string, at: number): number {
  const nl = src.indexOf('\n', Math.max(at - 1, 0));
  return nl < 0 ? src.length : nl + 1;
}

const isBlock = (n: unknown): n is YAMLMap | YAMLSeq => (isMap(n) || isSeq(n)) && !(n as YAMLMap).flow;

/**
 * The lines of a block map holding `value`, each at `indent`: an unchanged field keeps its original
 * lines; a changed nested map or list is written item by item the same way; anything else anew.
 * `first` replaces the indentation of the first line (the `- ` of a list item).
 */
function emitMap(src: string, orig: YAMLMap | undefined, value: Record<string, unknown>, indent: number, first?: string): string {
  const pad = ' '.repeat(indent);
  const pairs = orig?.items ?? [];
  const ends = pairs.map((p, i) => {
    const next = pairs[i + 1];
    if (next) return lineStart(src, (next.key as Node).range![0]);
    const v = p.value as Node | null;
    return lineEnd(src, v?.range?.[1] ?? (p.key as Node).range![1]);
  });
  let out = '';
  const order = mergedOrder(
    pairs.map((p) => String((p.key as Scalar).value)),
    Object.keys(value),
  );
  for (const key of order) {
    const v = value[key];
    const i = pairs.findIndex((p) => (p.key as Scalar).value === key);
    const pair = pairs[i];
    let chunk: string;
    if (pair && sameData((pair.value as Node | null)?.toJSON() ?? null, v)) {
      chunk = pad + src.slice((pair.key as Node).range![0], ends[i]);
      if (!chunk.endsWith('\n')) chunk += '\n';
    } else if (pair && isBlock(pair.value) && isMap(pair.value) && plainObject(v)) {
      chunk = `${pad}${key}:\n${emitMap(src, pair.value, v, indent + 2)}`;
    } else if (pair && isBlock(pair.value) && isSeq(pair.value) && Array.isArray(v)) {
      chunk = `${pad}${key}:\n${emitSeq(src, pair.value, v, indent + 2)}`;
    } else {
      chunk = `${fresh({ [key]: v }, indent)}`;
    }
    if (first !== undefined && out === '') chunk = first + chunk.slice(indent);
    out += chunk;
  }
  return out;
}

function emitSeq(src: string, orig: YAMLSeq, value: unknown[], indent: number): string {
  const pad = ' '.repeat(indent);
  const items = orig.items as Node[];
  let out = '';
  value.forEach((v, i) => {
    const item = items[i];
    if (item?.range && sameData(item.toJSON(), v)) {
      const next = items[i + 1];
      const end = next?.range ? lineStart(src, next.range[0]) : lineEnd(src, item.range[1]);
      let chunk = `${pad}- ${src.slice(item.range[0], end)}`;
      if (!chunk.endsWith('\n')) chunk += '\n';
      out += chunk;
    } else if (item && isMap(item) && !item.flow && plainObject(v)) {
      out += emitMap(src, item, v, indent + 2, `${pad}- `);
    } else {
      out += fresh([v], indent);
    }
  });
  return out;
}

/** The frontmatter text for `data`: original lines where the values are unchanged, the rest written anew. */
export function frontmatterText(data: Record<string, unknown>, original?: string, fields?: readonly FieldOrder[]): string {
  data = orderKeys(data, fields) as Record<string, unknown>;
  if (original !== undefined && original.trim() !== '') {
    const doc = parseDocument(original);
    if (!doc.errors.length && isMap(doc.contents) && !doc.contents.flow) {
      const before = doc.toJS({ maxAliasCount: 100 }) as unknown;
      const cleaned = cleanData(data, before) as Record<string, unknown>;
      return emitMap(original, doc.contents, cleaned, 0);
    }
  }
  return fresh(cleanData(data, undefined), 0);
}

/**
 * The entry file for what the editor holds: the frontmatter (form-only fields left out) between
 * `---` lines, then the body. `fields` (the form's) puts the keys in the schema's order; Decap
 * hands them over in the order they were touched.
 */
export function writeCase(entry: Record<string, unknown>, fields?: readonly FieldOrder[]): string {
  const { [BODY_FIELD]: body, [ORIGINAL_FIELD]: original, [SLUG_FIELD]: _slug, [CONTRIBUTION_FIELD]: contribution, ...data } = entry;
  // The contribution's comment lines are written anew from the form; the rest keeps its text.
  const kept = typeof original === 'string' ? original.replace(CONTRIBUTION_LINE, '').replace(/^# 条目以 .*\r?\n/, '') : undefined;
  let fm = contributionLine(contribution) + frontmatterText(data, kept, fields);
  if (!fm.endsWith('\n')) fm += '\n';
  const text = typeof body === 'string' && body.trim() !== '' ? body.replace(/^\n+/, '').replace(/\s*$/, '\n') : '';
  return `---\n${fm}---\n${text ? `\n${text}` : ''}`;
}
