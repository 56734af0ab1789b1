/**
 * One bad fixture per kind of problem `npm run validate` must catch, each with its message pinned
 * as the contributor sees it: `file:line  field  message`.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateArchive } from '../../src/validation/run';
import { formatProblem, sortProblems } from '../../src/validation/problem';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = 'tests/fixtures/validate';

function check(folder: string, sourcesConfig = 'content/sources.config.yaml') {
  const result = validateArchive({
    root: ROOT,
    casesDir: join(FIXTURES, folder),
    taxonomyDir: 'content/taxonomy',
    sourcesConfig,
    sourcesDir: `${FIXTURES}/sources`,
    today: '2026-11-26',
  });
  return { ...result, lines: sortProblems(result.problems).map(formatProblem) };
}

const f = (folder: string, slug: string) => `${FIXTURES}/${folder}/${slug}.mdx`;

describe('npm run validate, one fixture per kind of problem', () => {
  it('accepts the valid entry', () => {
    expect(check('valid').lines).toEqual([]);
  });

  it('refuses a body shorter than even a short case needs, at its first line, and says what it must say', () => {
    expect(check('short-body').lines).toEqual([
      `${f('short-body', 'short-body-case')}:66  body  正文只有 26 字（不计空白、注释、链接地址和 Markdown 标记），至少要 120 字：先用一句话说明案例依据什么（哪个网页或文件，全文还是只有开头），再写各个做法怎样配合、原文没有说什么。原文短，正文可以短，做法也可以少，但这两件事不能省；写作要求见 CONTRIBUTING.md#写作规则`,
    ]);
  });

  it('names the nearest valid tags for an unknown tag', () => {
    expect(check('unknown-tag').lines).toEqual([
      `${f('unknown-tag', 'unknown-tag-case')}:30  tags[1]  未知的标签“service-standard”。拼写相近：service-standards（服务规范与承诺）、creation-standardisation（创建制度与档案规范化）、safe-stable（平安建设与维稳）。单位自己的项目名称（如“安康杯”“三个满意”）不是标签：请写进做法的 aliases，标签选它所属的那类做法；词表确实缺少这个概念时，请提议新标签（见 CONTRIBUTING.md#提议新的标签或主题）。全部取值见 content/taxonomy/tags.yaml`,
    ]);
  });

  it('names the nearest valid themes for an unknown theme', () => {
    expect(check('unknown-theme').lines).toEqual([
      `${f('unknown-theme', 'unknown-theme-case')}:28  themes.primary  未知的主题“learning”。相近的有效值：learning-capability（学习型单位与队伍素质）、law-integrity（诚信守法与民主监督）、leadership-mechanism（组织领导与创建机制）。全部取值见 content/taxonomy/themes.yaml`,
    ]);
  });

  it('points at an unknown field and lists the fields allowed there', () => {
    expect(check('unknown-field').lines).toEqual([
      `${f('unknown-field', 'unknown-field-case')}:13  unit.adress  未知字段“adress”。此处可用的字段：name、nameBasis、type、typeBasis、sector、sectorBasis、reportingEntity、windowUnit、region`,
    ]);
  });

  it('reports a missing required field', () => {
    expect(check('missing-field').lines).toEqual([
      `${f('missing-field', 'missing-field-case')}:1  summary  缺少必填字段（各字段的写法见 docs/case-fields.md）`,
    ]);
  });

  it('reports a value of the wrong type in Chinese', () => {
    expect(check('wrong-type').lines).toEqual([
      `${f('wrong-type', 'wrong-type-case')}:12  unit.windowUnit  类型不对：应为“true”或“false”，实际是文字`,
    ]);
  });

  it('reports a duplicate practice id', () => {
    expect(check('duplicate-practice-id').lines).toEqual([
      `${f('duplicate-practice-id', 'duplicate-practice-id-case')}:39  practices[1].id  practice id “monthly-reading-club”重复，与第 1 项相同；同一案例内必须唯一`,
    ]);
  });

  it('reports an unquoted date and a date that does not exist', () => {
    expect(check('bad-date').lines).toEqual([
      `${f('bad-date', 'bad-date-case')}:62  added  日期须写成带引号的 'YYYY-MM-DD'，例如 '2026-11-26'`,
      `${f('bad-date', 'bad-date-case')}:63  updated  日期不存在（请检查月份和日子）`,
    ]);
  });

  it('reports a date in the future', () => {
    expect(check('future-date').lines).toEqual([
      `${f('future-date', 'future-date-case')}:63  updated  日期 2062-11-21 晚于今天（2026-11-26），请检查年份和月份`,
    ]);
  });

  it('reports updated before added', () => {
    expect(check('date-order').lines).toEqual([
      `${f('date-order', 'date-order-case')}:63  updated  updated（2026-11-02）早于 added（2026-11-20）`,
    ]);
  });

  it('reports broken YAML at its line in the entry', () => {
    expect(check('broken-yaml').lines).toEqual([
      `${f('broken-yaml', 'broken-yaml-case')}:31  frontmatter  YAML 语法错误：[ 没有配对的 ]（缺少的符号在这一行或上一行）（BAD_INDENT: Flow sequence in block collection must be sufficiently indented and end with a ]）`,
    ]);
  });

  it('reports a missing frontmatter', () => {
    expect(check('no-frontmatter').lines).toEqual([
      `${f('no-frontmatter', 'no-frontmatter-case')}:1  frontmatter  文件须以一行 --- 开头，后面是 YAML 字段，再以一行 --- 结束（可用 npm run new-case 生成）`,
    ]);
  });

  it('reports broken MDX at its line in the entry, with a hint', () => {
    expect(check('broken-mdx').lines).toEqual([
      `${f('broken-mdx', 'broken-mdx-case')}:69  body  MDX 语法错误：正文里的“<”会被当作标签的开头；要写小于号请用全角“＜”或 &lt;（Unexpected character after \`<\`, expected a valid JSX tag (note: to create a link in MDX, use \`[text](url)\`) (mdx-jsx:unexpected-character)）`,
    ]);
  });

  it('reports every internal link that leads nowhere', () => {
    const file = f('broken-link', 'broken-link-case');
    expect(check('broken-link').lines).toEqual([
      `${file}:74  body  链接“/cases/no-such-case/”指向的案例“no-such-case”不存在（content/cases/ 里没有 no-such-case.mdx）`,
      `${file}:74  body  本页没有锚点“counter-words”；可用的有本案例的做法 id（monthly-reading-club、counter-wording、背景、做法要点）`,
      `${file}:74  body  链接“/tags/library/”指向的标签“library”不存在（见 content/taxonomy/tags.yaml）`,
      `${file}:74  body  站内链接“../other/”须从网站根目录写起，例如 /cases/broken-link-case/；相对路径在不同页面、不同部署路径下会指向别处`,
    ]);
  });

  it('reports a malformed percent escape in a link at its line, without crashing', () => {
    expect(check('malformed-escape').lines).toEqual([
      `${f('malformed-escape', 'malformed-escape-case')}:74  body  链接“/cases/%E4%ZZ/”中的百分号编码“%E4%ZZ”无效：% 后须是两位十六进制数字，且连起来是完整的 UTF-8 字符；中文可以直接写，不必编码`,
    ]);
  });

  it('reports phone numbers, e-mail addresses, ID numbers and a child’s full name', () => {
    const file = f('personal-data', 'personal-data-case');
    const tail = (v: string) => `确属单位公开信息的，在文件中加一行 personal-data-ok: ${v} <理由>`;
    expect(check('personal-data').lines).toEqual([
      `${file}:70  body  含有手机号码“139 1234 5678”：案例不得公开个人信息，请删除或概括（写“设有联系电话”即可）。${tail('139 1234 5678')}`,
      `${file}:70  body  含有固定电话号码“0571-87654321”：案例不得公开个人信息，请删除或概括（写“设有服务电话”即可）。${tail('0571-87654321')}`,
      `${file}:70  body  含有电子邮件地址“reading@example.org”：案例不得公开个人信息，请删除或概括（写“设有联系邮箱”即可）。${tail('reading@example.org')}`,
      `${file}:71  body  含有身份证号码“11010519491231002X”：案例不得公开个人信息，请删除或概括（身份证号码一律不写）。${tail('11010519491231002X')}`,
      `${file}:71  body  含有疑似儿童全名“王小明”：案例不得公开个人信息，请删除或概括（写成“一名幼儿”“一名学生”等）。${tail('王小明')}`,
    ]);
  });

  it('accepts a personal-data exception that names the value and a reason, and rejects one without a reason', () => {
    const file = f('personal-data-exception', 'personal-data-exception-case');
    expect(check('personal-data-exception').lines).toEqual([
      `${file}:72  body  例外标记须写明保留的原值和理由，例如 personal-data-ok: 0915-3212345 单位对外公布的服务热线`,
      `${file}:73  body  含有手机号码“13912345678”：案例不得公开个人信息，请删除或概括（写“设有联系电话”即可）。确属单位公开信息的，在文件中加一行 personal-data-ok: 13912345678 <理由>`,
    ]);
  });

  it('reports text copied from a configured source document, but not a short quotation', () => {
    const result = check('copy/cases', `${FIXTURES}/copy/sources.config.yaml`);
    expect(result.lines).toEqual([
      `${FIXTURES}/copy/cases/copied-text-case.mdx:70  body  与来源 source 有连续 38 个字相同：“一年来，我馆坚持把职工读书活动作为精神文明建设的重要抓手，每月组织一次读书交流会”。请用自己的话改写；项目名称、口号等短引语可放在引号“”内（不超过 40 个字）`,
    ]);
    expect(result.notes).toEqual(['抄袭检查：已与 source.txt、riverside-library.txt 的全文比对（连续 20 个字相同即算抄录）。']);
  });

  it('says plainly that the copy check was skipped when a source document is absent, and does not fail', () => {
    const result = check('copy-source-missing/cases', `${FIXTURES}/copy-source-missing/sources.config.yaml`);
    expect(result.lines).toEqual([]);
    expect(result.notes).toEqual([
      '抄袭检查：来源文件 ../no-such-folder/000_missing-source.txt 不在本机（来源文件不随代码库分发），已跳过与它的比对；维护者的检查环境中会比对。',
      // The sources folder's own documents are compared all the same, and named.
      '抄袭检查：已与 riverside-library.txt 的全文比对（连续 20 个字相同即算抄录）。',
    ]);
  });

  it('reports each draft placeholder as one located line, with its hint, even in a year or a fixed-value field', () => {
    const file = f('placeholder', 'placeholder-case');
    const result = check('placeholder');
    expect(result.lines).toEqual([
      `${file}:8  unit.nameBasis  还是草稿：stated（写明）| partly-withheld（部分隐去）| withheld（隐去）`,
      `${file}:21  period.reported  还是草稿：报告大约写于哪一年`,
      `${file}:41  practices[1].summary  还是草稿：请用自己的话概括原文第 14 段`,
    ]);
    expect(result.problems.every((p) => p.severity === 'error')).toBe(true);
  });

  it('refuses a blank form written into a field as if it were the value, and says to mark it withheld', () => {
    const file = f('blank-value', 'blank-value-case');
    const tail =
      '是原文隐去内容的记号（__、___、××、XX、xx、xxx、XXXXXXX、x个、x人、某某、[~]、○○），不是值：请把这个值标为隐去——数字写 withheld: true，名称中隐去的部分写 {withheld}（并相应设 nameBasis: partly-withheld）；要说明原文怎样隐去，可把记号放在引号“”里写进 note';
    expect(check('blank-value').lines).toEqual([`${file}:7  unit.name  “xx”${tail}`, `${file}:46  figures[0].label  “XX”${tail}`]);
  });

  it('rejects a file name that is not a slug', () => {
    expect(check('bad-slug').lines).toEqual([
      `${FIXTURES}/bad-slug/Riverside_Library.mdx:1  slug  文件名“Riverside_Library”不是合格的 slug：须为 3–60 个小写 ASCII 字母、数字和连字符，如 kindergarten-swimming-programme`,
    ]);
  });

  it('reports a duplicate slug and a file the site would not read', () => {
    expect(check('duplicate-slug').lines).toEqual([
      `${FIXTURES}/duplicate-slug/riverside-library-reading-club.md:1  slug  网站不会读取这个文件：案例文件须以 .mdx 结尾`,
      `${FIXTURES}/duplicate-slug/riverside-library-reading-club.mdx:1  slug  slug“riverside-library-reading-club”与 ${FIXTURES}/duplicate-slug/riverside-library-reading-club.md 重复；每个案例的文件名必须唯一`,
    ]);
  });

  it('reports two entries made from the same source report', () => {
    expect(check('duplicate-report').lines).toEqual([
      `${f('duplicate-report', 'riverside-library-second')}:60  source.report  来源 riverside-library 的第 1 篇报告已由 ${f('duplicate-report', 'riverside-library-first')} 收录；同一篇报告只建一个案例`,
    ]);
  });
});

describe('npm run validate, citations checked against the source paragraphs', () => {
  it('reports an invented figure, naming the figure and quoting the paragraph it searched', () => {
    expect(check('cite-invented-figure').lines).toEqual([
      `${FIXTURES}/cite-invented-figure/invented-figure-case.mdx:47  figures[0].value  数字“42”在所引段落（¶2）中找不到（已统一全角半角、中文数字、单位和繁简）。数字须照原文写；若原文在别的段落，请改正 from。所查的段落：第 2 段：“一年来，馆里坚持每月办一次职工读书会，由馆员轮流主讲，参加的不足十人就顺延，全年共办读书会二十四场。”`,
    ]);
  });

  it('reports a bound written as a sign instead of the source’s words', () => {
    expect(check('cite-bound-figure').lines).toEqual([
      `${FIXTURES}/cite-bound-figure/bound-figure-case.mdx:47  figures[0].value  数字“>20”在所引段落（¶2）中找不到（已统一全角半角、中文数字、单位和繁简）。上下限要照原文的说法写（如 95%以上、20人以上、约280），不要改写成 >、<、~ 等符号。所查的段落：第 2 段：“一年来，馆里坚持每月办一次职工读书会，由馆员轮流主讲，参加的不足十人就顺延，全年共办读书会二十四场。”`,
    ]);
  });

  it("compares an entry with the source it cites even when the copy check's list does not name it (a report just imported)", () => {
    expect(check('copy-cited-source').lines).toEqual([
      `${FIXTURES}/copy-cited-source/copy-cited-source-case.mdx:70  body  与来源 riverside-library 有连续 34 个字相同：“一年来馆里坚持每月办一次职工读书会，由馆员轮流主讲，参加的不足十人就顺延”。请用自己的话改写；项目名称、口号等短引语可放在引号“”内（不超过 40 个字）`,
    ]);
  });

  it("reports a quotation taken from another part of the source than the entry's report", () => {
    expect(check('cite-quote-other-report').lines).toEqual([
      `${FIXTURES}/cite-quote-other-report/quote-other-report-case.mdx:68  body  引号“”里的文字须是本报告的原话：“年长的馆员参加得少”不在本报告（第 1–5 段）中，而在第 6 段，那是同一来源里的另一部分。请改引本报告的话，或去掉引号；若 source.lines 划错了范围，请改正它`,
    ]);
  });

  it('reports a figure written without the bound the source gives it', () => {
    expect(check('cite-dropped-bound').lines).toEqual([
      `${FIXTURES}/cite-dropped-bound/dropped-bound-case.mdx:47  figures[0].value  数字“10”在原文里带着上下限：第 2 段作“不足10人”（已统一数字写法）。请照原文写出上下限（如 95%以上、约280、20多），不要只写数字`,
    ]);
  });

  it('reports an altered quotation, with the first character that differs', () => {
    expect(check('cite-altered-quotation').lines).toEqual([
      `${FIXTURES}/cite-altered-quotation/altered-quotation-case.mdx:69  body  引号“”里的文字须是原文原话：“书香满屋”在来源 riverside-library 中找不到（前 3 个字与原文相同，从“屋”起不同）。请照原文改正（标点只可有全角半角之别）；若是自己的说法、更正后的读法或自创的名称，请去掉引号（原文的错字写进 source.errors 的 quote 和 reading）`,
    ]);
  });

  it('reports a paragraph that does not exist and one outside the report', () => {
    expect(check('cite-paragraph-out-of-range').lines).toEqual([
      `${FIXTURES}/cite-paragraph-out-of-range/paragraph-out-of-range-case.mdx:43  practices[1].from[1]  第 9 段不存在：来源 riverside-library.txt 只有 6 段。段落号是源文件的行号，可用 npm run source -- show riverside-library 9 核对`,
      `${FIXTURES}/cite-paragraph-out-of-range/paragraph-out-of-range-case.mdx:56  shortcomings[0].from[0]  第 6 段不在本报告的范围内（source.lines: [1, 5]）：只能引用本报告的段落；请核对段落号，或改正 source.lines`,
    ]);
  });

  it('reports a blanked withheld value citing a paragraph without a blank', () => {
    expect(check('cite-blank-missing').lines).toEqual([
      `${FIXTURES}/cite-blank-missing/blank-missing-case.mdx:63  source.withheld[0].from  所引段落（¶2）里没有空白记号（__、___、××、XX、xx、xxx、XXXXXXX、x个、x人、某某、[~]、○○）。原文留空的，请引用留空的那一段；若原文没有记号、只是像被删去了字，请写 kind: removed，并在 around 中逐字引出缺口前后的原文`,
    ]);
  });

  it('reports an apparently removed value without the words around the gap', () => {
    expect(check('cite-removed-without-words').lines).toEqual([
      `${FIXTURES}/cite-removed-without-words/removed-without-words-case.mdx:63  source.withheld[0].around  疑似被删去的内容（kind: removed）须在 around 中逐字引出缺口前后的原文，例如 around: 党的、十七大`,
    ]);
  });

  it('reports evidence longer than 40 characters (past a short quotation, it is copied text too)', () => {
    expect(check('cite-evidence-too-long').lines).toEqual([
      `${FIXTURES}/cite-evidence-too-long/evidence-too-long-case.mdx:38  practices[0].evidence  evidence 最多 40 个字：只引原文中最能说明这个做法的一小句`,
      `${FIXTURES}/cite-evidence-too-long/evidence-too-long-case.mdx:38  practices[0].evidence  与来源 riverside-library 有连续 45 个字相同：“一年来，馆里坚持每月办一次职工读书会，由馆员轮流主讲，参加的不足十人就顺延，全年……”。请用自己的话改写；项目名称、口号等短引语可放在引号“”内（不超过 40 个字）`,
    ]);
  });

  it('reports evidence that is not the source’s words', () => {
    expect(check('cite-evidence-altered').lines).toEqual([
      `${FIXTURES}/cite-evidence-altered/evidence-altered-case.mdx:38  practices[0].evidence  evidence 须逐字摘自所引段落（¶2–3）：“由馆员轮番主讲”前 4 个字与原文相同，从“番”起不同。请从这些段落中照抄一小句，标点只可有全角半角之别`,
    ]);
  });

  it('reports an entry citing a source that is not in the sources folder', () => {
    expect(check('cite-unknown-source').lines).toEqual([
      `${FIXTURES}/cite-unknown-source/unknown-source-case.mdx:58  source.id  找不到来源“riverside-libary”：${FIXTURES}/sources/ 里既没有 riverside-libary.txt（代码库保存的原文），也没有 riverside-libary.fingerprint.json（原文的指纹），本机的 ${FIXTURES}/sources/local/ 里也没有原文。先用 npm run import 导入原文（写好 riverside-libary.yaml），条目才能引用它的段落`,
    ]);
  });

  it('warns about a number in the prose that neither the figures nor the report state', () => {
    const result = check('cite-prose-number');
    expect(result.lines).toEqual([
      `${f('cite-prose-number', 'prose-number-case')}:4  summary  提醒：叙述中的数字“35”既不在本条目的 figures 中，也不在原文（第 1–6 段）中：请核对。推算出的数字（如两数之比、增幅）请写进 editorsNote（编者按）`,
    ]);
    expect(result.problems.every((p) => p.severity === 'warning')).toBe(true);
  });

  it("does not take the year of a compiler's heading over the report for the report's own", () => {
    // A real entry, with the compilation's "2021" (only in the heading over its report) written into its summary.
    const dir = mkdtempSync(join(tmpdir(), 'prose-year-'));
    const entry = readFileSync(join(ROOT, 'content/cases/drainage-ankang-cup-safety-drive.mdx'), 'utf8');
    writeFileSync(join(dir, 'drainage-ankang-cup-safety-drive.mdx'), entry.replace(/^summary: >-\n {2}/m, '$&2021年，'));
    const result = validateArchive({
      root: ROOT,
      casesDir: dir,
      taxonomyDir: 'content/taxonomy',
      sourcesConfig: 'content/sources.config.yaml',
      sourcesDir: 'content/sources',
      today: '2026-11-26',
    });
    rmSync(dir, { recursive: true, force: true });
    const warnings = result.problems.filter((p) => p.severity === 'warning').map((p) => `${p.field}  ${p.message}`);
    expect(warnings).toEqual([expect.stringMatching(/^summary {2}叙述中的数字“2021”既不在本条目的 figures 中/)]);
  });

  it('notes the report paragraphs that nothing cites, without failing', () => {
    const result = check('cite-coverage');
    expect(result.lines).toEqual([]);
    expect(result.notes).toContain(
      `覆盖：${f('cite-coverage', 'coverage-case')} 没有引用原文第 6 段（本报告第 1–6 段中的 1 段）；请看看是否漏了什么`,
    );
  });
});

describe('npm run validate, an entry is untrusted content: nothing in it may run', () => {
  const only = '案例正文只能用 Markdown（以及 src/core/mdx-features.ts 列出的少数排版用 HTML 标签）';
  const scriptUrl =
    '会在读者的浏览器里运行代码：javascript:、vbscript:、data: 链接一律不收。请链接到网页（https://…）或站内页面（/cases/…）';
  it.each([
    ['unsafe-import', `正文不能有 import 语句：它会在构建时作为代码运行。${only}；请删去这一行，要说明的内容直接写成文字`],
    ['unsafe-export', `正文不能有 export 语句：它会在构建时作为代码运行。${only}；请删去这一行，要说明的内容直接写成文字`],
    [
      'unsafe-expression',
      "正文不能有花括号表达式“{(() => { throw new Error('x') …}”：它会在构建时作为代码运行。要写花括号请用全角“｛｝”或 \\{ \\}；备注请写成注释 {/* … */}",
    ],
    [
      'unsafe-iframe',
      '正文不能有 <iframe>：它会从别的网站载入内容（本站页面不向第三方发出请求）。要引用视频或网页，请写成链接 [标题](https://…)',
    ],
    ['unsafe-event-handler', '<span> 的事件属性 onClick 会在读者的浏览器里运行代码。请删去它；正文不需要交互'],
    ['unsafe-javascript-link', `链接“javascript:alert(1)”${scriptUrl}`],
    [
      'unsafe-component',
      `正文不能有组件 <Chart>：${only}。可用的 HTML 标签：a、abbr、b、blockquote、br、cite、code、dd、del、details、dfn、div、dl、dt、em、figcaption、figure、h2、h3、h4、hr、i、ins、kbd、li、mark、ol、p、q、rp、rt、ruby、s、small、span、strong、sub、summary、sup、table、tbody、td、tfoot、th、thead、time、tr、u、ul；没有可用的组件`,
    ],
  ])('refuses %s at its line, saying what to write instead', (folder, message) => {
    expect(check(folder).lines).toEqual([`${f(folder, `${folder}-case`)}:76  body  ${message}`]);
  });

  it('refuses a raw <script> and its dangerouslySetInnerHTML', () => {
    const file = f('unsafe-script', 'unsafe-script-case');
    expect(check('unsafe-script').lines).toEqual([
      `${file}:76  body  正文不能有 <script>：它会在读者的浏览器里运行代码，本站的页面不运行正文里的脚本。请删去它`,
      `${file}:76  body  <script> 的 dangerouslySetInnerHTML 会把任意 HTML 放进页面。请删去它，内容直接用 Markdown 写在正文里`,
    ]);
  });

  it('refuses a raw <style> and the expression inside it', () => {
    const file = f('unsafe-style', 'unsafe-style-case');
    expect(check('unsafe-style').lines).toEqual([
      `${file}:76  body  正文不能有 <style>：它会改变整个页面的样式。正文的排版由网站统一决定，请删去它，强调用 **粗体**`,
      `${file}:76  body  正文不能有花括号表达式“{\`body { display: none }\`}”：它会在构建时作为代码运行。要写花括号请用全角“｛｝”或 \\{ \\}；备注请写成注释 {/* … */}`,
    ]);
  });

  it('accepts a comment in braces (it runs nothing) and text markup', () => {
    expect(check('safe-comment').lines).toEqual([]);
  });

  it('refuses a frontmatter whose aliases expand without end, at the first alias, without a stack trace', () => {
    expect(check('alias-bomb').lines).toEqual([
      `${f('alias-bomb', 'alias-bomb-case')}:64  frontmatter  YAML 的别名（*名称）展开后过于庞大，像是要耗尽内存的构造，未予读取。条目的字段不需要锚点 & 和别名 *：请把值直接写出来`,
    ]);
  });
});
