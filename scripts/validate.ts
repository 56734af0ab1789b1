/**
 * npm run validate [folder | files…] [--strict] [--sources <config>] [--today YYYY-MM-DD]
 *
 * Checks every case entry without building the site and prints every problem as
 * `file:line  field  message`. Exits 1 when there are errors (or, with --strict, warnings).
 */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SITE } from '../src/config';
import { formatProblem, sortProblems } from '../src/validation/problem';
import { validateArchive } from '../src/validation/run';
import { SOURCES_CONFIG } from '../src/validation/sources';
import { TaxonomyError } from '../src/loaders/taxonomy';
import { SOURCES_DIR } from '../src/loaders/sources';
import { parseCommandLine } from './cli-args';

const HELP = `用法：npm run validate [-- <目录>] [--strict] [--sources <配置文件>]

检查案例条目（不构建网站），把所有问题按“文件:行号  字段  说明”列出。
  <目录>        内容目录（含 cases/ 和 taxonomy/）或直接放案例的目录；默认 ${SITE.contentDir}/
  --strict      “提醒”也算失败（CI 这样运行：提交的条目不能留有待填写的内容）
  --sources     抄袭检查的来源配置；默认 <内容目录>/${SOURCES_CONFIG}
  --today       把这一天当作今天（YYYY-MM-DD），用于检查日期
  --help        显示本说明`;

const { values, positionals } = parseCommandLine(
  {
    allowPositionals: true,
    options: {
      strict: { type: 'boolean', default: false },
      sources: { type: 'string' },
      today: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  },
  'npm run validate -- --help 查看说明',
);
if (values.help) {
  console.log(HELP);
  process.exit(0);
}

const target = resolve(positionals[0] ?? SITE.contentDir);
if (!existsSync(target) || !statSync(target).isDirectory()) {
  console.error(`找不到目录 ${target}`);
  process.exit(2);
}
// A content folder (cases/ + taxonomy/) or a bare folder of entries checked against the repo's taxonomy.
const isContentRoot = existsSync(join(target, 'cases'));
const contentRoot = isContentRoot ? target : resolve(target, '..');
const casesDir = isContentRoot ? join(target, 'cases') : target;
const taxonomyDir = existsSync(join(contentRoot, 'taxonomy')) ? join(contentRoot, 'taxonomy') : resolve(SITE.contentDir, 'taxonomy');
// The source documents entries cite: the content folder's own sources/, else the archive's.
const sourcesDir = [join(contentRoot, 'sources'), SOURCES_DIR].find((p) => existsSync(p)) ?? SOURCES_DIR;
const sourcesConfig =
  values.sources ?? [join(contentRoot, SOURCES_CONFIG), resolve(SITE.contentDir, SOURCES_CONFIG)].find((p) => existsSync(p));

const started = performance.now();
let result;
try {
  result = validateArchive({
    casesDir,
    taxonomyDir,
    sourcesDir,
    ...(sourcesConfig ? { sourcesConfig } : {}),
    ...(values.today ? { today: values.today } : {}),
  });
} catch (error) {
  if (error instanceof TaxonomyError) {
    console.error(`分类词表有误，无法检查案例：\n${error.message}`);
    process.exit(1);
  }
  throw error;
}
const problems = sortProblems(result.problems);
for (const p of problems) console.log(formatProblem(p));
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;
for (const note of result.notes) console.log(`· ${note}`);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const failed = errors > 0 || (values.strict && warnings > 0);
console.log(
  failed || problems.length
    ? `检查了 ${result.entries} 个案例：${errors} 个错误，${warnings} 个提醒（${seconds} 秒）。`
    : `检查了 ${result.entries} 个案例，没有发现问题（${seconds} 秒）。`,
);
process.exit(failed ? 1 : 0);
