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

/**
 * What an entry's body may hold besides Markdown. A contribution is untrusted content: an MDX body
 * is compiled into a module that runs inside `npm run build`, on the maintainers' and CI's machines,
 * so `npm run validate` and the build's entry check refuse everything that could run or load
 * anything (src/validation/mdx.ts): imports and exports, `{expressions}` other than comments,
 * components, event handlers and `javascript:` links. What is left is HTML that only marks up text.
 *
 * The project lists no components for entries (none of them needs one); a component added for
 * entries one day is named here, and only here.
 */
export const ENTRY_COMPONENTS: readonly string[] = [];

/** Plain HTML elements a body may use: text markup only, nothing that loads, runs or styles. */
export const ENTRY_HTML_ELEMENTS: readonly string[] = [
  'a',
  'abbr',
  'b',
  'blockquote',
  'br',
  'cite',
  'code',
  'dd',
  'del',
  'details',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'h2',
  'h3',
  'h4',
  'hr',
  'i',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'q',
  'rp',
  'rt',
  'ruby',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'u',
  'ul',
];

/**
 * URL schemes a link or attribute may not use: they run code in the reader's browser. Compared
 * after removing what browsers ignore in a scheme (whitespace, control characters) and case.
 */
export function isScriptUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  const scheme = url.replace(/[\u0000-\u0020\u007f]+/g, '').toLowerCase();
  return /^(?:javascript|vbscript|data):/.test(scheme);
}
