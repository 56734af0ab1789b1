/**
 * `node scripts/bench/pagefind-memory.ts --pages 5000 [--parts 1,5] [--lang zh-cn,en]`
 *
 * Isolates Pagefind's indexing cost from Astro's: writes N plain HTML pages shaped like the
 * archive's case pages (same synthetic corpus as the bench, same `data-pagefind-body` article),
 * then indexes them with the Pagefind CLI — whole, or in K parts run one after another — and
 * reports wall time and the peak resident memory of the indexer. docs/performance.md explains
 * what the numbers show.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { generateCase, readTaxonomy } from './generate.ts';
import { CASE_PAGES_GLOB, casePath, casePagesGlob, htmlFile } from '../../src/core/routes.ts';
import { escapeHtml } from '../../src/lib/html.ts';
import { parseCommandLine } from '../cli-args.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { values } = parseCommandLine(
  {
    options: {
      pages: { type: 'string', default: '1000' },
      parts: { type: 'string', default: '1' },
      lang: { type: 'string', default: 'zh-cn' },
    },
  },
  '用法见 scripts/bench/pagefind-memory.ts 的开头',
);
const N = Number(values.pages);
const SITE = join(ROOT, '.cache', `pf-memory-${N}`);

function writeSite() {
  if (existsSync(join(SITE, htmlFile(casePath(`bench-${String(N).padStart(5, '0')}`))))) return;
  rmSync(SITE, { recursive: true, force: true });
  const tax = readTaxonomy(join(ROOT, 'content'));
  for (let i = 0; i < N; i++) {
    const c = generateCase(tax, i);
    const [, fm = '', body = ''] = /^---\n([\s\S]*?)---\n\n([\s\S]*)$/.exec(c.source) ?? [];
    const d = parse(fm) as { title: string; summary: string; practices: { id: string; name: string; summary: string }[] };
    const practices = d.practices
      .map((p) => `<li id="${p.id}"><h3>${escapeHtml(p.name)}</h3><p>${escapeHtml(p.summary)}</p></li>`)
      .join('');
    const text = body
      .split('\n\n')
      .map((b) => (b.startsWith('## ') ? `<h2>${escapeHtml(b.slice(3))}</h2>` : b.startsWith('|') ? '' : `<p>${escapeHtml(b)}</p>`))
      .join('');
    const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(d.title)}</title></head><body><header><nav>首页 案例 做法 主题 标签 搜索 关于</nav></header><main><article data-pagefind-body><h1>${escapeHtml(d.title)}</h1><p>${escapeHtml(d.summary)}</p><ol>${practices}</ol>${text}</article></main><footer>文明创建典型经验库</footer></body></html>`;
    const file = join(SITE, htmlFile(casePath(c.slug)));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, html);
  }
}

function index(lang: string, glob: string, out: string) {
  const timeFile = join(SITE, '.time');
  const start = performance.now();
  const bin = join(ROOT, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');
  const r = spawnSync(
    '/usr/bin/time',
    [
      '-v',
      '-o',
      timeFile,
      process.execPath,
      bin,
      '--site',
      SITE,
      '--glob',
      glob,
      '--force-language',
      lang,
      '--output-path',
      out,
      '--quiet',
    ],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(r.stderr);
  const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(timeFile, 'utf8'))?.[1]);
  return { seconds: (performance.now() - start) / 1000, rssMB: Math.round(kb / 1024) };
}

writeSite();
console.log(`pages  lang   parts  seconds  peak RSS MB (largest part)`);
for (const lang of values.lang.split(',')) {
  for (const k of values.parts.split(',').map(Number)) {
    let seconds = 0;
    let rssMB = 0;
    const per = Math.ceil(N / k);
    for (let p = 0; p < k; p++) {
      // Parts are consecutive slug ranges; each one is a separate index bundle.
      const ids = Array.from({ length: Math.min(per, N - p * per) }, (_, j) => `bench-${String(p * per + j + 1).padStart(5, '0')}`);
      const glob = k === 1 ? CASE_PAGES_GLOB : casePagesGlob(ids);
      const r = index(lang, glob, join(SITE, `pagefind-${lang}-${k}-${p}`));
      seconds += r.seconds;
      rssMB = Math.max(rssMB, r.rssMB);
    }
    console.log(`${String(N).padEnd(6)} ${lang.padEnd(6)} ${String(k).padEnd(6)} ${seconds.toFixed(1).padStart(7)}  ${rssMB}`);
  }
}
