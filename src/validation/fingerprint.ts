/**
 * Builds a source's fingerprint (src/core/fingerprint.ts) from its text and the entries that cite
 * it: every passage those entries take from it (quotations, evidence, source errors, the words
 * around a gap, figures) is looked up in the text as the citation checks look it up, and recorded
 * with its paragraph and offset only when found. `npm run source -- record <id>` writes the result;
 * `npm run validate`, wherever the text is at hand, rebuilds it and says when the file is stale, so
 * that CI (which has only the file) reaches the same verdict as the editor who has the text.
 */
import { createHash } from 'node:crypto';
import { findBlanks } from '../core/blanks';
import { paragraphNumbers, reportRange, sourceId, stringsOf } from '../core/citations';
import { isDraft } from '../core/draft';
import { figureOccursIn, numbersIn, normaliseFigureText } from '../core/figures';
import { QUOTE_MAX, type RecordedQuote, type SourceFingerprint } from '../core/fingerprint';
import { splitParagraphs } from '../core/paragraphs';
import { findQuotations, quotationKey } from '../core/quotes';
import { WINNOW, winnow } from '../core/winnow';
import { joinCjkLines } from '../text/cjk';
import { toSimplified } from '../text/to-simplified';
import { toTraditional } from '../text/to-traditional';
import { lettersOf } from './copy';
import type { ParsedEntry } from './entry';

/** A passage an entry takes from the source, and where it may stand. */
export interface Needle {
  readonly file: string;
  readonly field: string;
  readonly text: string;
  /** The paragraphs it must stand in (a quotation: the whole report). */
  readonly paragraphs: readonly number[];
  readonly kind: 'quote' | 'figure';
}

type Obj = Record<string, unknown>;
const items = (value: unknown): Obj[] =>
  Array.isArray(value) ? value.map((v) => (typeof v === 'object' && v !== null ? (v as Obj) : {})) : [];
const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

/** Every passage the entries citing `id` take from it. */
export function needlesOf(entries: readonly ParsedEntry[], id: string): Needle[] {
  const out: Needle[] = [];
  for (const entry of entries) {
    const data = entry.data as Obj | undefined;
    const span = reportRange(data);
    if (sourceId(data) !== id || !span) continue;
    const report = range(span[0], span[1]);
    const cited = (from: unknown) => (Array.isArray(from) ? paragraphNumbers(from) : []);
    const add = (field: string, text: unknown, paragraphs: readonly number[], kind: Needle['kind'] = 'quote') => {
      if ((typeof text === 'string' || typeof text === 'number') && String(text).trim() && !isDraft(String(text)))
        out.push({ file: entry.file, field, text: String(text).trim(), paragraphs, kind });
    };
    for (const { path, text } of stringsOf(data)) {
      if (!isDraft(text)) for (const q of findQuotations(joinCjkLines(text))) add(path.join('.'), q.text, report);
    }
    for (const line of entry.body.split('\n')) for (const q of findQuotations(line)) add('body', q.text, report);
    items(data?.practices).forEach((p, i) => add(`practices.${i}.evidence`, p.evidence, cited(p.from)));
    const source = (data?.source ?? {}) as Obj;
    items(source.errors).forEach((e, i) => add(`source.errors.${i}.quote`, e.quote, cited(e.from)));
    items(source.withheld).forEach((w, i) => add(`source.withheld.${i}.around`, w.around, cited(w.from)));
    items(data?.figures).forEach((f, i) => {
      if (f.withheld === true) return;
      for (const key of ['value', 'before', 'after']) add(`figures.${i}.${key}`, f[key], cited(f.from), 'figure');
    });
  }
  return out;
}

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

/** Where `needle` stands in `paragraph`, in comparison form (either script): its offset and the source's own passage. */
function locate(needle: Needle, paragraph: string): { offset: number; text: string } | undefined {
  if (needle.kind === 'figure') {
    if (!figureOccursIn(needle.text, paragraph, toSimplified)) return undefined;
    const at = normaliseFigureText(paragraph, { toSimplified }).indexOf(normaliseFigureText(needle.text, { toSimplified }));
    // A figure is recorded as the entry writes it: the check normalises numerals and units itself.
    return { offset: Math.max(0, at), text: needle.text };
  }
  const key = quotationKey(paragraph);
  const q = quotationKey(needle.text);
  let at = key.indexOf(q);
  if (at < 0) at = toSimplified(key).indexOf(toSimplified(q));
  return at < 0 ? undefined : { offset: at, text: key.slice(at, at + q.length) };
}

export interface BuiltFingerprint {
  fingerprint: SourceFingerprint;
  /** Passages that could not be recorded: not in the text where the entry says, or too long. */
  unrecorded: { needle: Needle; why: string }[];
}

/** The fingerprint of `text` (source `id`) with every passage the entries take from it. */
export function buildFingerprint(id: string, text: string, needles: readonly Needle[]): BuiltFingerprint {
  const doc = splitParagraphs(text);
  const paragraphs = Array.from({ length: doc.count }, (_, i) => {
    const p = doc.at(i + 1)!;
    return {
      length: [...p].length,
      sha256: sha256(p),
      numbers: numbersIn(p, { toSimplified }),
      blanks: findBlanks(p).map((b) => b.text),
    };
  });
  const quotes = new Map<string, RecordedQuote>();
  const unrecorded: BuiltFingerprint['unrecorded'] = [];
  for (const needle of needles) {
    if ([...quotationKey(needle.text)].length > QUOTE_MAX) {
      unrecorded.push({ needle, why: `超过 ${QUOTE_MAX} 个字，不能记录（引语和 evidence 都不超过 ${QUOTE_MAX} 个字）` });
      continue;
    }
    let found = false;
    for (const n of needle.paragraphs) {
      const p = doc.at(n);
      const hit = p === undefined ? undefined : locate(needle, p);
      if (!hit) continue;
      found = true;
      quotes.set(`${n}\0${hit.offset}\0${hit.text}`, { paragraph: n, offset: hit.offset, text: hit.text });
      if (needle.kind === 'quote') break;
    }
    if (!found) unrecorded.push({ needle, why: '在所引段落中找不到' });
  }
  const letters = (s: string) => lettersOf(s).s;
  return {
    fingerprint: {
      source: id,
      winnowParams: WINNOW,
      paragraphs,
      quotes: [...quotes.values()].sort((a, b) => a.paragraph - b.paragraph || a.offset - b.offset || (a.text < b.text ? -1 : 1)),
      winnow: { hans: winnow(letters(toSimplified(text))), hant: winnow(letters(toTraditional(text))) },
    },
    unrecorded,
  };
}

/** The file as written: one paragraph or passage per line, so a change shows as a small diff. */
export function fingerprintJson(fp: SourceFingerprint): string {
  const line = (v: unknown) => JSON.stringify(v);
  return `{
  "source": ${line(fp.source)},
  "about": ${line(
    '该来源全文不在代码库中（第三方网页，不转载）。这里只有：每段的字数、SHA-256 和其中的数字与空白记号，条目所引短句（核对原文后记录），以及抄袭检查用的抽样指纹。由 npm run source -- record 生成，请勿手改。',
  )},
  "winnowParams": ${line(fp.winnowParams)},
  "paragraphs": [
${fp.paragraphs.map((p) => `    ${line(p)}`).join(',\n')}
  ],
  "quotes": [
${fp.quotes.map((q) => `    ${line(q)}`).join(',\n')}
  ],
  "winnow": {
    "hans": ${line(fp.winnow.hans)},
    "hant": ${line(fp.winnow.hant)}
  }
}
`;
}
