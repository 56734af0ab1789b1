/**
 * The layers of the code, enforced by `npm run lint` (docs/architecture.md, "Layers"). Each folder
 * gets one `no-restricted-imports` list; an import against a rule fails with a message that starts
 * with the rule's name in brackets, e.g. `[layer:core-pure]`.
 *
 * Patterns are regular expressions on the import as written ('../lib/x', 'node:fs', 'astro:content'),
 * which is how every file of the project imports: by relative path or package name.
 *
 * The same patterns hold for a dynamic `import('…')` whose source is written out (a string, or the
 * start of a template), through `no-restricted-syntax` with the same messages; src/core/ makes no
 * dynamic import at all. The `<script>` blocks of `.astro` files run in the browser: eslint-plugin-astro
 * lints each as a virtual file named after it (`src/components/X.astro/1.ts`), which is browser-safe.
 */

const why = (rule, text) => `[layer:${rule}] ${text} See docs/architecture.md, "Layers".`;

/** The rules, by name. Each is a list of forbidden import patterns with the message it fails with. */
export const RULES = {
  'core-pure': [
    {
      regex: '^\\.\\./',
      message: why('core-pure', 'src/core/ is pure: it imports nothing of the project outside src/core/.'),
    },
    {
      regex: '^[^.]',
      message: why('core-pure', 'src/core/ is pure: no packages, no node:*, no astro:* (no file I/O, no build).'),
    },
  ],
  'below-pages': [
    {
      regex: '(^|/)(components|layouts|pages)/|\\.astro$',
      message: why('below-pages', 'only pages, layouts and components import a component, layout or page.'),
    },
  ],
  'no-page-imports': [{ regex: '(^|/)pages/', message: why('no-page-imports', 'a page is an entry point; nothing imports it.') }],
  'browser-safe': [
    {
      regex: '^(node:|astro|yaml$)',
      message: why(
        'browser-safe',
        'browser scripts (src/scripts/, src/i18n/, <script> in .astro files) run in the reader’s browser: no node:*, astro or yaml.',
      ),
    },
    {
      regex: '(^|/)(data|loaders|integrations|schemas)/|(^|/)lib/validate/|(^|/)config$',
      message: why(
        'browser-safe',
        'browser scripts import only browser-safe modules (src/core/, src/lib/, src/i18n/, src/scripts/), never file loaders, the collection or build steps.',
      ),
    },
  ],
  'node-tools': [
    {
      regex: '^astro:|(^|/)data/',
      message: why(
        'node-tools',
        'Node tools (scripts/, validation) run without a build: no astro:* and no src/data/ (it queries the collection).',
      ),
    },
  ],
  'lib-no-io': [
    {
      regex: '^(node:|yaml$)|(^|/)loaders/',
      message: why(
        'lib-no-io',
        'src/lib/ uses no node:* and reads no files (browser scripts import it); reading is the loaders’ job (src/loaders/), and callers pass what was read.',
      ),
    },
    {
      regex: '^astro:|(^|/)data/',
      message: why('lib-no-io', 'src/lib/ is below the collection: no astro:* and no src/data/.'),
    },
  ],
  'loaders-below-build': [
    {
      regex: '^astro:|(^|/)(data|lib/validate)/',
      message: why(
        'loaders-below-build',
        'src/loaders/ is shared by validation and the build, so it imports neither (no astro:*, src/data/, src/lib/validate/).',
      ),
    },
  ],
};

/** Dynamic `import()` where a rule is stricter than its import patterns. */
const DYNAMIC = {
  'core-pure': [
    {
      selector: 'ImportExpression',
      message: why('core-pure', 'src/core/ is pure: no dynamic import() at all (it imports only src/core/, and statically).'),
    },
  ],
};

/** The virtual files of `<script>` blocks in `.astro` files (eslint-plugin-astro: `X.astro/1.ts`). */
const CLIENT_SCRIPTS = ['src/**/*.astro/*.{ts,js}'];

/** Which rules hold in which folder. Later entries win for a file that two globs match. */
const FOLDERS = [
  { files: ['src/**/*.{ts,astro,mjs,js}'], rules: ['below-pages'] },
  { files: ['src/components/**', 'src/layouts/**'], rules: ['no-page-imports'] },
  { files: ['src/pages/**'], rules: ['no-page-imports'] },
  { files: ['src/core/**'], rules: ['core-pure', 'below-pages'] },
  { files: ['src/lib/**'], rules: ['lib-no-io', 'below-pages'] },
  { files: ['src/lib/validate/**'], rules: ['node-tools', 'below-pages'] },
  { files: ['src/loaders/**'], rules: ['loaders-below-build', 'below-pages'] },
  { files: ['src/scripts/**', 'src/i18n/**', ...CLIENT_SCRIPTS], rules: ['browser-safe', 'below-pages'] },
  { files: ['src/schemas/**'], rules: ['node-tools', 'below-pages'] },
  { files: ['src/integrations/**'], rules: ['node-tools', 'below-pages'] },
  { files: ['scripts/**'], rules: ['node-tools', 'below-pages'] },
];

/** An esquery regex literal for a pattern (a `/` inside must be escaped). */
const re = (regex) => `/${regex.replaceAll('/', '\\/')}/`;

/**
 * The `no-restricted-syntax` entries of a rule: its own stricter ones, or else each import pattern
 * applied to `import('…')` whose source is a string or a template (by its first part).
 */
const dynamicImports = (name) =>
  DYNAMIC[name] ??
  RULES[name].map(({ regex, message }) => ({
    selector: `ImportExpression:matches([source.value=${re(regex)}], [source.quasis.0.value.cooked=${re(regex)}])`,
    message,
  }));

/** ESLint config objects, one per folder. */
export const layers = FOLDERS.map(({ files, rules }) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: rules.flatMap((name) => RULES[name]) }],
    'no-restricted-syntax': ['error', ...rules.flatMap(dynamicImports)],
  },
}));
