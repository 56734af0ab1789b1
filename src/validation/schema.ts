/**
 * Checks an entry's frontmatter against the case schema and taxonomy, plus the rules that must be
 * reported even when other fields are wrong (zod skips an object's refinements until its fields
 * parse, but a contributor should see every problem in one run).
 */
import type { z } from 'astro/zod';
import { dateOrderMessage, duplicateMessage } from '../text/messages';
import { repeats, updatedBeforeAdded } from '../core/rules';
import { editDistance } from '../text/suggest';
import { fieldName, type ParsedEntry } from './entry';
import type { Problem } from './problem';

/** Field names allowed at each (index-free) path, e.g. `practices[]` → id, name, … */
export type KnownFields = ReadonlyMap<string, readonly string[]>;

/** Collects the allowed field names of every object in a JSON Schema, keyed by `a.b[]` paths. */
export function knownFieldsOf(jsonSchema: unknown): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const walk = (node: unknown, path: string) => {
    if (!node || typeof node !== 'object') return;
    const n = node as { properties?: Record<string, unknown>; items?: unknown; anyOf?: unknown[]; allOf?: unknown[] };
    if (n.properties) {
      out.set(path, Object.keys(n.properties));
      for (const [k, v] of Object.entries(n.properties)) walk(v, path ? `${path}.${k}` : k);
    }
    if (n.items) walk(n.items, `${path}[]`);
    for (const alt of [...(n.anyOf ?? []), ...(n.allOf ?? [])]) walk(alt, path);
  };
  walk(jsonSchema, '');
  return out;
}

const shapeKey = (path: readonly PropertyKey[]) =>
  fieldName(path.map((p) => (typeof p === 'number' ? '[]' : p)))
    .replace(/\.\[\]/g, '[]')
    .replace(/^frontmatter$/, '');

function unknownFieldMessage(key: string, allowed: readonly string[] | undefined): string {
  const near = (allowed ?? [])
    .map((name) => ({ name, d: editDistance(key.toLowerCase(), name.toLowerCase()) }))
    .filter((x) => x.d <= Math.max(2, Math.floor(key.length / 3)))
    .sort((a, b) => a.d - b.d)[0];
  const hint = near ? `是不是“${near.name}”？` : '';
  const list = allowed?.length ? `此处可用的字段：${allowed.join('、')}` : '';
  return `未知字段“${key}”。${hint}${list}`;
}

export function checkSchema(entry: ParsedEntry, schema: z.ZodType, known: KnownFields): Problem[] {
  if (entry.data === undefined) return [];
  const problems: Problem[] = [];
  const push = (path: readonly PropertyKey[], message: string) =>
    problems.push({ file: entry.file, line: entry.lineOf(path), field: fieldName(path), message, severity: 'error' });

  const result = schema.safeParse(entry.data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) push([...issue.path, key], unknownFieldMessage(key, known.get(shapeKey(issue.path))));
      } else {
        push(issue.path, issue.message);
      }
    }
  }
  problems.push(...checkAlways(entry));
  return problems;
}

/** Rules the schema refines only once everything else parses; checked here on the raw data. */
function checkAlways(entry: ParsedEntry): Problem[] {
  const problems: Problem[] = [];
  const data = entry.data as Record<string, unknown>;
  const push = (path: PropertyKey[], message: string) =>
    problems.push({ file: entry.file, line: entry.lineOf(path), field: fieldName(path), message, severity: 'error' });

  if (Array.isArray(data.practices)) {
    const id = (p: unknown) => {
      const value = (p as { id?: unknown } | null)?.id;
      return typeof value === 'string' ? value : undefined;
    };
    for (const r of repeats(data.practices, id)) push(['practices', r.index, 'id'], duplicateMessage('practice id ', r.value, r.first));
  }
  if (typeof data.added === 'string' && typeof data.updated === 'string' && updatedBeforeAdded(data.added, data.updated)) {
    push(['updated'], dateOrderMessage(data.added, data.updated));
  }
  return problems;
}

/** Dates an entry cannot have yet: `added` or `updated` after today (a typo in the year, usually). */
export function checkDates(entry: ParsedEntry, today: string): Problem[] {
  const data = (entry.data ?? {}) as Record<string, unknown>;
  const problems: Problem[] = [];
  for (const key of ['added', 'updated'] as const) {
    const value = data[key];
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && value > today) {
      problems.push({
        file: entry.file,
        line: entry.lineOf([key]),
        field: key,
        message: `日期 ${value} 晚于今天（${today}），请检查年份和月份`,
        severity: 'error',
      });
    }
  }
  return problems;
}
