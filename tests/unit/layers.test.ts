/**
 * The layering of docs/architecture.md is enforced by `npm run lint`. These lint small snippets,
 * as if they were files in the folders named, through ESLint's Node API with the project's own
 * config, and check that an import against a rule fails with the rule's name, and that the
 * imports each layer is meant to make pass.
 */
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths';

const eslint = new ESLint({ cwd: ROOT });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
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

  it('nothing below the pages imports a component, layout or page', async () => {
    const errors = await layerErrors('src/lib/x.ts', "import Card from '../components/CaseCard.astro';\nexport const x = Card;\n");
    expect(errors).toEqual([expect.stringContaining('[layer:below-pages]')]);
    expect(errors[0]).toContain('docs/architecture.md');
    expect(await layerErrors('src/components/X.astro', "---\nimport Page from '../pages/index.astro';\n---\n<Page />\n")).toEqual([
      expect.stringContaining('[layer:no-page-imports]'),
    ]);
  });

  it('browser scripts import only browser-safe modules', async () => {
    for (const bad of ["'../data/archive'", "'../loaders/taxonomy'", "'node:fs'", "'astro:content'"]) {
      expect(await layerErrors('src/scripts/x.ts', `import * as m from ${bad};\nexport const x = m;\n`), bad).toEqual([
        expect.stringContaining('[layer:browser-safe]'),
      ]);
    }
    expect(
      await layerErrors('src/scripts/x.ts', "import { parseState } from '../lib/search/state';\nexport const x = parseState;\n"),
    ).toEqual([]);
  });

  it('Node tools and validation never import astro:* or the collection', async () => {
    expect(await layerErrors('scripts/x.ts', "import { getCollection } from 'astro:content';\nexport const x = getCollection;\n")).toEqual([
      expect.stringContaining('[layer:node-tools]'),
    ]);
    expect(
      await layerErrors('src/lib/validate/x.ts', "import { getCases } from '../../data/archive';\nexport const x = getCases;\n"),
    ).toEqual([expect.stringContaining('[layer:node-tools]')]);
    expect(
      await layerErrors('scripts/x.ts', "import { loadTaxonomy } from '../src/loaders/taxonomy';\nexport const x = loadTaxonomy;\n"),
    ).toEqual([]);
  });

  it('only the loaders read files: src/lib/ does not, and loaders import neither validation nor the build', async () => {
    expect(await layerErrors('src/lib/x.ts', "import { parse } from 'yaml';\nexport const x = parse;\n")).toEqual([
      expect.stringContaining('[layer:lib-no-io]'),
    ]);
    expect(await layerErrors('src/loaders/x.ts', "import { getCases } from '../data/archive';\nexport const x = getCases;\n")).toEqual([
      expect.stringContaining('[layer:loaders-below-build]'),
    ]);
  });
});
