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
 *
 * From the bottom: src/core/, src/text/, src/schemas/ and src/loaders/, the domain folders, then the
 * collection (src/data/), build steps, browser code (src/client/) and the pages.
 */

const why = (rule, text) => `[layer:${rule}] ${text} See docs/architecture.md, "Layers".`;

/** The domain folders: each owns one job and sits above src/schemas/, src/loaders/ and src/text/. */
export const DOMAINS = ['validation', 'import', 'search', 'basket', 'browsing', 'open-data', 'lib'];

/** Everything above the schemas and loaders: the domains, then what uses them (the collection, build steps, browser code). */
const ABOVE_SCHEMAS = [...DOMAINS, 'editor', 'data', 'integrations', 'client', 'i18n', 'components', 'layouts', 'pages'];

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
  // src/text/ (the wording of messages, Chinese text) is what schemas and loaders word their errors
  // with, so it stands right above src/core/ and below them: it imports src/core/ and opencc-js only.
  'text-below-schemas': [
    {
      regex: '^\\.\\./(?!core/)',
      message: why('text-below-schemas', 'src/text/ sits below the schemas and loaders: of the project it imports only src/core/.'),
    },
    {
      regex: '^(node:|astro|yaml$)',
      message: why('text-below-schemas', 'src/text/ is pure and browser-safe: no node:*, astro or yaml.'),
    },
  ],
  // Validation, import, the build and the browser all stand on the schemas and loaders; an import the
  // other way would make the bottom depend on one of the domains.
  'below-domains': [
    {
      regex: `(^|/)(${ABOVE_SCHEMAS.join('|')})/`,
      message: why(
        'below-domains',
        'src/schemas/ and src/loaders/ sit below every domain folder: they import src/core/, src/text/, each other and src/config only.',
      ),
    },
    {
      regex: '^astro:',
      message: why('below-domains', 'src/schemas/ and src/loaders/ are shared by validation and the build: no astro:* virtual module.'),
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
        'browser code (src/client/, src/i18n/, <script> in .astro files) runs in the reader’s browser: no node:*, astro or yaml.',
      ),
    },
    {
      regex: '(^|/)(data|loaders|integrations|schemas|validation|import)/|(^|/)config$',
      message: why(
        'browser-safe',
        'browser code imports only browser-safe modules (src/core/, src/text/, the pure domain folders, src/i18n/, src/client/), never file loaders, the collection, validation, import or build steps.',
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
  // The content editor's configuration and file format: pure (the build step writes what it makes),
  // and its file format runs in the contributor's browser, so it reads nothing and asks no build.
  'editor-pure': [
    {
      regex: '^(node:|astro:)|(^|/)(loaders|data|validation|integrations|client|import)/',
      message: why(
        'editor-pure',
        'src/editor/ (the /admin/ editor’s configuration and file format) is pure and partly runs in the browser: no node:*, no astro:*, no loaders, collection, validation, import or build steps; the build step (src/integrations/editor.ts) passes in what it read.',
      ),
    },
  ],
  'domain-no-io': [
    {
      regex: '^(node:|yaml$)|(^|/)loaders/',
      message: why(
        'domain-no-io',
        'the pure domain folders (search, basket, browsing, open-data, import, lib) use no node:* and read no files (browser code imports them); reading is the loaders’ job (src/loaders/), and callers pass what was read.',
      ),
    },
    {
      regex: '^astro:|(^|/)data/',
      message: why('domain-no-io', 'the pure domain folders are below the collection: no astro:* and no src/data/.'),
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
  { files: ['src/text/**'], rules: ['text-below-schemas', 'below-pages'] },
  { files: ['src/schemas/**', 'src/loaders/**'], rules: ['below-domains', 'below-pages'] },
  { files: ['src/{search,basket,browsing,open-data,import,lib}/**'], rules: ['domain-no-io', 'below-pages'] },
  { files: ['src/validation/**'], rules: ['node-tools', 'below-pages'] },
  { files: ['src/editor/**'], rules: ['editor-pure', 'below-pages'] },
  { files: ['src/client/**', 'src/i18n/**', ...CLIENT_SCRIPTS], rules: ['browser-safe', 'below-pages'] },
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
