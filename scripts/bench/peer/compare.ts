/**
 * The archive beside its peer: the figures both sites are measured on, the ratio archive/peer of
 * each (lower is better for the archive), and how several runs combine. A ratio is taken within a
 * run, where both sites met the same machine, and the runs' ratios are then summarised by their
 * median: the machine's speed drifts between runs far more than between two builds in a row.
 */
import { median, round } from '../budgets.ts';

/** What both sites are measured on, in the order printed. */
export const PEER_FIGURES = [
  'buildPlusIndexSeconds',
  'firstResultMs',
  'firstResultKB',
  'firstQueryKB',
  'firstQueryMs',
  'medianQueryMs',
] as const;
export type PeerFigure = (typeof PEER_FIGURES)[number];
export type PeerFigures = Record<PeerFigure, number>;

export interface PeerRun {
  archive: PeerFigures;
  peer?: PeerFigures | undefined;
  /** Whether each site showed the practice typed (false: its answer to the whole query is what was timed). */
  shown?: { archive: boolean; peer?: boolean };
  /**
   * CPU-seconds each site's cold build (its index included) used, by program. Read beside the wall
   * time: when both grow from one run to the next, the same work cost more on a slower machine;
   * when the wall time grows alone, the build waited (for the disk, or for a core).
   */
  cpu?: { archive: Record<string, number>; peer?: Record<string, number> | undefined };
  /**
   * The archive's build's last two steps (src/integrations/pagefind.ts, IndexReport): seconds
   * Pagefind went on reading after the last case page was fed, then its write. Absent when the
   * index was not written early.
   */
  pagefind?: { readLagSeconds: number; writeSeconds: number };
}

export interface Compared {
  /** Each figure's median over the runs. */
  archive: PeerFigures;
  peer?: PeerFigures;
  /** Each figure's median over the runs of its per-run ratio archive/peer. */
  ratios?: PeerFigures;
  runs: (PeerRun & { ratios?: PeerFigures })[];
}

const each = (f: (name: PeerFigure) => number) => Object.fromEntries(PEER_FIGURES.map((n) => [n, f(n)])) as PeerFigures;
const rounded = (x: PeerFigures) => each((n) => round(x[n]));
const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 1000) / 1000 : Number.NaN);

/** Medians over the runs, and (when the peer ran) per-run ratios and their medians. */
export function comparePeer(runs: PeerRun[]): Compared {
  if (runs.length === 0) throw new Error('no runs to compare');
  const withRatios = runs.map((r) => ({
    ...(r.shown ? { shown: r.shown } : {}),
    ...(r.cpu ? { cpu: r.cpu } : {}),
    ...(r.pagefind ? { pagefind: r.pagefind } : {}),
    archive: rounded(r.archive),
    ...(r.peer ? { peer: rounded(r.peer), ratios: each((n) => ratio(r.archive[n], r.peer![n])) } : {}),
  }));
  const archive = each((n) => round(median(runs.map((r) => r.archive[n]))));
  if (!runs.every((r) => r.peer)) return { archive, runs: withRatios };
  return {
    archive,
    peer: each((n) => round(median(runs.map((r) => r.peer![n])))),
    ratios: each((n) => Math.round(median(withRatios.map((r) => r.ratios![n])) * 1000) / 1000),
    runs: withRatios,
  };
}

/** The side-by-side table the bench prints. */
export function formatPeer(c: Compared, peerName: string): string {
  const w = Math.max(...PEER_FIGURES.map((n) => n.length));
  const lines = [
    `${'figure'.padEnd(w)}  ${'archive'.padStart(9)}  ${peerName.padStart(9)}  ${'ratio'.padStart(6)}  per run`,
    ...PEER_FIGURES.map(
      (n) =>
        `${n.padEnd(w)}  ${String(c.archive[n]).padStart(9)}  ${String(c.peer?.[n] ?? '—').padStart(9)}  ${String(c.ratios?.[n] ?? '—').padStart(6)}  ${c.runs
          .map((r) => r.ratios?.[n] ?? '—')
          .join(', ')}`,
    ),
  ];
  const cpu = (side: 'archive' | 'peer') => (r: PeerRun) => {
    const byProgram = r.cpu?.[side];
    return byProgram ? String(round(Object.values(byProgram).reduce((a, b) => a + b, 0))) : '—';
  };
  if (c.runs.some((r) => r.cpu))
    lines.push(
      `build CPU-seconds per run, archive / ${peerName}: ${c.runs.map((r) => `${cpu('archive')(r)} / ${cpu('peer')(r)}`).join(', ')}`,
    );
  if (c.runs.some((r) => r.pagefind))
    lines.push(
      `the archive's build after its last case page, per run: Pagefind reading on + writing (s): ${c.runs
        .map((r) => (r.pagefind ? `${round(r.pagefind.readLagSeconds)} + ${round(r.pagefind.writeSeconds)}` : '—'))
        .join(', ')}`,
    );
  const notShown = (side: 'archive' | 'peer') => c.runs.filter((r) => r.shown && r.shown[side] === false).length;
  for (const [side, name] of [
    ['archive', 'archive'],
    ['peer', peerName],
  ] as const) {
    const n = notShown(side);
    if (n > 0)
      lines.push(
        `${name} did not show the practice typed in ${n} of ${c.runs.length} run(s): its first answer to the whole query was timed instead`,
      );
  }
  return lines.join('\n');
}
