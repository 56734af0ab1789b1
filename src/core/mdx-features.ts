/**
 * Does an entry's body use anything that only MDX understands? Entries are `.mdx` files and may use
 * MDX (imports, exports, components, `{expressions}`), but almost none do, and compiling each one
 * into its own bundled module costs the build about a quarter of its time and most of its memory
 * at a few thousand cases (docs/performance.md). A body that uses no MDX syntax is rendered as
 * Markdown by the content layer instead (src/loaders/case-entries.ts); this decides which is which.
 *
 * The test is deliberately coarse: any `<`, `{` or `}`, or a line starting with `import`/`export`,
 * sends the body through MDX. On such a body the two compilers can disagree (raw HTML, braces,
 * autolinks), so only bodies free of all of them are trusted to the Markdown processor, where
 * the two produce the same HTML (tests/site/markdown-entries.test.ts compares them).
 */

/** Markers that make MDX read a body differently from Markdown. */
const MDX_SYNTAX = /[<>{}]|^(?:import|export)\s/m;

/**
 * Indented code is the other difference: Markdown reads a line indented by four spaces after a
 * blank line as code, MDX does not. A body with such a line goes through MDX as well.
 */
const INDENTED_BLOCK = /(?:^|\n)[ \t]*\n(?: {4}|\t)\S/;

/** True when `body` must be compiled by MDX; false when Markdown renders it the same. */
export function needsMdx(body: string): boolean {
  return MDX_SYNTAX.test(body) || INDENTED_BLOCK.test(body);
}
