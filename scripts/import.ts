/**
 * npm run import -- REPORT.txt [--id SOURCE-ID] [--lines A-B] [--case SLUG] […]
 * npm run import -- --contribution content/cases/SLUG.mdx [REPORT] […]
 *
 * Takes a report as plain text (UTF-8, GB18030 or UTF-16 with a BOM; simplified or traditional script), a Word
 * file (.docx) or a saved web page (.html: its article only; src/import/documents.ts), and writes the
 * source (`content/sources/<id>.txt` + `.yaml`) and a draft entry (`content/cases/<slug>.mdx`) whose
 * every finding cites its paragraph. All reading and writing happens here; what is found and how
 * the draft looks are pure modules in src/import/. In a terminal it asks for what the flags did
 * not give; without one it never waits and leaves placeholders.
 *
 * `--contribution` takes an entry made with the form at /admin/ instead of writing a draft: the
 * report its `# 投稿 contribution` line names (in content/contributions/, or the file given) is
 * imported as any report is, kept or only fingerprinted as the contributor answered, and the entry
 * gets the source's id in `source.id` and loses its contribution lines (src/editor/contribution.ts).
 * Every refusal comes before anything is written.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SITE } from '../src/config';
import { HOLDINGS, PUBLISHERS } from '../src/schemas/source-record';
import { LOCAL_TEXTS, sourceTextPath } from '../src/loaders/sources';
import { SOURCE_ID_PATTERN, splitParagraphs } from '../src/core/paragraphs';
import { PLACEHOLDER } from '../src/core/draft';
import { loadTaxonomy, TaxonomyError } from '../src/loaders/taxonomy';
import { loadDatingClues } from '../src/loaders/dating-clues';
import { isCaseSlug } from '../src/core/slug';
import { localToday } from '../src/validation/today';
import { analyseReport, paragraphs, parseRange } from '../src/import/analyse';
import { renderDraft } from '../src/import/draft';
import { q } from '../src/validation/scaffold';
import { ReportError, reportText } from '../src/import/documents';
import { periodText } from '../src/import/dating';
import { ENCODING_NAMES, normaliseText, scriptOf, sourceIdFromHash, unreadable } from '../src/import/text';
import { acceptedEntry, entryContribution, type ContributionAnswers } from '../src/editor/contribution';
import { argumentProblem } from './cli-args';

const HELP = `用法：npm run import -- <报告.txt | 报告.docx | 网页.html> [选项]
      npm run import -- --contribution <条目.mdx> [报告文件] [选项]

把一份报告（纯文本，UTF-8、GB18030 或带 BOM 的 UTF-16，简体或繁体；Word 的 .docx；或浏览器“另存为”的网页 .html，
只取正文，不要导航、页眉页脚）放进 content/sources/，并生成一个引用原文段落的
案例草稿 content/cases/<slug>.mdx：列出原文的每个数字、空白记号、年代线索、做法段落和标签词，
需要你写的地方留作“【待填写】”。工具从不替你写文字。

  --id <来源 id>     content/sources/ 里的文件名（不含 .txt），只用字母、数字、下划线和连字符；
                     默认取报告的文件名，文件名不合格（如中文）时按文本内容取 src_ 加 16 位十六进制
  --lines <起-止>    汇编里的一篇报告：它的段落（行）范围，如 --lines 58-71；默认整份文档
  --case <slug>      草稿的文件名，小写英文和连字符；默认 draft-<来源 id>-<起始段>
  --title <标题>     来源文档自己的标题（写进 <id>.yaml）
  --from <出处>      在哪里找到的：网址，或说明（写进 <id>.yaml）
  --obtained <日期>  获取日期 YYYY-MM-DD（写进 <id>.yaml）
  --outlet <名称>    发布它的媒体或网站（如 黑龙江日报）；转载页写原文注明的出处
  --publisher <类>   official（单位或政府机构）、news（报纸或新闻网站）、essay-site（范文网站）、repost（无关网站的转载）、
                     unverified（网站的主办者和性质未能核实）
  --held <多少>      whole（全文）、opening（只有开头：网页被截断）、excerpt（节选）
  --published <日期> 网页自己标明的发布日期 YYYY-MM-DD（不是报告的成文日期）
  --keep             代码库保存全文（只用于单位自己提供、同意公开的报告）；默认只保存指纹，
                     全文留在本机 content/sources/local/（不进 git）
  --unit <名称>      单位名称，按原文；隐去的部分写 {withheld}
  --unit-type, --sector, --region   同 npm run new-case
  --content <目录>   内容目录（含 cases/、sources/、taxonomy/）；默认 ${SITE.contentDir}
  --contribution <条目>
                     用表单（/admin/）投稿的条目：导入它开头投稿说明行写的报告（在 content/contributions/ 下，
                     或在条目后给出投稿人另寄来的报告文件），是否保存全文按投稿人的回答（不用 --keep），
                     把来源 id 写进条目的 source.id，删去投稿说明行；不写草稿（不用 --case、--lines、--unit…）
  --help             显示本说明

在终端中运行时，会询问来源的标题、出处和获取日期；没有终端时不询问，留作“【待填写】”。`;

const OPTIONS = {
  id: { type: 'string' },
  lines: { type: 'string' },
  case: { type: 'string' },
  title: { type: 'string' },
  from: { type: 'string' },
  obtained: { type: 'string' },
  outlet: { type: 'string' },
  publisher: { type: 'string' },
  held: { type: 'string' },
  published: { type: 'string' },
  keep: { type: 'boolean', default: false },
  unit: { type: 'string' },
  'unit-type': { type: 'string' },
  sector: { type: 'string' },
  region: { type: 'string' },
  content: { type: 'string' },
  contribution: { type: 'string' },
  today: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({ allowPositionals: true, options: OPTIONS });
  } catch (error) {
    fail(argumentProblem(error, OPTIONS, 'npm run import -- --help 查看说明'));
  }
})();
if (values.help) {
  console.log(HELP);
  process.exit(0);
}

/** Flags that shape the draft, which `--contribution` does not write (and `--keep`, which the contributor answered). */
const DRAFT_ONLY = ['keep', 'case', 'lines', 'unit', 'unit-type', 'sector', 'region'] as const;
const contribution = (():
  { file: string; text: string; answers: ContributionAnswers; sourceId?: string | undefined; report?: string } | undefined => {
  const file = values.contribution;
  if (file === undefined) return undefined;
  const extra = DRAFT_ONLY.find((f) => values[f] !== undefined && values[f] !== false);
  if (extra)
    fail(
      `--contribution 不与 --${extra} 一起用：它不写草稿，是否保存全文按投稿人在表单里的回答。可以同用的选项：--id --title --from --obtained --outlet --publisher --held --published --content`,
    );
  if (positionals.length > 1)
    fail(
      `--contribution 一次只导入一份报告，收到 ${positionals.length} 个文件：${positionals.join(' ')}（npm run import -- --help 查看说明）`,
    );
  if (!existsSync(file) || !statSync(file).isFile())
    fail(`找不到投稿的条目 ${file}：--contribution 后面给用表单投稿的条目文件，如 content/cases/<slug>.mdx`);
  const text = readFileSync(file, 'utf8');
  const read = entryContribution(text);
  if ('problem' in read) fail(`${file}：${read.problem}`);
  // The report as the form named it: its file name only, inside the content folder's contributions/
  // (an entry is untrusted; a path in it reaches nothing else).
  const named = read.answers.report?.split('/').pop();
  const report = positionals[0] ?? (named ? join(values.content ?? SITE.contentDir, 'contributions', named) : undefined);
  if (!report)
    fail(
      `${file} 的投稿说明没有报告文件（投稿人另寄了报告）：在条目后给出报告的路径，如 npm run import -- --contribution ${file} 报告.docx`,
    );
  if (!positionals[0] && !existsSync(report))
    fail(
      `找不到报告 ${report}（${file} 的投稿说明写的报告文件）：把投稿人寄来的报告放到这里，或在条目后给出它的路径，如 npm run import -- --contribution ${file} 报告.docx`,
    );
  return { file, text, answers: read.answers, sourceId: read.sourceId, report };
})();

const reportPath = positionals[0] ?? contribution?.report;
if (!reportPath) fail('请给出报告文件：npm run import -- 报告.txt（npm run import -- --help 查看说明）');
if (positionals.length > 1 && !contribution)
  fail(`一次只导入一份报告，收到 ${positionals.length} 个文件：${positionals.join(' ')}（npm run import -- --help 查看说明）`);
if (!existsSync(reportPath)) fail(`找不到报告文件 ${reportPath}`);
if (!statSync(reportPath).isFile()) fail(`${reportPath} 不是文件（是一个目录？）：请给出报告的 .txt 文件，如 npm run import -- 报告.txt`);

const content = resolve(values.content ?? SITE.contentDir);
const sourcesDir = join(content, 'sources');
const casesDir = join(content, 'cases');
const today = values.today ?? localToday();
const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
const shown = (p: string) => relative(process.cwd(), p) || p;

const { text, encoding } = await (async () => {
  try {
    return await reportText(new Uint8Array(readFileSync(reportPath)), basename(reportPath));
  } catch (error) {
    if (error instanceof ReportError) fail(`${error.message}没有写入任何文件。`);
    throw error;
  }
})();
const notText = unreadable(text);
if (notText) fail(`${notText}没有写入任何文件。`);
if (paragraphs(text).length === 0) fail(`${reportPath} 是空的（没有一行文字），没有写入任何文件。请先把报告的正文存进这个文件，每段一行。`);
const doc = splitParagraphs(text);
// Paragraphs are lines: texts that differ only in line endings or a byte-order mark are the same document.
const normal = normaliseText(text);

// The source: reused when the same text is already there (under any id), never copied twice.
const fileId = basename(reportPath, extname(reportPath));
const hashId = sourceIdFromHash(createHash('sha256').update(normal).digest('hex'));
// A file name that is no id (报告.txt) gives way to one computed from the text: same text, same id.
const fromHash = values.id === undefined && !SOURCE_ID_PATTERN.test(fileId);
const wanted = values.id ?? (fromHash ? hashId : fileId);
if (!SOURCE_ID_PATTERN.test(wanted)) {
  fail(`来源 id“${wanted}”不合格：只用字母、数字、下划线和连字符（--id 可另给一个）`);
}
// Texts kept in the repository and texts held on this machine alike: one document, one id.
const existing = [sourcesDir, join(sourcesDir, LOCAL_TEXTS)].flatMap((dir) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((n) => n.endsWith('.txt'))
        .map((n) => join(dir, n))
    : [],
);
const same = existing.find((p) => normaliseText(readFileSync(p, 'utf8')) === normal);
let sourceId = wanted;
let reused = false;
if (same) {
  sourceId = basename(same, '.txt');
  reused = true;
} else if (existing.some((p) => basename(p, '.txt') === wanted) || existsSync(join(sourcesDir, `${wanted}.yaml`))) {
  fail(`来源 id“${wanted}”已被另一份文本占用（content/sources/ 里已有 ${wanted}，与这份报告不同）。请用 --id 另起一个 id。`);
}
for (const [flag, allowed] of [
  ['publisher', PUBLISHERS],
  ['held', HOLDINGS],
] as const) {
  const v = values[flag];
  if (v !== undefined && !(allowed as readonly string[]).includes(v)) fail(`--${flag} ${v} 不是可用的取值：${allowed.join('、')}`);
}
if (values.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.published)) fail('--published 须写成 YYYY-MM-DD');

let range: [number, number] | undefined;
try {
  range = parseRange(values.lines, doc.count);
} catch (error) {
  fail((error as Error).message);
}
if (range && paragraphs(text, range).length === 0) fail(`--lines ${values.lines}：这几行都是空行，没有可引用的段落。请核对报告的行号。`);

let tax;
let clues;
try {
  tax = loadTaxonomy(join(content, 'taxonomy'));
  clues = loadDatingClues(join(content, 'taxonomy'));
} catch (error) {
  if (error instanceof TaxonomyError) fail(`分类词表有误：\n${error.message}`);
  throw error;
}

for (const [flag, vocab] of [
  ['unit-type', tax.unitTypes],
  ['sector', tax.sectors],
] as const) {
  const v = values[flag];
  if (v !== undefined && !vocab.bySlug.has(v)) fail(`未知的取值 --${flag} ${v}，可用取值见 ${vocab.file}`);
}

const slug =
  values.case ??
  `draft-${sourceId
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}-${range?.[0] ?? 1}`.slice(0, 60);
if (!isCaseSlug(slug) && !contribution) fail(`草稿文件名“${slug}”须为 3–60 个小写 ASCII 字母、数字和连字符（--case）`);
const caseFile = join(casesDir, `${slug}.mdx`);
if (existsSync(caseFile) && !contribution) fail(`${shown(caseFile)} 已存在，不会覆盖。请用 --case 另起一个文件名。`);

// The record: from flags, asked in a terminal, otherwise placeholders the contributor fills in.
const record = { title: values.title, from: values.from, obtained: values.obtained };
if (interactive && !reused) {
  const { input } = await import('@inquirer/prompts');
  record.title ??= (await input({ message: '来源文档的标题（原样照录）' })).trim() || undefined;
  record.from ??= (await input({ message: '在哪里找到的（网址，或说明）' })).trim() || undefined;
  record.obtained ??=
    (
      await input({
        message: '获取日期 YYYY-MM-DD（不知道就写 unknown）',
        default: today,
        validate: (v) => /^\d{4}-\d{2}-\d{2}$|^unknown$/.test(v.trim()) || '请写成 YYYY-MM-DD，或 unknown',
      })
    ).trim() || undefined;
}
if (record.obtained && !/^\d{4}-\d{2}-\d{2}$|^unknown$/.test(record.obtained)) fail('--obtained 须写成 YYYY-MM-DD，或 unknown');

const script = scriptOf(text);
const findings = analyseReport(text, range, { clues, tags: tax.tags.list });
const todo = (hint: string) => q(`${PLACEHOLDER}${hint}`);

// The entry as it will be saved, made before anything is written: a refusal leaves every file as it was.
const entryText = contribution ? acceptedEntry(contribution.text, sourceId) : undefined;
const kept = contribution ? contribution.answers.reportUse === 'keep' : values.keep;
const textFile = sourceTextPath(sourceId, sourcesDir, kept);
if (!reused) {
  mkdirSync(join(textFile, '..'), { recursive: true });
  writeFileSync(textFile, text, { flag: 'wx' });
  const optional = [
    values.outlet ? `outlet: ${q(values.outlet)}\n` : '',
    values.published ? `published: ${q(values.published)}\n` : '',
  ].join('');
  const recordFile = join(sourcesDir, `${sourceId}.yaml`);
  // Written in the project's own format (prettier, as `npm run lint` checks it), so a contributor's
  // pull request shows only what they wrote.
  const { format, resolveConfig } = await import('prettier');
  const recordText = `# The record of source ${sourceId} (schema: src/schemas/source-record.ts), written by npm run import.
title: ${record.title ? q(record.title) : todo('来源文档自己的标题，原样照录')}
obtainedFrom: ${record.from ? q(record.from) : todo('在哪里找到的：网址，或说明')}
${optional}publisher: ${values.publisher ?? todo(`发布者类别：${PUBLISHERS.join('、')}`)}
held: ${values.held ?? todo(`保存了多少：${HOLDINGS.join('、')}`)}
kept: ${kept}
obtainedOn: ${record.obtained ? q(record.obtained) : todo('获取日期 YYYY-MM-DD，不知道写 unknown')}
language: zh
script: ${script === 'traditional' ? 'Hant' : 'Hans'}
originalEncoding: ${ENCODING_NAMES[encoding]}
status: >-
  ${
    kept
      ? '由提供者同意公开保存；版权归原作者。网站不转载全文，只在条目中引用不超过 40 字的短句并注明段落号。'
      : '第三方文档，版权归原作者；代码库不保存全文（只保存指纹，见 <id>.fingerprint.json），网站也不转载它，只在条目中引用不超过 40 字的短句并注明段落号。'
  }
`;
  writeFileSync(recordFile, await format(recordText, { ...(await resolveConfig(recordFile)), parser: 'yaml' }), { flag: 'wx' });
}
const named =
  fromHash && !reused
    ? `✓ 来源 id：${sourceId}（文件名“${fileId}”不能作 id：只用字母、数字、下划线和连字符。这个 id 由文本内容算出，同一份文本总得同一个 id；想用好记的名字，导入时加 --id，如 --id county-library-2012）\n`
    : '';
const from = `${named}✓ 来源：${shown(same ?? textFile)}${!reused && !kept ? '（只在本机，不进 git；代码库保存记录和指纹）' : ''}${reused ? '（这份文本已在，沿用，没有再复制）' : `（${encoding === 'utf-8' ? 'UTF-8' : `由 ${ENCODING_NAMES[encoding]} 转为 UTF-8`}，${script === 'traditional' ? '繁体' : '简体'}）`}`;
const validate = `npm run validate${values.content ? ` -- ${shown(content)}` : ''}`;

if (contribution) {
  writeFileSync(contribution.file, entryText!);
  const { answers } = contribution;
  const before = contribution.sourceId && contribution.sourceId !== sourceId ? `（原为 ${contribution.sourceId}）` : '';
  const inRepo = existsSync(join(sourcesDir, `${sourceId}.txt`));
  const use = answers.answered ? '按投稿人的回答' : '投稿说明没有回答能否保存，按';
  const dropBox = positionals[0]
    ? ''
    : `\n  报告原件 ${shown(reportPath)} 已不再需要：content/contributions/ 不进 git；pull request 里带着它时，合并前用 git rm 删去。`;
  console.log(`${from}
✓ 条目：${shown(contribution.file)}：source.id 为 ${sourceId}${before}，删去了投稿说明行（报告原文：${use}${kept ? '保存全文' : '只保存指纹'}）${dropBox}
下一步：${validate}${inRepo ? '' : `；条目通过检查后运行 npm run source -- record ${sourceId}，把 ${sourceId}.fingerprint.json 和条目、记录一起提交`}`);
} else {
  const listed = (() => {
    try {
      const raw = readFileSync(join(sourcesDir, `${sourceId}.yaml`), 'utf8');
      const reports = [...raw.matchAll(/lines:\s*\[(\d+),\s*(\d+)\],\s*heading:\s*([^}\n]+)/g)];
      const i = reports.findIndex((m) => range && Number(m[1]) === range[0] && Number(m[2]) === range[1]);
      return i >= 0 ? { report: i + 1, heading: reports[i]![3]!.trim() } : undefined;
    } catch {
      return undefined;
    }
  })();

  mkdirSync(casesDir, { recursive: true });
  writeFileSync(
    caseFile,
    renderDraft(
      {
        findings,
        sourceId,
        report: listed?.report,
        heading: listed?.heading,
        unit: { name: values.unit, type: values['unit-type'] ?? '', sector: values.sector ?? '', region: values.region },
        today,
      },
      tax,
    ),
    { flag: 'wx' },
  );

  const period = findings.period ? periodText(findings.period) : '无';
  console.log(`${from}
✓ 草稿：${shown(caseFile)}（原文第 ${findings.range[0]}–${findings.range[1]} 段）
  数字候选 ${findings.figures.length} 个 · 空白记号 ${findings.blanks.length} 个 · 年代线索 ${findings.clues.length} 条（建议年代 ${period}） · 做法候选 ${findings.practices.length} 个 · 标签候选 ${findings.tags.length} 个 · 引号里的名称 ${findings.quoted.length} 个
下一步：打开草稿，把每个“【待填写】”用自己的话写好，删去用不上的候选，然后运行
  ${validate}`);
}
