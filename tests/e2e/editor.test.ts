/**
 * The content editor at /admin/ in Chromium, saving locally as `npm run admin` does: the built
 * editor page, Decap's local backend and a real decap-server writing into a scratch copy of the
 * archive's content (never into content/ itself).
 *
 * - A new case made through the form (title, unit, a practice with its citation and evidence, a
 *   figure, and what else the schema requires) is written to cases/<slug>.mdx, and that file passes
 *   `npm run validate` like a hand-written one; the report uploaded through the form's file field is
 *   written byte for byte under content/contributions/ (git-ignored: the form says so), and the
 *   entry's contribution line names it. Locally the form keeps its Media button, which the git-host
 *   flow hides (tests/e2e/editor-github.test.ts).
 * - An existing case opened and saved keeps its data, and its file.
 * - The page keeps to its own policy: no violation, no request outside the site and the local backend.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { siteInChrome } from '../helpers/site-in-chrome';
import { ROOT } from '../helpers/paths';
import { DECAP_DIST } from '../../src/integrations/editor';
import { splitCaseFile } from '../../src/editor/case-file';
import { attachReport, control, expectValidAlone, fillNewCase } from '../helpers/editor-form';

const env = siteInChrome();
const SERVER = join(ROOT, 'editor/node_modules/decap-server/dist/index.js');

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.on('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });
}

let repo = '';
let port = 0;
let proxy: ChildProcess | undefined;

beforeAll(async () => {
  if (!existsSync(SERVER) || !existsSync(DECAP_DIST)) throw new Error('the editor is not installed: run npm run admin:install');
  repo = mkdtempSync(join(tmpdir(), 'editor-test-'));
  mkdirSync(join(repo, 'content'));
  cpSync(join(ROOT, 'content/cases'), join(repo, 'content/cases'), { recursive: true });
  port = await freePort();
  proxy = spawn(process.execPath, [SERVER], {
    env: { ...process.env, PORT: String(port), MODE: 'fs', GIT_REPO_DIRECTORY: repo, BIND_HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  // Ready when it answers.
  for (let i = 0; i < 100; i += 1) {
    const ok = await fetch(`http://127.0.0.1:${port}/api/v1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'info' }),
    }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 100));
  }
}, 30_000);

afterAll(() => {
  proxy?.kill();
  if (repo) rmSync(repo, { recursive: true, force: true });
});

/** Opens the editor signed in to the local backend, recording policy violations and foreign requests. */
async function openEditor(hash = '') {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 1000 }, acceptDownloads: true });
  const foreign: string[] = [];
  const site = new URL(env.site.url);
  context.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol === 'blob:' || u.protocol === 'data:') return;
    if (u.host !== site.host && u.host !== `127.0.0.1:${port}`) foreign.push(r.url());
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const w = window as unknown as { __csp?: string[] };
      (w.__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const page = await context.newPage();
  await page.goto(`${env.site.url}admin/?proxy=${port}`);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL(/#\/collections\/cases/);
  if (hash) {
    await page.goto(`${env.site.url}admin/?proxy=${port}${hash}`);
  }
  const violations = () => page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
  return { context, page, foreign, violations };
}

describe('the content editor at /admin/ (Decap CMS, local backend)', () => {
  it('creates a case through the form; the file it writes passes npm run validate', async () => {
    const { context, page, foreign, violations } = await openEditor();
    // Locally the header keeps its Media button (uploads stay in the clone); the git-host flow hides it.
    await page.getByRole('button', { name: '媒体', exact: true }).waitFor();
    await page.goto(`${env.site.url}admin/?proxy=${port}#/collections/cases/new`);
    await fillNewCase(page, 'editor-made-weather-case');
    // The page found decap-server: the form speaks of the clone, where uploads stay out of git.
    expect(await page.getByText(/保存时写进本机的 content\/contributions\/（这个文件夹不进 git）/).count()).toBe(1);
    // The report, uploaded through the form's file field: decap-server writes it beside the entries.
    const report = {
      name: 'report.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('（无编号）2021年度创建文明单位工作总结\r\n一、基本情况\r\n', 'utf8'),
    };
    await attachReport(page, report);

    await page.getByRole('button', { name: '发布' }).first().click();
    await page.getByText('立即发布').click();
    const file = join(repo, 'content/cases/editor-made-weather-case.mdx');
    // Wait for the whole entry, not the file's first appearance (decap-server writes in steps).
    await expect
      .poll(() => existsSync(file) && (parse(splitCaseFile(readFileSync(file, 'utf8')).frontmatter) as { added?: string } | null)?.added, {
        timeout: 15_000,
      })
      .toBe('2026-12-01');

    const text = readFileSync(file, 'utf8');
    const data = parse(splitCaseFile(text).frontmatter);
    expect(data).toMatchObject({
      title: '表单新建的县局服务案例',
      unit: { name: '县{withheld}局', type: 'public-institution', sector: 'meteorology' },
      practices: [{ id: 'yibashou-leadership', from: [61], evidence: '实行“一把手工程”,各股室分工负责、相互配合' }],
      figures: [{ label: '社会满意率', value: '90以上', from: [67] }],
      source: { id: '000_553786800db20cef', lines: [58, 71] },
      added: '2026-12-01',
    });
    // Written the way entries are: dates quoted, citations in flow style, no form-only fields.
    expect(text).toMatch(/^added: '2026-12-01'$/m);
    expect(text).toMatch(/^ {4}from: \[61\]$/m);
    expect(text).not.toMatch(/^slug:/m);
    expect(text.split('\n')[1]).toBe(
      '# 投稿 contribution: {"report":"/content/contributions/report.txt","reportUse":"fingerprint","licence":"CC BY 4.0"}',
    );
    // The report travels with the entry, byte for byte, where the maintainer's import finds it.
    expect(readFileSync(join(repo, 'content/contributions/report.txt'))).toEqual(report.buffer);

    // The file passes validate on its own, like a hand-written entry.
    expectValidAlone('editor-made-weather-case', text);

    expect(await violations()).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  }, 120_000);

  it('opens an existing case and saves a change to one field: only that line of the file changes', async () => {
    const slug = 'county-weather-bureau-service';
    const file = join(repo, `content/cases/${slug}.mdx`);
    const before = readFileSync(file, 'utf8');
    const { context, page } = await openEditor(`#/collections/cases/entries/${slug}`);
    await control(page, 'title').waitFor();
    // One change (the date of the last substantive change), saved through the editor's save path.
    await control(page, 'updated').fill('2026-12-06');
    await page.getByRole('button', { name: '发布' }).first().click();
    await page.getByText('立即发布').click();
    // decap-server writes the file in more than one step: wait until what is there is the whole entry.
    const saved = () => {
      const text = readFileSync(file, 'utf8');
      return text !== before && (parse(splitCaseFile(text).frontmatter) as { updated?: string } | null)?.updated;
    };
    await expect.poll(saved, { timeout: 15_000 }).toBe('2026-12-06');
    const after = readFileSync(file, 'utf8');
    expect(parse(splitCaseFile(after).frontmatter)).toEqual({ ...parse(splitCaseFile(before).frontmatter), updated: '2026-12-06' });
    expect(splitCaseFile(after).body).toBe(splitCaseFile(before).body);
    // Every other value keeps its original text, so the pull request's diff is that one line.
    const changed = after.split('\n').filter((line, i) => line !== before.split('\n')[i]);
    expect(changed).toEqual(["updated: '2026-12-06'"]);
    await context.close();
  }, 120_000);
});
