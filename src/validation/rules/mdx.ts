import type { EntryRule } from './context';

/** The body compiles with the build's MDX compiler; a syntax error is reported at its line. */
export const mdxRule: EntryRule = (_entry, { body }) => body.problems;
