/**
 * npm run source -- show <source-id> <paragraph> [<paragraph> …]
 * npm run source -- list
 *
 * Prints paragraphs of a source document in content/sources/ with their numbers (a paragraph is a
 * line of the file, counted from 1), so contributors and reviewers can check what an entry cites.
 * `79-81` prints a range.
 */
import { pilcrow } from '../src/core/paragraphs';
import { loadSource, SOURCES_DIR, sourceIds } from '../src/loaders/sources';
import { parseCommandLine } from './cli-args';

const HELP = `用法：npm run source -- show <来源 id> <段落号> [<段落号> …]
       npm run source -- list

按段落号显示 content/sources/ 中来源文档的段落（段落号 = 源文件的行号，从 1 数起）。
  show    显示这些段落，如 show 000_553786800db20cef 79 81，或用 79-81 表示一段范围
  list    列出所有来源及其段数`;

const {
  values: { help },
  positionals: [command, id, ...rest],
} = parseCommandLine({ allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } }, 'npm run source -- --help 查看说明');

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!command || help) {
  console.log(HELP);
  process.exit(help ? 0 : 1);
}

if (command === 'list') {
  for (const sid of sourceIds()) {
    const s = loadSource(sid)!;
    console.log(`${sid}  ${s.paragraphs.count} 段  ${s.record?.title ?? '（缺少来源记录）'}`);
  }
  process.exit(0);
}

if (command !== 'show') fail(`不认识的命令“${command}”。\n\n${HELP}`);
if (!id) fail(`请给出来源 id。已有的来源：${sourceIds().join('、') || '（无）'}`);
const source =
  loadSource(id) ?? fail(`找不到来源“${id}”：${SOURCES_DIR} 里没有 ${id}.txt。已有的来源：${sourceIds().join('、') || '（无）'}`);
if (!rest.length) fail('请给出要显示的段落号，如 79 81，或 79-81');

const wanted: number[] = [];
for (const arg of rest) {
  const m = /^(\d+)(?:[-–](\d+))?$/.exec(arg);
  if (!m) fail(`“${arg}”不是段落号：请写数字（如 79）或范围（如 79-81）`);
  const a = Number(m[1]);
  const b = Number(m[2] ?? m[1]);
  if (b < a) fail(`范围“${arg}”的起点大于终点`);
  for (let n = a; n <= b; n++) wanted.push(n);
}
const missing = wanted.filter((n) => source.paragraphs.at(n) === undefined);
if (missing.length) fail(`来源 ${id} 只有 ${source.paragraphs.count} 段，没有第 ${missing.join('、')} 段`);

console.log(`${source.record?.title ?? id}（${id}）${pilcrow(wanted)}\n`);
for (const n of [...new Set(wanted)].sort((x, y) => x - y)) console.log(`¶${n}  ${source.paragraphs.at(n)}\n`);
