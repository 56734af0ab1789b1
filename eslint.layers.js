/**
 * The layers of the code, enforced by `npm run lint` (docs/architecture.md, "Layers"). Each folder
 * gets one `no-restricted-imports` list; an import against a rule fails with a message that starts
 * with the rule's name in brackets, e.g. `[layer:core-pure]`.
 *
 * Patterns are regular expressions on the import as written ('../lib/x', 'node:fs', 'astro:content'),
 * which is how every file of the project imports: by relative path or package name.
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
      message: why('browser-safe', 'browser scripts (src/scripts/) run in the reader’s browser: no node:*, astro or yaml.'),
    },
    {
      regex: '(^|/)(data|loaders|integrations|schemas)/|(^|/)lib/validate/|(^|/)config$',
      message: why(
        'browser-safe',
        'browser scripts import only browser-safe modules (src/core/, src/lib/, src/i18n/), never file loaders, the collection or build steps.',
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
      regex: '^(node:fs|yaml$)|(^|/)loaders/',
      message: why('lib-no-io', 'src/lib/ reads no files; reading is the loaders’ job (src/loaders/), and callers pass what was read.'),
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

/** Which rules hold in which folder. Later entries win for a file that two globs match. */
const FOLDERS = [
  { files: ['src/**/*.{ts,astro,mjs,js}'], rules: ['below-pages'] },
  { files: ['src/components/**', 'src/layouts/**'], rules: ['no-page-imports'] },
  { files: ['src/pages/**'], rules: ['no-page-imports'] },
  { files: ['src/core/**'], rules: ['core-pure', 'below-pages'] },
  { files: ['src/lib/**'], rules: ['lib-no-io', 'below-pages'] },
  { files: ['src/lib/validate/**'], rules: ['node-tools', 'below-pages'] },
  { files: ['src/loaders/**'], rules: ['loaders-below-build', 'below-pages'] },
  { files: ['src/scripts/**'], rules: ['browser-safe', 'below-pages'] },
  { files: ['src/schemas/**', 'src/i18n/**'], rules: ['node-tools', 'below-pages'] },
  { files: ['src/integrations/**'], rules: ['node-tools', 'below-pages'] },
  { files: ['scripts/**'], rules: ['node-tools', 'below-pages'] },
];

/** ESLint config objects, one per folder. */
export const layers = FOLDERS.map(({ files, rules }) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: rules.flatMap((name) => RULES[name]) }] },
}));
