/**
 * The instant tier's shards started from the loaded collection (src/integrations/suggest-shards.ts,
 * src/loaders/loaded-cases.ts): made before the pages into a staging folder, they reach the output
 * only if the practices the pages read are exactly the ones they were made from; otherwise they are
 * made again from the pages'. Driven through the integration's own hooks, with its real worker.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import suggestShards, { STAGING, earlySuggestData, sameEntries } from '../../src/integrations/suggest-shards';
import { closeLoadedCases, handOverLoadedCases, type LoadedCase } from '../../src/loaders/loaded-cases';
import { loadTaxonomy } from '../../src/loaders/taxonomy';
import { compareCases } from '../../src/core/collate';
import { makeRoutes, suggestDir } from '../../src/core/routes';
import { buildShards, shardFile, shardKeyOf, shardsVersion } from '../../src/search/suggest';
import { suggestData } from '../../src/search/suggest-data';
import { handOverSuggest, takeSuggestHandoff, type SuggestHandoff } from '../../src/search/suggest-handoff';
import type { CaseData } from '../../src/schemas/case';

const tags = loadTaxonomy().tags.list;

/** A case as the loader holds it, with only what the instant tier and the archive's order read. */
const loaded = (id: string, reported: number, title: string, practices: [string, string[], string[]][]): LoadedCase => ({
  id,
  data: {
    title,
    period: { reported },
    unit: { name: `${title}单位` },
    practices: practices.map(([name, aliases, slugs], i) => ({ id: `practice-${i + 1}`, name, aliases, tags: slugs })),
  } as unknown as CaseData,
});

const CASES = [
  loaded('older', 2010, '乙单位创建总结', [['首问责任制', ['首问负责制'], [tags[0]!.slug]]]),
  loaded('newer', 2020, '甲单位創建總結', [
    ['志願服務隊', [], [tags[1]!.slug]],
    ['安康杯竞赛', ['安康杯'], []],
  ]),
];

type Hooks = Record<string, (options: unknown) => unknown>;

/** One build's worth of the integration's hooks, in a fresh output and cache folder. */
function build() {
  const root = mkdtempSync(join(tmpdir(), 'early-shards-'));
  const outDir = join(root, 'dist');
  const cacheDir = join(root, 'cache');
  const hooks = suggestShards().hooks as unknown as Hooks;
  const logged: string[] = [];
  const logger = { info: (line: string) => logged.push(line) };
  hooks['astro:config:setup']!({ command: 'build' });
  hooks['astro:config:done']!({ config: { outDir: pathToFileURL(`${outDir}/`), cacheDir: pathToFileURL(`${cacheDir}/`), base: '/' } });
  return {
    root,
    outDir,
    cacheDir,
    logged,
    /** The content sync is over and Astro starts building. */
    start: () => hooks['astro:build:start']!({}),
    /** The pages are generated: the integration waits for the shards. */
    generated: () => hooks['astro:build:generated']!({ dir: pathToFileURL(`${outDir}/`), logger }) as Promise<void>,
  };
}

/** The practices the pages read, as the shard endpoint hands them over (the collection is sorted first). */
function pagesData(cases: readonly LoadedCase[]): SuggestHandoff {
  const vocabulary = loadTaxonomy().tags;
  const { entries, tags: table } = suggestData([...cases].sort(compareCases), {
    tags: vocabulary.list,
    practiceUrl: makeRoutes('/').practice,
    tagOf: (slug) => vocabulary.bySlug.get(slug)!,
  });
  return { folder: suggestDir(shardsVersion(entries, table)), entries };
}

/** A build whose loader handed over `cases` during the content sync. */
function buildFromLoader(cases: readonly LoadedCase[]) {
  const b = build();
  made.push(b.root);
  handOverLoadedCases(() => [...cases]);
  b.start();
  return b;
}

const made: string[] = [];
afterEach(() => {
  closeLoadedCases();
  takeSuggestHandoff();
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('suggestData', () => {
  it('lists practices in the archive’s order of cases, in simplified script, whatever order the cases come in', () => {
    const { entries } = pagesData(CASES);
    expect(entries.map((e) => e.u)).toEqual(['/cases/newer/#practice-1', '/cases/newer/#practice-2', '/cases/older/#practice-1']);
    expect(entries[0]).toMatchObject({ n: '志愿服务队', c: '甲单位创建总结' });
    expect(pagesData([...CASES].reverse())).toEqual(pagesData(CASES));
    // The loader's cases come in file order: the shard step puts them in the archive's order itself.
    expect(earlySuggestData([...CASES].reverse(), '/')).toEqual(pagesData(CASES));
    expect([...CASES].sort(compareCases).map((c) => c.id)).toEqual(['newer', 'older']);
  });
});

describe('shards started from the loaded collection', () => {
  it('are made before the pages and moved into the output when the pages read the same practices', async () => {
    const b = buildFromLoader(CASES);
    const data = pagesData(CASES);
    expect(earlySuggestData(CASES, '/')).toEqual(data);
    // Made in the staging folder, and nothing in the output before the pages: Astro empties it after the collection loads.
    const staging = join(b.cacheDir, STAGING, data.folder);
    const count = buildShards(data.entries).shards.size;
    await vi.waitFor(() => expect(existsSync(staging) && readdirSync(staging).length).toBe(count), { timeout: 10_000 });
    expect(existsSync(join(b.outDir, data.folder))).toBe(false);
    handOverSuggest(data);
    await b.generated();
    const built = buildShards(data.entries);
    const out = join(b.outDir, data.folder);
    expect(readdirSync(out).sort()).toEqual([...built.shards.keys()].map((k) => `${k}.json`).sort());
    const key = shardKeyOf('首问')!;
    expect(JSON.parse(readFileSync(join(out, `${key}.json`), 'utf8'))).toEqual(shardFile(key, built));
    expect(existsSync(join(b.cacheDir, STAGING, data.folder))).toBe(false);
    expect(b.logged.join('\n')).toMatch(
      new RegExp(`wrote ${built.shards.size} suggestion shards .*started when the collection was loaded.* → ${data.folder}`),
    );
  });

  it('are made again from the pages’ practices when those differ, and the early ones never reach the output', async () => {
    const b = buildFromLoader(CASES);
    const early = pagesData(CASES);
    // The pages read one practice under another name (as if the collection were not what the loader saw).
    const renamed = [CASES[0]!, loaded('newer', 2020, '甲单位創建總結', [['志愿服务站', [], [tags[1]!.slug]]])];
    const data = pagesData(renamed);
    expect(sameEntries(early.entries, data.entries)).toBe(false);
    handOverSuggest(data);
    await b.generated();
    expect(readdirSync(b.outDir)).toEqual([data.folder.split('/')[0]]);
    expect(existsSync(join(b.outDir, early.folder))).toBe(false);
    const built = buildShards(data.entries);
    expect(readdirSync(join(b.outDir, data.folder)).length).toBe(built.shards.size);
    const key = shardKeyOf('服务站')!;
    expect(JSON.parse(readFileSync(join(b.outDir, data.folder, `${key}.json`), 'utf8'))).toEqual(shardFile(key, built));
    expect(existsSync(join(b.cacheDir, STAGING, early.folder))).toBe(false);
    expect(b.logged.join('\n')).toMatch(/started from the pages/);
  });

  it('clear what an earlier, failed build left in the staging folder', async () => {
    const b = build();
    made.push(b.root);
    const left = join(b.cacheDir, STAGING, 'search', 'suggest', '00000000');
    mkdirSync(left, { recursive: true });
    writeFileSync(join(left, 'p4e00.json'), '{}');
    handOverLoadedCases(() => [...CASES]);
    b.start();
    handOverSuggest(pagesData(CASES));
    await b.generated();
    expect(existsSync(left)).toBe(false);
    expect(readdirSync(join(b.outDir, 'search', 'suggest'))).toEqual([pagesData(CASES).folder.split('/')[2]]);
  });

  it('start from the pages when the loader handed nothing over', async () => {
    const b = build();
    made.push(b.root);
    b.start();
    // Closed at build start: a loader that hands over later is not heard.
    handOverLoadedCases(() => {
      throw new Error('read although nobody asked');
    });
    const data = pagesData(CASES);
    handOverSuggest(data);
    await b.generated();
    expect(readdirSync(join(b.outDir, data.folder)).length).toBe(buildShards(data.entries).shards.size);
    expect(b.logged.join('\n')).toMatch(/started from the pages/);
  });

  it('are not started from cases the taxonomy cannot place (the build’s own check reports those)', () => {
    expect(earlySuggestData([loaded('x', 2020, '标题', [['做法', [], ['no-such-tag']]])], '/')).toBeNull();
  });
});
