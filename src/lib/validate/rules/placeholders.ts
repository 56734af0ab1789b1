import { problemAt } from '../problem';
import type { EntryRule } from './context';

import { PLACEHOLDER } from '../../../core/draft';

// The marker itself lives in src/core/draft.ts (schemas and the citation checks need it too).
export { PLACEHOLDER };

/** A warning for every line still holding the scaffold's placeholder (CI, run with --strict, fails on it). */
export const placeholdersRule: EntryRule = (entry) =>
  entry.text
    .split('\n')
    .flatMap((line, i) =>
      line.includes(PLACEHOLDER)
        ? [problemAt(entry, i + 1, entry.fieldAt(i + 1), `还有${PLACEHOLDER}的内容，提交前请写好或删去`, 'warning')]
        : [],
    );
