/**
 * Filling in the content editor's case form (Decap CMS at /admin/) in Chromium, shared by the
 * editor's browser tests: whatever the backend, the form is the same.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { runScript } from './run-script';

/** The control of a field: `path` names it from the top (`unit.name`), `scope` narrows to a list item. */
export function control(scope: Page | Locator, path: string): Locator {
  let loc: Page | Locator = scope;
  const parts = path.split('.');
  for (const [i, part] of parts.entries()) {
    const last = i === parts.length - 1;
    loc = loc.locator(`[id^="${part}-field-"]`).first();
    void last;
  }
  return loc as Locator;
}

export async function fill(scope: Page | Locator, path: string, value: string) {
  await control(scope, path).fill(value);
}

/** Chooses an option of a select field by typing its value and taking the first match. */
export async function choose(scope: Page | Locator, path: string, ...values: string[]) {
  const input = control(scope, path);
  for (const v of values) {
    await input.click();
    await input.pressSequentially(v);
    await input.page().keyboard.press('Enter');
  }
}

/**
 * Fills in a new case: title, unit, one practice with its citation and evidence, one figure, and
 * what else the schema requires, plus the contribution's answers (report fingerprinted only, licence).
 */
export async function fillNewCase(page: Page, slug: string) {
  await control(page, 'title').waitFor();
  await fill(page, 'slug', slug);
  await fill(page, 'title', '表单新建的县局服务案例');
  await fill(page, 'summary', '一个县级单位的创建总结，编者用表单整理：它把服务承诺和自动站建设写在一起。');
  await fill(page, 'unit.name', '县{withheld}局');
  await choose(page, 'unit.nameBasis', 'partly-withheld');
  await choose(page, 'unit.type', 'public-institution');
  await choose(page, 'unit.sector', 'meteorology');
  await choose(page, 'unit.reportingEntity', 'unit');
  await fill(page, 'unit.region.label', '未说明');
  await choose(page, 'unit.region.basis', 'absent');
  await fill(page, 'unit.region.clue', '文中只说“我县”，没有地名。');
  await choose(page, 'honour.level', 'municipal');
  await choose(page, 'honour.status', 'held');
  await fill(page, 'period.reported', '2003');
  await fill(page, 'period.from', '2003');
  await fill(page, 'period.to', '2008');
  await choose(page, 'period.basis', 'stated');
  await choose(page, 'themes.primary', 'service-performance');
  await choose(page, 'tags', 'leading-group', 'service-standards');

  // One practice: its name, summary, tags, the paragraph it cites and a short quotation from it.
  await page.getByRole('button', { name: /新增.*practices/ }).click();
  const practice = page.locator('[id^="practices-field-"]').first();
  await fill(practice, 'id', 'yibashou-leadership');
  await fill(practice, 'name', '“一把手工程”领导体制');
  await fill(practice, 'summary', '局里由一把手负责创建，各股室分工合作。');
  await choose(practice, 'tags', 'leading-group');
  await practice.getByRole('button', { name: /新增.*from/ }).click();
  await practice.locator('input[type="number"]').last().fill('61');
  await fill(practice, 'evidence', '实行“一把手工程”,各股室分工负责、相互配合');

  // One figure, as the report states it.
  await page.getByRole('button', { name: /新增.*figures/ }).click();
  const figure = page.locator('[id^="figures-field-"]').first();
  await fill(figure, 'label', '社会满意率');
  await fill(figure, 'value', '90以上');
  await figure.getByRole('button', { name: /新增.*from/ }).click();
  await figure.locator('input[type="number"]').last().fill('67');

  await choose(page, 'source.id', '000_553786800db20cef');
  const lines = control(page, 'source.lines');
  await page
    .locator('[id^="source-field-"]')
    .getByRole('button', { name: /新增.*lines/ })
    .click();
  await page
    .locator('[id^="source-field-"]')
    .getByRole('button', { name: /新增.*lines/ })
    .click();
  const numbers = page.locator('[id^="source-field-"] input[type="number"]');
  void lines;
  await numbers.nth(0).fill('58');
  await numbers.nth(1).fill('71');
  await fill(page, 'source.report', '3');
  await fill(page, 'source.heading', '（无编号）2021年度创建文明单位工作总结');
  await fill(page, 'added', '2026-12-01');
  await fill(page, 'updated', '2026-12-01');
  // The body: Decap's raw Markdown editor is a content-editable box under the field's label.
  const body = page.locator('label[for^="body-field-"]').locator('xpath=../..').locator('textarea, [contenteditable="true"]').first();
  await body.click();
  // A short case's body: what it rests on, then how its practice fits (validate wants at least BODY_CHARS.min).
  await page.keyboard.type('这个条目依据种子汇编里一个县级单位的创建总结，编者用表单整理，只取其中的领导体制和一个满意率数字。');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type(
    '局里由一把手负责创建，各股室分头承担、彼此配合；报告用社会满意率说明服务的结果。原文隐去了行业名称，条目照样不补；报告也没有写这种分工从哪一年开始，条目不替它推断。',
  );

  // What travels with the contribution: the report may only be fingerprinted; the entry's licence.
  await choose(page, 'contribution.reportUse', '只保存指纹');
  await choose(page, 'contribution.licence', '同意');
}

/**
 * Attaches a report through the form's file field: Decap's media library opens, the file is
 * uploaded through its file input and chosen for the field.
 */
export async function attachReport(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  // The form has one file field: the report's.
  await page.getByRole('button', { name: '选择文件' }).click();
  await page.locator('input[type="file"]').setInputFiles(file);
  await page.getByRole('button', { name: '选用已选中项目' }).click();
}

/** `npm run validate` on one saved entry alone passes, as a hand-written entry's would. */
export function expectValidAlone(slug: string, text: string) {
  const alone = mkdtempSync(join(tmpdir(), 'editor-validate-'));
  mkdirSync(join(alone, 'cases'));
  writeFileSync(join(alone, `cases/${slug}.mdx`), text);
  const result = runScript('scripts/validate.ts', [join(alone, 'cases')]);
  rmSync(alone, { recursive: true, force: true });
  expect(`${result.out}${result.err}`).not.toMatch(/✗/);
  expect(result.code).toBe(0);
  expect(result.out).toMatch(/检查了 1 个案例，没有发现问题/);
}
