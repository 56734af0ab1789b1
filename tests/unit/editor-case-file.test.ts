import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ORIGINAL_FIELD, readCase, splitCaseFile, writeCase } from '../../src/editor/case-file';
import { ROOT } from '../helpers/paths';

const CASES = join(ROOT, 'content/cases');
const files = readdirSync(CASES).filter((f) => f.endsWith('.mdx'));
const fm = (text: string) => parse(splitCaseFile(text).frontmatter) as Record<string, unknown>;

describe('the editor’s save path keeps an entry readable (src/editor/case-file.ts)', () => {
  it.each(files)('%s opened and saved unchanged is the same file', (file) => {
    const text = readFileSync(join(CASES, file), 'utf8');
    expect(writeCase(readCase(text))).toBe(text);
  });
});
