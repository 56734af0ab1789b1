import { BODY_CHARS, narrativeLength } from '../../core/rules';
import { PLACEHOLDER } from '../../core/draft';
import { shortBodyMessage } from '../../text/messages';
import { problemAt } from '../problem';
import type { EntryRule } from './context';

/**
 * The body says at least what even a short case must: what the case rests on and how its practices
 * fit together (BODY_CHARS). Reported at the body's first line of text. A draft body still holding
 * placeholders is left to their own "还是草稿" lines.
 */
export const bodyLengthRule: EntryRule = (entry) => {
  if (entry.body.includes(PLACEHOLDER)) return [];
  const length = narrativeLength(entry.body);
  if (length >= BODY_CHARS.min) return [];
  const first = entry.body.split('\n').findIndex((l) => l.trim() !== '');
  const line = entry.bodyLine + Math.max(first, 0);
  return [problemAt(entry, line, 'body', shortBodyMessage(length, BODY_CHARS.min))];
};
