/**
 * The content editor's pull-request flow in Chromium, against a stand-in of GitHub's REST API
 * (tests/helpers/github-standin.ts): the built editor (dist/admin/), served with its API root and
 * OAuth service pointed at the stand-in and the production policy with only GitHub's API host
 * swapped (tests/helpers/admin-site.ts). Sign-in goes through the OAuth popup handshake, as with
 * the owner's OAuth service (docs/deploying.md).
 *
 * - A maintainer (write access) creates a case through the form and saves: the stand-in holds a
 *   branch `cms/cases/<slug>` on the repository and a pull request from it, labelled as a draft,
 *   whose entry file passes `npm run validate` like a hand-written one; the report, which the
 *   contributor said may be kept, is in the same branch.
 * - A report that may only be fingerprinted never reaches the git host: the form says to send it by
 *   other means, a save with it attached is refused before any request is written, and the header
 *   offers no Media button (whose uploads would be committed straight to a branch).
 * - A contributor without write access is asked to fork, the repository is forked to their account,
 *   the save makes a branch on the fork (the entry alone: the report was sent apart), and "in review"
 *   opens the pull request from the fork.
 * - The editor asks for nothing the stand-in does not implement, and keeps to its policy.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { launchChrome } from '../helpers/browser';
import { DIST, ROOT } from '../helpers/paths';
import { startGitHubStandIn, type GitHubStandIn } from '../helpers/github-standin';
import { serveAdmin, testPolicy, type AdminSite } from '../helpers/admin-site';
import { attachReport, choose, expectValidAlone, fillNewCase } from '../helpers/editor-form';
import { ADMIN_CSP } from '../../src/integrations/editor';
import { splitCaseFile } from '../../src/editor/case-file';

const config = JSON.parse(readFileSync(join(DIST, 'admin/config.json'), 'utf8')) as { backend: { repo: string; branch: string } };
const REPO = config.backend.repo;
const BRANCH = config.backend.branch;
const REPORT = {
  name: 'report.txt',
  mimeType: 'text/plain',
  buffer: Buffer.from('（无编号）2021年度创建文明单位工作总结\n一、基本情况\n', 'utf8'),
};

let browser: Browser;
let api: GitHubStandIn;
let site: AdminSite;

beforeAll(async () => {
  const files: Record<string, Buffer> = {};
  for (const f of readdirSync(join(ROOT, 'content/cases'))) files[`content/cases/${f}`] = readFileSync(join(ROOT, 'content/cases', f));
  api = await startGitHubStandIn({
    repo: REPO,
    branch: BRANCH,
    files,
    users: [
      { login: 'maintainer', name: '维护者', token: 'token-maintainer' },
      { login: 'contributor', name: '投稿人', token: 'token-contributor' },
    ],
    maintainers: ['maintainer'],
  });
  site = await serveAdmin(api.url);
  browser = await launchChrome();
}, 30_000);

afterAll(async () => {
  // DEBUG_STANDIN=1 prints what the editor asked the stand-in for.
  if (process.env.DEBUG_STANDIN) console.log(JSON.stringify({ unknown: api.unknown, log: api.log.slice(-60) }, null, 0));
  await browser?.close();
  await site?.close();
  await api?.close();
});

/** Signs in through the OAuth popup as `login`, recording policy violations and requests to other hosts. */
async function signIn(login: string, fork = false) {
  api.signInAs(login);
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  const foreign: string[] = [];
  const allowed = new Set([new URL(site.url).host, new URL(api.url).host]);
  context.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol === 'blob:' || u.protocol === 'data:') return;
    if (!allowed.has(u.host)) foreign.push(r.url());
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const w = window as unknown as { __csp?: string[] };
      (w.__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const page = await context.newPage();
  if (process.env.DEBUG_STANDIN) page.on('console', (m) => console.log('console:', m.type(), m.text().slice(0, 300)));
  await page.goto(site.url);
  const popup = context.waitForEvent('page');
  await page.getByRole('button', { name: '使用 GitHub 登录' }).click();
  await (await popup).waitForEvent('close', { timeout: 5_000 }).catch(() => undefined);
  if (fork) await page.getByRole('button', { name: 'Fork the repo' }).click();
  await page.waitForURL(/#\/collections\/cases/, { timeout: 20_000 });
  const violations = () => page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
  return { context, page, foreign, violations };
}

/**
 * Fills in a new case and saves it. `keep`: the contributor says the report may be kept, and
 * attaches it; otherwise the answer stays "fingerprint only" and the report is attached only when
 * `attach` says so (a save the editor must refuse).
 */
async function newCase(page: Page, slug: string, report: { keep?: boolean; attach?: boolean } = {}) {
  await page.goto(`${site.url}#/collections/cases/new`);
  await fillNewCase(page, slug);
  // Through the git host, the form says where a report that may not be kept goes.
  await expect.poll(() => page.getByText(/只保存指纹的报告不要上传.*请用邮件等方式另寄给维护者/).count()).toBe(1);
  if (report.keep) await choose(page, 'contribution.reportUse', '可以保存全文');
  if (report.keep || report.attach) await attachReport(page, REPORT);
  await page.getByRole('button', { name: '保存' }).first().click();
}

/** The entry passes validate alone, and its contribution line carries the answers (and names the report when one was attached). */
function expectValidEntry(text: string, slug: string, answers: string) {
  const data = parse(splitCaseFile(text).frontmatter);
  expect(data).toMatchObject({
    title: '表单新建的县局服务案例',
    practices: [{ id: 'yibashou-leadership', from: [61] }],
    figures: [{ label: '社会满意率', value: '90以上', from: [67] }],
  });
  expect(text.split('\n')[1]).toBe(`# 投稿 contribution: ${answers}`);
  expectValidAlone(slug, text);
}

describe('the content editor against a stand-in of GitHub (editorial workflow, open authoring)', () => {
  it('serves the production policy with only the API host swapped for the stand-in', () => {
    expect(site.policy).toBe(testPolicy(api.url, ADMIN_CSP));
    expect(site.policy.replace(api.url, 'https://api.github.com')).toBe(ADMIN_CSP.replace(/ http:\/\/(localhost|127\.0\.0\.1):\*/g, ''));
  });

  it('a maintainer saves a new case whose report may be kept: a branch and a draft pull request with the entry and the report', async () => {
    const slug = 'editor-github-maintainer-case';
    const { context, page, foreign, violations } = await signIn('maintainer');
    // No Media button: its uploads would go straight into a branch, outside any entry and its question.
    await page.getByRole('link', { name: /内容/ }).first().waitFor();
    expect(await page.getByRole('button', { name: '媒体', exact: true }).isVisible()).toBe(false);
    await newCase(page, slug, { keep: true });
    await expect.poll(() => api.pulls.length, { timeout: 20_000 }).toBe(1);
    const pull = api.pulls[0]!;
    expect(pull).toMatchObject({
      base: REPO,
      baseRef: BRANCH,
      headRepo: REPO,
      headRef: `cms/cases/${slug}`,
      state: 'open',
      user: 'maintainer',
    });
    await expect.poll(() => pull.labels, { timeout: 10_000 }).toEqual(['decap-cms/draft']);
    // The branch holds the entry and the report, and nothing else changed.
    const path = `content/cases/${slug}.mdx`;
    const before = new Set(api.files(REPO, BRANCH));
    const added = api.files(REPO, pull.headRef).filter((f) => !before.has(f));
    expect(added.sort()).toEqual([path, `content/contributions/${REPORT.name}`].sort());
    expect(api.file(REPO, pull.headRef, `content/contributions/${REPORT.name}`)).toEqual(REPORT.buffer);
    expect(api.file(REPO, BRANCH, path)).toBeUndefined();
    expectValidEntry(
      api.file(REPO, pull.headRef, path)!.toString('utf8'),
      slug,
      `{"report":"/content/contributions/${REPORT.name}","reportUse":"keep","licence":"CC BY 4.0"}`,
    );
    expect(api.scopes.at(-1)).toBe('public_repo');
    expect(api.unknown).toEqual([]);
    expect(await violations()).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  }, 180_000);

  it('a report that may only be fingerprinted is never sent: the save is refused before anything is written', async () => {
    const slug = 'editor-github-fingerprint-attached';
    const { context, page, foreign, violations } = await signIn('maintainer');
    const pulls = api.pulls.length;
    const branches = [...api.repos.get(REPO.toLowerCase())!.refs.keys()];
    await page.goto(`${site.url}#/collections/cases/new`);
    const requests = api.log.length;
    await newCase(page, slug, { attach: true });
    await expect.poll(() => page.getByText(/报告 report\.txt 不能随 pull request 上传/).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    // Nothing was written: no blob, tree, commit, branch or pull request; only reads went out.
    expect(api.log.slice(requests).filter((l) => l.method !== 'GET')).toEqual([]);
    expect([...api.repos.get(REPO.toLowerCase())!.refs.keys()]).toEqual(branches);
    expect(api.pulls.length).toBe(pulls);
    expect(api.unknown).toEqual([]);
    expect(await violations()).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  }, 180_000);

  it('a contributor without write access goes through a fork: the branch is on the fork, the pull request comes from it', async () => {
    const slug = 'editor-github-fork-case';
    const { context, page, foreign, violations } = await signIn('contributor', true);
    const name = REPO.split('/')[1]!;
    const fork = `contributor/${name}`;
    expect(api.repos.get(fork.toLowerCase())?.parent).toBe(REPO);
    // Nothing may be written to the origin by a contributor.
    const originRefs = [...api.repos.get(REPO.toLowerCase())!.refs];
    // Fingerprint only: the report goes to the maintainer by other means, the pull request holds the entry alone.
    await newCase(page, slug);
    const branch = `cms/${fork}/cases/${slug}`;
    await expect.poll(() => api.repos.get(fork.toLowerCase())!.refs.has(`refs/heads/${branch}`), { timeout: 20_000 }).toBe(true);
    // Saved as a draft on the fork; "in review" opens the pull request to the origin.
    await page.getByRole('button', { name: /状态/ }).click();
    await page.getByText('审核中', { exact: true }).click();
    await expect.poll(() => api.pulls.filter((p) => p.headRepo === fork).length, { timeout: 20_000 }).toBe(1);
    const pull = api.pulls.find((p) => p.headRepo === fork)!;
    expect(pull).toMatchObject({ base: REPO, baseRef: BRANCH, headRef: branch, state: 'open', user: 'contributor' });
    expect([...api.repos.get(REPO.toLowerCase())!.refs].filter(([ref]) => !ref.startsWith('refs/heads/cms/cases/'))).toEqual(
      originRefs.filter(([ref]) => !ref.startsWith('refs/heads/cms/cases/')),
    );
    expect(api.files(fork, branch).filter((f) => !api.files(REPO, BRANCH).includes(f))).toEqual([`content/cases/${slug}.mdx`]);
    expectValidEntry(
      api.file(fork, branch, `content/cases/${slug}.mdx`)!.toString('utf8'),
      slug,
      '{"reportUse":"fingerprint","licence":"CC BY 4.0"}',
    );
    // Write requests went to the fork only.
    const writes = api.log.filter((l) => l.user === 'contributor' && l.method !== 'GET');
    expect(writes.filter((l) => l.path.startsWith(`/repos/${REPO}/`) && !/\/(pulls|forks)$/.test(l.path))).toEqual([]);
    expect(api.unknown).toEqual([]);
    expect(await violations()).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  }, 180_000);
});
