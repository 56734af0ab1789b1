import { checkCitations, type CitationResult } from './cite';
import type { EntryRule } from './context';

type Entry = Parameters<EntryRule>[0];
type Context = Parameters<EntryRule>[1];

// The rule and the coverage note read one result: each entry is parsed once per run, so the
// entry object keys its checks, which then run once instead of twice.
const results = new WeakMap<Entry, CitationResult>();
function citationsOf(entry: Entry, context: Context): CitationResult {
  let result = results.get(entry);
  if (!result) {
    result = checkCitations(entry, context.loadSource, context.sourcesDir);
    results.set(entry, result);
  }
  return result;
}

/**
 * Every claim checked against the paragraphs it cites: paragraphs in range, figures, quotations,
 * withheld values, evidence, numbers in the prose. Each check is its own module in ./cite/.
 */
export const citationsRule: EntryRule = (entry, context) => citationsOf(entry, context).problems;

/** The coverage note of an entry: the report's paragraphs nothing cites (a note, not a problem). */
export const citationNotes = (entry: Entry, context: Context): string[] => citationsOf(entry, context).notes;
