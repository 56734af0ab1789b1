/**
 * The layering of docs/architecture.md is enforced by `npm run lint`. These lint small snippets,
 * as if they were files in the folders named, through ESLint's Node API with the project's own
 * config, and check that an import against a rule fails with the rule's name, and that the
 * imports each layer is meant to make pass. A dynamic import() is checked by `no-restricted-syntax`
 * with the same messages, and the <script> of an .astro file is linted as a file of its own.
 */
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths';

const eslint = new ESLint({ cwd: ROOT });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

describe('layers enforced by lint', () => {
  // Loading the config and its parsers takes seconds the first time; the checks after are quick.
  beforeAll(() => layerErrors('src/core/warm-up.ts', 'export {};\n'), 60_000);

  it('src/core/ imports nothing of the project outside src/core/, and no package', async () => {
    expect(await layerErrors('src/core/x.ts', "import { paths } from '../lib/urls';\nexport const x = paths;\n")).toEqual([
      expect.stringContaining('[layer:core-pure]'),
    ]);
    expect(await layerErrors('src/core/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n")).toEqual([
      expect.stringContaining('[layer:core-pure]'),
    ]);
    expect(await layerErrors('src/core/x.ts', "import { PARAM } from './routes';\nexport const x = PARAM;\n")).toEqual([]);
  });

  it('src/core/ makes no dynamic import at all', async () => {
    for (const bad of ["'node:fs'", "'./routes'", 'name']) {
      expect(await layerErrors('src/core/x.ts', `export const load = (name: string) => import(${bad});\n`), bad).toEqual([
        expect.stringContaining('[layer:core-pure]'),
      ]);
    }
  });

  it('nothing below the pages imports a component, layout or page', async () => {
    const errors = await layerErrors('src/search/x.ts', "import Card from '../components/CaseCard.astro';\nexport const x = Card;\n");
    expect(errors).toEqual([expect.stringContaining('[layer:below-pages]')]);
    expect(errors[0]).toContain('docs/architecture.md');
    expect(await layerErrors('src/components/X.astro', "---\nimport Page from '../pages/index.astro';\n---\n<Page />\n")).toEqual([
      expect.stringContaining('[layer:no-page-imports]'),
    ]);
  });

  it('browser scripts import only browser-safe modules', async () => {
    for (const bad of ["'../data/archive'", "'../loaders/taxonomy'", "'node:fs'", "'astro:content'"]) {
      expect(await layerErrors('src/client/x.ts', `import * as m from ${bad};\nexport const x = m;\n`), bad).toEqual([
        expect.stringContaining('[layer:browser-safe]'),
      ]);
    }
    expect(await layerErrors('src/client/x.ts', "import { parseState } from '../search/state';\nexport const x = parseState;\n")).toEqual(
      [],
    );
  });

  it('so do src/i18n/ and the <script> blocks of .astro files, which browser scripts and pages ship', async () => {
    for (const bad of ["'node:fs'", "'../loaders/taxonomy'"]) {
      expect(await layerErrors('src/i18n/x.ts', `import * as m from ${bad};\nexport const x = m;\n`), bad).toEqual([
        expect.stringContaining('[layer:browser-safe]'),
      ]);
      const astro = `---\n---\n<div></div>\n<script>\n  import * as m from ${bad};\n  console.log(m);\n</script>\n`;
      expect(await layerErrors('src/components/X.astro', astro), bad).toEqual([expect.stringContaining('[layer:browser-safe]')]);
    }
    expect(await layerErrors('src/i18n/x.ts', "import { fill } from './fill';\nexport const x = fill;\n")).toEqual([]);
    const ok =
      "---\n---\n<div></div>\n<script>\n  import { PARAM } from '../core/routes';\n  import '../client/basket-buttons';\n  console.log(PARAM);\n</script>\n";
    expect(await layerErrors('src/components/X.astro', ok)).toEqual([]);
  });

  it('browser scripts import dynamically only what they may import statically', async () => {
    for (const bad of ["'node:fs'", '`astro:content`', "'../loaders/taxonomy'", '`../data/${name}`']) {
      expect(await layerErrors('src/client/x.ts', `export const load = (name: string) => import(${bad});\n`), bad).toEqual([
        expect.stringContaining('[layer:browser-safe]'),
      ]);
    }
    const astro = "---\n---\n<div></div>\n<script>\n  console.log(import('node:fs'));\n</script>\n";
    expect(await layerErrors('src/pages/x.astro', astro)).toEqual([expect.stringContaining('[layer:browser-safe]')]);
    for (const ok of ["'../basket/basket-docx'", "'./traditional-chars'", '`${name}pagefind.js`']) {
      expect(await layerErrors('src/client/x.ts', `export const load = (name: string) => import(${ok});\n`), ok).toEqual([]);
    }
  });

  it('Node tools and validation never import astro:* or the collection', async () => {
    expect(await layerErrors('scripts/x.ts', "import { getCollection } from 'astro:content';\nexport const x = getCollection;\n")).toEqual([
      expect.stringContaining('[layer:node-tools]'),
    ]);
    expect(await layerErrors('src/validation/x.ts', "import { getCases } from '../data/archive';\nexport const x = getCases;\n")).toEqual([
      expect.stringContaining('[layer:node-tools]'),
    ]);
    expect(
      await layerErrors('scripts/x.ts', "import { loadTaxonomy } from '../src/loaders/taxonomy';\nexport const x = loadTaxonomy;\n"),
    ).toEqual([]);
  });

  it('only the loaders read files: the pure domain folders do not, and loaders import neither validation nor the build', async () => {
    expect(await layerErrors('src/basket/x.ts', "import { parse } from 'yaml';\nexport const x = parse;\n")).toEqual([
      expect.stringContaining('[layer:domain-no-io]'),
    ]);
    // Browser code imports the pure domain folders, so they use no node:* at all; src/validation/ is a Node tool.
    expect(await layerErrors('src/basket/x.ts', "import { createHash } from 'node:crypto';\nexport const x = createHash;\n")).toEqual([
      expect.stringContaining('[layer:domain-no-io]'),
    ]);
    expect(await layerErrors('src/basket/x.ts', "export const load = () => import('node:fs');\n")).toEqual([
      expect.stringContaining('[layer:domain-no-io]'),
    ]);
    expect(await layerErrors('src/validation/x.ts', "import { createHash } from 'node:crypto';\nexport const x = createHash;\n")).toEqual(
      [],
    );
    expect(await layerErrors('src/loaders/x.ts', "import { getCases } from '../data/archive';\nexport const x = getCases;\n")).toEqual([
      expect.stringContaining('[layer:below-domains]'),
    ]);
  });

  it('schemas and loaders sit below every domain folder: an import up from them fails', async () => {
    // The seven upward imports this rule was written against: loaders and schemas took their wording
    // and the Chinese-text facts from src/lib/. Those live in src/text/ now, below both.
    for (const file of ['src/schemas/x.ts', 'src/loaders/x.ts']) {
      for (const up of [
        "'../lib/messages'",
        "'../validation/problem'",
        "'../search/terms'",
        "'../import/text'",
        "'../client/basket-store'",
      ]) {
        expect(await layerErrors(file, `import * as m from ${up};\nexport const x = m;\n`), `${file} ${up}`).toEqual([
          expect.stringContaining('[layer:below-domains]'),
        ]);
        expect(await layerErrors(file, `export const load = () => import(${up});\n`), `${file} import(${up})`).toEqual([
          expect.stringContaining('[layer:below-domains]'),
        ]);
      }
      for (const down of ["'../text/messages'", "'../text/cjk'", "'../core/slug'", "'../schemas/case'", "'../config'", "'astro/zod'"]) {
        expect(await layerErrors(file, `import * as m from ${down};\nexport const x = m;\n`), `${file} ${down}`).toEqual([]);
      }
    }
  });

  it('src/text/ sits below the schemas and loaders: of the project it imports only src/core/', async () => {
    for (const up of ["'../schemas/case'", "'../loaders/taxonomy'", "'../lib/format'", "'node:fs'"]) {
      expect(await layerErrors('src/text/x.ts', `import * as m from ${up};\nexport const x = m;\n`), up).toEqual([
        expect.stringContaining('[layer:text-below-schemas]'),
      ]);
    }
    for (const ok of ["'../core/slug'", "'./suggest'", "'opencc-js/core'"]) {
      expect(await layerErrors('src/text/x.ts', `import * as m from ${ok};\nexport const x = m;\n`), ok).toEqual([]);
    }
  });
});
