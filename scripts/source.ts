/**
 * npm run source -- show <source-id> <paragraph> [<paragraph> …]
 * npm run source -- list
 * npm run source -- record <source-id> | --all
 *
 * Prints paragraphs of a source document in content/sources/ with their numbers (a paragraph is a
 * line of the file, counted from 1), so contributors and reviewers can check what an entry cites.
 * `79-81` prints a range.
 */
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SITE } from '../src/config';
import { pilcrow } from '../src/core/paragraphs';
import { fingerprintPath, loadSource, loadSourceRecord, SOURCES_DIR, sourceIds } from '../src/loaders/sources';
import { buildFingerprint, fingerprintJson, needlesOf } from '../src/validation/fingerprint';
import { readEntries } from '../src/validation/run';
import { parseCommandLine } from './cli-args';

const HELP = `用法：npm run source -- show <来源 id> <段落号> [<段落号> …]
       npm run source -- list

按段落号显示 content/sources/ 中来源文档的段落（段落号 = 源文件的行号，从 1 数起）。
  show    显示这些段落，如 show 000_553786800db20cef 79 81，或用 79-81 表示一段范围
  list    列出所有来源及其段数
  record  为全文不进代码库的来源（记录里 kept: false）生成指纹 <id>.fingerprint.json：每段的字数、SHA-256、
          数字和空白记号，条目所引的短句（逐条对照原文核实后记录）和抄袭检查用的抽样指纹。
          需要原文在本机（content/sources/local/<id>.txt）；条目改了引语、evidence 或数字后重新运行。
          record --all 为所有这样的来源生成`;

const {
  values: { help, all },
  positionals: [command, id, ...rest],
} = parseCommandLine(
  { allowPositionals: true, options: { help: { type: 'boolean', short: 'h' }, all: { type: 'boolean' } } },
  'npm run source -- --help 查看说明',
);

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
    const s = loadSource(sid);
    const where = !s ? '没有原文，也没有指纹' : s.textAtHand ? (s.record?.kept === false ? '原文在本机' : '原文在代码库') : '只有指纹';
    console.log(
      `${sid}  ${s?.paragraphs.count ?? 0} 段  ${where}  ${s?.record?.title ?? loadSourceRecord(sid).record?.title ?? '（缺少来源记录）'}`,
    );
  }
  process.exit(0);
}

if (command === 'record') {
  const ids = all ? sourceIds().filter((sid) => loadSource(sid)?.record?.kept === false) : id ? [id] : [];
  if (!ids.length) fail(`请给出来源 id，或 --all。已有的来源：${sourceIds().join('、') || '（无）'}`);
  const rel = (p: string) => relative(process.cwd(), p).split('\\').join('/');
  const { entries } = readEntries(join(SITE.contentDir, 'cases'), rel);
  let failed = false;
  for (const sid of ids) {
    const source = loadSource(sid);
    if (!source?.textAtHand)
      fail(
        `来源“${sid}”的原文不在本机（${rel(join(SOURCES_DIR, 'local', `${sid}.txt`))}）：指纹只能对照原文生成。请先用 npm run import 导入原文`,
      );
    if (source.record?.kept !== false) {
      console.log(`· ${sid}：全文保存在代码库里（kept: true），不需要指纹`);
      continue;
    }
    const { fingerprint, unrecorded } = buildFingerprint(sid, source.text, needlesOf(entries, sid));
    for (const { needle, why } of unrecorded) {
      failed = true;
      console.error(
        `✗ ${needle.file}  ${needle.field}  “${needle.text}”${why}（${pilcrow([...needle.paragraphs])}）：没有记录。请先按 npm run validate 的提示改正条目`,
      );
    }
    writeFileSync(fingerprintPath(sid), fingerprintJson(fingerprint));
    console.log(
      `✓ ${rel(fingerprintPath(sid))}：${fingerprint.paragraphs.length} 段，记录短句和数字 ${fingerprint.quotes.length} 处，抽样指纹 ${fingerprint.winnow.hans.length} + ${fingerprint.winnow.hant.length} 个`,
    );
  }
  process.exit(failed ? 1 : 0);
}

if (command !== 'show') fail(`不认识的命令“${command}”。\n\n${HELP}`);
if (!id) fail(`请给出来源 id。已有的来源：${sourceIds().join('、') || '（无）'}`);
const source =
  loadSource(id) ?? fail(`找不到来源“${id}”：${SOURCES_DIR} 里没有 ${id}.txt。已有的来源：${sourceIds().join('、') || '（无）'}`);
if (!source.textAtHand)
  fail(`来源“${id}”的原文不在本机（代码库只保存它的指纹，不转载全文）。原文在它的网址：${source.record?.obtainedFrom ?? '见来源记录'}`);
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
