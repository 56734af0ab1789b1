/**
 * A blank form (`__`, `XX`, `xx`, `x个`, `××`, `某某` …, the one list in src/core/blanks.ts) written
 * into a field as if it were a value: `name: xx市行政服务中心` claims a stated name the source never
 * gave. The value must be marked withheld instead. Checked in every field that holds a value
 * (names, labels, figures, places, aliases, titles); not in verbatim quotations (`evidence`,
 * `quote`, `around`), not in prose that retells the report and may say where it left a gap
 * (`summary`, `note`, `text` …), not under `source`, and never inside “…”.
 */
import { blankFormsList, findBlanks } from '../../core/blanks';
import type { ParsedEntry } from '../entry';
import type { Problem } from '../problem';
import type { EntryRule } from './context';

/** Fields whose job is to describe the source's blanks, verbatim where needed. */
const DESCRIBES_SOURCE = new Set(['source']);
/** Verbatim quotations and retelling prose: a blank there shows the gap, it does not fill it. */
const NOT_VALUES = new Set([
  'evidence',
  'quote',
  'around',
  'summary',
  'note',
  'text',
  'clue',
  'reading',
  'what',
  'editorsNote',
  'shortcomings',
]);

/** The text with every “…” quotation (and 「…」) replaced by spaces, keeping positions. */
const unquoted = (s: string) => s.replace(/“[^”]*”|「[^」]*」|‘[^’]*’/gu, (m) => ' '.repeat(m.length));

function* strings(value: unknown, path: (string | number)[]): Generator<[(string | number)[], string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, [...path, i]);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* strings(v, [...path, k]);
}

export function checkBlankValues(entry: ParsedEntry): Problem[] {
  const problems: Problem[] = [];
  if (!entry.data || typeof entry.data !== 'object') return problems;
  for (const [key, value] of Object.entries(entry.data)) {
    if (DESCRIBES_SOURCE.has(key)) continue;
    for (const [path, text] of strings(value, [key])) {
      if (path.some((p) => typeof p === 'string' && NOT_VALUES.has(p))) continue;
      const blank = findBlanks(unquoted(text))[0];
      if (!blank) continue;
      const field = path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), '');
      problems.push({
        file: entry.file,
        line: entry.lineOf(path),
        field,
        message: `“${blank.text}”是原文隐去内容的记号（${blankFormsList()}），不是值：请把这个值标为隐去——数字写 withheld: true，名称中隐去的部分写 {withheld}（并相应设 nameBasis: partly-withheld）；要说明原文怎样隐去，可把记号放在引号“”里写进 note`,
        severity: 'error',
      });
    }
  }
  return problems;
}

/** Blank forms written into a value field, as a rule. */
export const blankValuesRule: EntryRule = (entry) => checkBlankValues(entry);
