/**
 * npm run import:measure — how well the import tool's tag candidates serve the editors: for every case
 * whose source text is at hand (kept in the repository or held in content/sources/local/), the tags
 * the tool offers for the paragraphs the case rests on, against the tags the editors kept. A report,
 * not a test: which texts are at hand differs between machines (CI holds the seed document only).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { analyseReport } from '../src/import/analyse';
import { loadTaxonomy } from '../src/loaders/taxonomy';
import { loadDatingClues } from '../src/loaders/dating-clues';
import { sourceTextPath } from '../src/loaders/sources';
import { parseCommandLine } from './cli-args';

const { values } = parseCommandLine(
  { options: { content: { type: 'string', default: 'content' }, json: { type: 'boolean' } } },
  'npm run import:measure [-- --content 目录] [--json]',
);
const content = values.content!;
const sources = join(content, 'sources');
const tax = loadTaxonomy(join(content, 'taxonomy'));
const clues = loadDatingClues(join(content, 'taxonomy'));

interface Row {
  slug: string;
  source: string;
  kept: number;
  offered: number;
  hit: number;
  missed: string[];
}
const rows: Row[] = [];
const absent = new Set<string>();
for (const file of readdirSync(join(content, 'cases'))
  .filter((f) => /\.mdx?$/.test(f))
  .sort()) {
  const data = parse(readFileSync(join(content, 'cases', file), 'utf8').split(/^---$/m)[1]!) as {
    source: { id: string; lines?: [number, number] };
    tags: string[];
  };
  const path = [sourceTextPath(data.source.id, sources), sourceTextPath(data.source.id, sources, false)].find((p) => existsSync(p));
  if (!path) {
    absent.add(data.source.id);
    continue;
  }
  const findings = analyseReport(readFileSync(path, 'utf8'), data.source.lines, { clues, tags: tax.tags.list });
  const offered = new Set(findings.tags.map((t) => t.slug));
  const hit = data.tags.filter((t) => offered.has(t));
  rows.push({
    slug: file.replace(/\.mdx?$/, ''),
    source: data.source.id,
    kept: data.tags.length,
    offered: offered.size,
    hit: hit.length,
    missed: data.tags.filter((t) => !offered.has(t)),
  });
}
const sum = (k: 'kept' | 'offered' | 'hit') => rows.reduce((n, r) => n + r[k], 0);
if (values.json) {
  console.log(JSON.stringify({ rows, kept: sum('kept'), offered: sum('offered'), hit: sum('hit'), absent: [...absent] }, null, 2));
} else {
  for (const r of rows)
    console.log(
      `${r.slug}: 编者保留 ${r.kept} 个标签，草稿提供了其中 ${r.hit} 个（共提供 ${r.offered} 个）${r.missed.length ? `；未提供：${r.missed.join('、')}` : ''}`,
    );
  console.log(
    `\n合计：${rows.length} 个案例，编者保留 ${sum('kept')} 个标签，草稿提供了其中 ${sum('hit')} 个（${((100 * sum('hit')) / Math.max(1, sum('kept'))).toFixed(0)} %），共提供 ${sum('offered')} 个候选。`,
  );
  if (absent.size) console.log(`原文不在本机、未计入的来源：${[...absent].join('、')}`);
}
