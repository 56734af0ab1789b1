import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { comparePeer, formatPeer, PEER_FIGURES, type PeerFigures } from '../../scripts/bench/peer/compare';
import { starlightPage } from '../../scripts/bench/peer/convert';
import { generateCase, readTaxonomy } from '../../scripts/bench/generate';

const figures = (x: number): PeerFigures => Object.fromEntries(PEER_FIGURES.map((n, i) => [n, x * (i + 1)])) as PeerFigures;

describe('the bench beside its peer', () => {
  it('takes each ratio within a run, then the median of the runs', () => {
    // Run 2's machine is twice as slow for both sites: its ratios are the same as run 1's.
    const c = comparePeer([
      { archive: figures(1), peer: figures(4) },
      { archive: figures(2), peer: figures(8) },
      { archive: figures(3), peer: figures(4) },
    ]);
    expect(c.ratios!.firstResultMs).toBe(0.25);
    expect(c.runs.map((r) => r.ratios!.medianQueryMs)).toEqual([0.25, 0.25, 0.75]);
    expect(c.archive.buildPlusIndexSeconds).toBe(2);
    expect(c.peer!.buildPlusIndexSeconds).toBe(4);
    expect(formatPeer(c, 'starlight')).toMatch(/firstResultMs\s+4\s+8\s+0\.25\s+0\.25, 0\.25, 0\.75/);
  });

  it('says when a site answered without showing the practice typed, and keeps it in the runs', () => {
    const c = comparePeer([
      { archive: figures(1), peer: figures(4), shown: { archive: true, peer: false } },
      { archive: figures(1), peer: figures(4), shown: { archive: true, peer: true } },
    ]);
    expect(c.runs[0]!.shown).toEqual({ archive: true, peer: false });
    const table = formatPeer(c, 'starlight');
    expect(table).toContain('starlight did not show the practice typed in 1 of 2 run(s)');
    expect(table).not.toContain('archive did not show');
  });

  it('keeps each run’s build CPU-seconds and prints their totals beside the ratios', () => {
    const c = comparePeer([
      { archive: figures(1), peer: figures(4), cpu: { archive: { MainThread: 20.5, pagefind_extend: 12.9 }, peer: { MainThread: 25 } } },
      { archive: figures(2), peer: figures(8), cpu: { archive: { MainThread: 21 } } },
    ]);
    expect(c.runs[0]!.cpu).toEqual({ archive: { MainThread: 20.5, pagefind_extend: 12.9 }, peer: { MainThread: 25 } });
    expect(formatPeer(c, 'starlight')).toContain('build CPU-seconds per run, archive / starlight: 33.4 / 25, 21 / —');
    expect(formatPeer(comparePeer([{ archive: figures(1), peer: figures(4) }]), 'starlight')).not.toContain('CPU-seconds');
  });

  it('keeps how long the archive’s Pagefind read on past the last case page and then wrote, and prints it per run', () => {
    const c = comparePeer([
      { archive: figures(1), peer: figures(4), pagefind: { readLagSeconds: 2.0894, writeSeconds: 6.4937 } },
      { archive: figures(2), peer: figures(8) },
    ]);
    expect(c.runs[0]!.pagefind).toEqual({ readLagSeconds: 2.0894, writeSeconds: 6.4937 });
    expect(formatPeer(c, 'starlight')).toContain(
      "the archive's build after its last case page, per run: Pagefind reading on + writing (s): 2.1 + 6.5, —",
    );
    expect(formatPeer(comparePeer([{ archive: figures(1), peer: figures(4) }]), 'starlight')).not.toContain('Pagefind reading on');
  });

  it('gives medians and no ratios when the archive runs alone', () => {
    const c = comparePeer([{ archive: figures(1) }, { archive: figures(3) }]);
    expect(c.ratios).toBeUndefined();
    expect(c.archive.firstResultKB).toBe(6);
    expect(() => comparePeer([])).toThrow(/no runs/);
  });

  it('gives Starlight the text a reader of the case page sees, each practice a heading', () => {
    const tax = readTaxonomy(join(import.meta.dirname, '..', '..', 'content'));
    const c = generateCase(tax, 3, 1);
    const page = starlightPage(c.source);
    const fm = parse(/^---\n([\s\S]*?)\n---\n/.exec(page)![1]!) as { title: string };
    expect(fm.title).toBe((parse(/^---\n([\s\S]*?)\n---\n/.exec(c.source)![1]!) as { title: string }).title);
    for (const name of c.practiceNames) expect(page).toContain(`\n### ${name}\n`);
    // The body follows whole.
    expect(page).toContain(c.source.slice(c.source.indexOf('\n---\n') + 5).trim());
    expect(() => starlightPage('no frontmatter', 'x.mdx')).toThrow(/x\.mdx: no frontmatter/);
  });

  it('pins the peer: exact versions, locked', () => {
    const dir = join(import.meta.dirname, '..', '..', 'scripts', 'bench', 'peer');
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string }> };
    for (const [name, version] of Object.entries(pkg.dependencies)) {
      expect(version).toMatch(/^\d+\.\d+\.\d+$/);
      expect(lock.packages[`node_modules/${name}`]?.version).toBe(version);
    }
  });
});
