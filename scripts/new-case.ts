/**
 * npm run new-case [-- --slug x --title 标题 --unit-type school --sector education --theme t --tags a,b …]
 *
 * Writes content/cases/<slug>.mdx with every field. In a terminal it asks for whatever the flags
 * did not give (choosing from the taxonomy with type-to-filter); without one it needs the flags.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SITE } from '../src/config';
import { loadTaxonomy, type Taxonomy } from '../src/loaders/taxonomy';
import { isCaseSlug } from '../src/core/slug';
import { CASE_TAGS, SECONDARY_THEMES, YEARS, countProblem, isPlausibleYear } from '../src/core/rules';
import { casePath } from '../src/core/routes';
import { CASE_SLUG_RULE } from '../src/text/messages';
import { localToday } from '../src/validation/today';
import { checkAnswers, renderScaffold, type ScaffoldAnswers } from '../src/validation/scaffold';
import { NOT_STATED } from '../src/core/draft';
import { argumentProblem } from './cli-args';

const HELP = `用法：npm run new-case [-- 选项]

在终端中运行时逐项询问（从分类词表中选择，可输入文字筛选）；给出下列选项则不再询问。
没有终端时（脚本、测试）必须给出带 * 的选项。

  --slug *        文件名，小写 ASCII kebab-case，如 kindergarten-swimming-programme
  --title *       标题（中文），以单位最有特色的做法开头
  --unit          单位名称，按原文
  --unit-type *   单位类型 slug（content/taxonomy/unit-types.yaml）
  --sector *      行业 slug（content/taxonomy/sectors.yaml）
  --region        地区，如 上海市黄浦区；原文没有说写 未说明（不给则留作待填写）
  --reported      报告大约写于哪一年
  --from, --to    做法覆盖的起止年份
  --theme *       主要主题 slug（content/taxonomy/themes.yaml）
  --secondary     次要主题，逗号分隔，最多 ${SECONDARY_THEMES.max} 个
  --tags *        案例标签，逗号分隔，${CASE_TAGS.min}–${CASE_TAGS.max} 个（content/taxonomy/tags.yaml）
  --dir           写到哪个目录；默认 ${SITE.contentDir}/cases
  --help          显示本说明

已存在的案例不会被覆盖。写好后运行 npm run validate 检查。`;

const OPTIONS = {
  slug: { type: 'string' },
  title: { type: 'string' },
  unit: { type: 'string' },
  'unit-type': { type: 'string' },
  sector: { type: 'string' },
  region: { type: 'string' },
  reported: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  theme: { type: 'string' },
  secondary: { type: 'string' },
  tags: { type: 'string' },
  dir: { type: 'string' },
  today: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

const fail = (lines: string[]): never => {
  for (const l of lines) console.error(`✗ ${l}`);
  process.exit(1);
};

const { values } = (() => {
  try {
    return parseArgs({ options: OPTIONS });
  } catch (error) {
    return fail([argumentProblem(error, OPTIONS, 'npm run new-case -- --help 查看说明')]);
  }
})();
if (values.help) {
  console.log(HELP);
  process.exit(0);
}

const dir = resolve(values.dir ?? join(SITE.contentDir, 'cases'));
const tax = loadTaxonomy();
const list = (s: string | undefined) =>
  (s ?? '')
    .split(/[,，\s]+/)
    .map((x) => x.trim())
    .filter(Boolean);
const yearOf = (s: string | undefined) => (s === undefined || s === '' ? undefined : Number(s));
const fileFor = (slug: string) => join(dir, `${slug}.mdx`);

const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
const REQUIRED = ['slug', 'title', 'unit-type', 'sector', 'theme', 'tags'] as const;
const missing = REQUIRED.filter((k) => !values[k]);
if (missing.length && !interactive) {
  fail([`没有终端，无法询问；请给出 ${missing.map((k) => `--${k}`).join(' ')}（npm run new-case -- --help 查看说明）`]);
}
if (values.slug && existsSync(fileFor(values.slug))) {
  fail([`${relative(process.cwd(), fileFor(values.slug))} 已存在，不会覆盖。请换一个 slug，或直接编辑该文件。`]);
}

const answers: ScaffoldAnswers = {
  slug: values.slug ?? '',
  title: values.title ?? '',
  unitName: values.unit,
  unitType: values['unit-type'] ?? '',
  sector: values.sector ?? '',
  region: values.region,
  reported: yearOf(values.reported),
  from: yearOf(values.from),
  to: yearOf(values.to),
  theme: values.theme ?? '',
  secondary: list(values.secondary),
  tags: list(values.tags),
  today: values.today ?? localToday(),
};
if (interactive && missing.length) await ask(answers, tax);

const problems = checkAnswers(answers, tax);
if (problems.length) fail(problems);
const file = fileFor(answers.slug);
if (existsSync(file)) fail([`${relative(process.cwd(), file)} 已存在，不会覆盖。`]);
mkdirSync(dir, { recursive: true });
writeFileSync(file, renderScaffold(answers, tax), { flag: 'wx' });
const shown = relative(process.cwd(), file);
console.log(`✓ 已生成 ${shown}
下一步：
  1. 打开 ${shown}，把所有【待填写】写好（字段说明见 docs/case-fields.md，写作要求见 CONTRIBUTING.md）；
  2. 运行 npm run validate，按提示逐条修改，直到没有错误和提醒（每个“还是草稿”都是一处待写的内容）；
  3. npm start 构建并预览 http://localhost:4321/${casePath(answers.slug)}（搜索只在构建后的网站上可用），然后提交 pull request。`);

/** Asks, in the terminal, for every answer the flags did not give. */
async function ask(a: ScaffoldAnswers, t: Taxonomy) {
  const { input, search, checkbox } = await import('@inquirer/prompts');
  type Choice = { value: string; name: string; description?: string };
  const choices = (terms: { slug: string; label: string; definition?: string }[]): Choice[] =>
    terms.map((term) => ({
      value: term.slug,
      name: `${term.label}  ${term.slug}`,
      ...(term.definition ? { description: term.definition } : {}),
    }));
  const filter = (all: Choice[]) => (term: string | undefined) => {
    const q = (term ?? '').trim().toLowerCase();
    return q ? all.filter((c) => c.name.toLowerCase().includes(q) || (c.description ?? '').includes(q)) : all;
  };
  const year = (message: string, fallback?: number) =>
    input({
      message,
      ...(fallback ? { default: String(fallback) } : {}),
      validate: (v) => (/^\d{4}$/.test(v.trim()) && isPlausibleYear(Number(v))) || `请输入 ${YEARS.min}–${YEARS.max} 之间的年份`,
    }).then(Number);

  if (!a.title)
    a.title = await input({ message: '标题（以单位最有特色的做法开头）', validate: (v) => v.trim().length > 0 || '标题不能为空' });
  if (!a.slug) {
    a.slug = await input({
      message: '文件名 slug（小写英文和连字符，如 kindergarten-swimming-programme）',
      validate: (v) => (isCaseSlug(v) ? (existsSync(fileFor(v)) ? '这个 slug 已被使用' : true) : CASE_SLUG_RULE),
    });
  }
  if (a.unitName === undefined) a.unitName = await input({ message: '单位名称（按原文；隐去的部分写 {withheld}，不知道可留空）' });
  if (!a.unitType) a.unitType = await search({ message: '单位类型（输入文字筛选）', source: filter(choices(t.unitTypes.list)) });
  if (!a.sector) a.sector = await search({ message: '行业（输入文字筛选）', source: filter(choices(t.sectors.list)) });
  if (a.region === undefined) {
    // Left empty in the terminal means the report names no place: 未说明, basis absent.
    a.region = (await input({ message: '地区（如 上海市黄浦区；原文没说就留空）' })).trim() || NOT_STATED;
  }
  if (a.reported === undefined) a.reported = await year('报告大约写于哪一年');
  if (a.from === undefined) a.from = await year('做法覆盖的起始年', a.reported);
  if (a.to === undefined) a.to = await year('做法覆盖的结束年', a.reported);
  if (!a.theme) a.theme = await search({ message: '主要主题（输入文字筛选）', source: filter(choices(t.themes.list)) });
  if (!a.secondary?.length) {
    a.secondary = await checkbox({
      message: `次要主题（空格选择，最多 ${SECONDARY_THEMES.max} 个，可不选）`,
      choices: choices(t.themes.list.filter((x) => x.slug !== a.theme)),
      validate: (chosen) => !countProblem(chosen.length, SECONDARY_THEMES) || `最多 ${SECONDARY_THEMES.max} 个`,
    });
  }
  if (countProblem(a.tags.length, CASE_TAGS) === 'too-few') {
    const DONE = '__done__';
    const all = choices(t.tags.list);
    for (;;) {
      const chosen = new Set(a.tags);
      const tag = await search({
        message: `案例标签（已选 ${a.tags.length} 个：${a.tags.join('、') || '无'}；输入文字筛选，选“完成”结束）`,
        source: (term) => {
          const rest = filter(all)(term).filter((c) => !chosen.has(c.value));
          return a.tags.length >= CASE_TAGS.min ? [{ value: DONE, name: '✓ 完成' }, ...rest] : rest;
        },
      });
      if (tag === DONE) break;
      a.tags.push(tag);
      if (a.tags.length >= CASE_TAGS.max) break;
    }
  }
}
