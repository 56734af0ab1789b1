/**
 * npm run docs:fields [-- --check]
 *
 * Regenerates docs/case-fields.md from the schema and the taxonomy. With --check it only says
 * whether the file is up to date (exit 1 when it is not).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadTaxonomy } from '../src/loaders/taxonomy';
import { formatFieldDocs } from '../src/validation/field-docs';
import { parseCommandLine } from './cli-args';

const { values } = parseCommandLine({ options: { check: { type: 'boolean' } } }, 'npm run docs:fields [-- --check]');

const FIELD_DOCS = resolve('docs/case-fields.md');
const text = await formatFieldDocs(loadTaxonomy(), resolve('src/schemas'), FIELD_DOCS);
const current = existsSync(FIELD_DOCS) ? readFileSync(FIELD_DOCS, 'utf8') : '';
if (values.check) {
  if (current !== text) {
    console.error('docs/case-fields.md 已过期：请运行 npm run docs:fields 并提交结果。');
    process.exit(1);
  }
  console.log('docs/case-fields.md 是最新的。');
} else if (current === text) {
  console.log('docs/case-fields.md 已是最新，无需改动。');
} else {
  writeFileSync(FIELD_DOCS, text);
  console.log('已更新 docs/case-fields.md。');
}
