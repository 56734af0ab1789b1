import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HtmlValidate, FileSystemConfigLoader, type Message } from 'html-validate';
import { publicPages } from '../helpers/html';
import { DIST, ROOT } from '../helpers/paths';

// Every built page, whatever other work adds, must be valid HTML under the project's rules
// (.htmlvalidate.json: html-validate's recommended set). One test lists every error on every page.
describe('valid HTML', () => {
  it('html-validate finds zero errors on every built page', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const pages = publicPages();
    expect(pages.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(readFileSync(join(DIST, page), 'utf8'), join(ROOT, page));
      for (const result of report.results) {
        for (const m of result.messages as Message[]) {
          if (m.severity === 2) problems.push(`${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

// Comments in components are for the people who write them: written as `{/* */}` they stay in the
// source; written as `<!-- -->` they shipped with every render (4.9 KB a case page, once per practice).
describe('no developer comments in pages', () => {
  it('no built public page holds an HTML comment', () => {
    const withComments = publicPages().filter((page) => readFileSync(join(DIST, page), 'utf8').includes('<!--'));
    expect(withComments).toEqual([]);
  });
});
