import { checkCitations } from './cite';
import type { EntryRule } from './context';

/**
 * Every claim checked against the paragraphs it cites: paragraphs in range, figures, quotations,
 * withheld values, evidence, numbers in the prose. Each check is its own module in ./cite/.
 */
export const citationsRule: EntryRule = (entry, context) => checkCitations(entry, context.loadSource, context.sourcesDir).problems;

/** The coverage note of an entry: the report's paragraphs nothing cites (a note, not a problem). */
export const citationNotes = (entry: Parameters<EntryRule>[0], context: Parameters<EntryRule>[1]): string[] =>
  checkCitations(entry, context.loadSource, context.sourcesDir).notes;
