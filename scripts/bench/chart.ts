/**
 * A small SVG line chart of how build cost grows with the number of cases: seconds (build, index)
 * and peak memory against N, on two panels. Hand-written SVG so the docs need no chart library and
 * the file is the same every time for the same numbers.
 */
import type { BenchResult } from './budgets.ts';
import { escapeHtml } from '../../src/lib/html.ts';

interface Series {
  name: string;
  colour: string;
  points: [number, number][];
}

function niceMax(v: number): number {
  if (v <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  return ([1, 2, 2.5, 5, 10].map((m) => m * p).find((m) => m >= v) ?? 10 * p) as number;
}

function panel(x0: number, title: string, unit: string, series: Series[], xs: number[]): string {
  const w = 330;
  const h = 220;
  const left = x0 + 48;
  const top = 34;
  const pw = w - 60;
  const ph = h - 70;
  const xMax = niceMax(Math.max(...xs));
  const yMax = niceMax(Math.max(...series.flatMap((s) => s.points.map(([, y]) => y))));
  const sx = (x: number) => left + (x / xMax) * pw;
  const sy = (y: number) => top + ph - (y / yMax) * ph;
  const out: string[] = [`<text x="${x0 + 8}" y="18" class="t">${escapeHtml(title)}</text>`];
  for (let i = 0; i <= 4; i++) {
    const y = (yMax / 4) * i;
    out.push(`<line x1="${left}" x2="${left + pw}" y1="${sy(y)}" y2="${sy(y)}" class="g"/>`);
    out.push(`<text x="${left - 6}" y="${sy(y) + 4}" class="a" text-anchor="end">${Math.round(y * 10) / 10}</text>`);
  }
  for (const x of xs) out.push(`<text x="${sx(x)}" y="${top + ph + 16}" class="a" text-anchor="middle">${x}</text>`);
  out.push(`<text x="${left + pw / 2}" y="${top + ph + 34}" class="a" text-anchor="middle">cases (N)</text>`);
  out.push(`<text x="${x0 + 8}" y="${top - 8}" class="a">${escapeHtml(unit)}</text>`);
  series.forEach((s, i) => {
    const d = s.points.map(([x, y], j) => `${j ? 'L' : 'M'}${sx(x).toFixed(1)},${sy(y).toFixed(1)}`).join(' ');
    out.push(`<path d="${d}" fill="none" stroke="${s.colour}" stroke-width="2"/>`);
    for (const [x, y] of s.points) out.push(`<circle cx="${sx(x).toFixed(1)}" cy="${sy(y).toFixed(1)}" r="3" fill="${s.colour}"/>`);
    out.push(`<rect x="${left + 8}" y="${top + 6 + i * 16}" width="10" height="3" fill="${s.colour}"/>`);
    out.push(`<text x="${left + 22}" y="${top + 11 + i * 16}" class="a">${escapeHtml(s.name)}</text>`);
  });
  return out.join('\n');
}

/** The figure for one program (the build's Node process or Pagefind's indexer) from a per-program map. */
function program(map: unknown, which: 'astro' | 'pagefind'): number | undefined {
  if (!map || typeof map !== 'object') return undefined;
  const entries = Object.entries(map as Record<string, number>);
  const mine = entries.filter(([name]) => (which === 'pagefind' ? name.startsWith('pagefind') : name === 'MainThread' || name === 'node'));
  return mine.length ? Math.max(...mine.map(([, v]) => v)) : undefined;
}

/**
 * Renders the chart for results at several sizes (sorted by N; at least one result). Time is
 * drawn as CPU seconds per program when the run recorded them — wall time on a shared machine
 * says more about the neighbours than about the build — and memory as each program's peak.
 */
export function costChart(results: BenchResult[]): string {
  const rs = [...results].sort((a, b) => a.cases - b.cases);
  const xs = rs.map((r) => r.cases);
  const cpu = rs.every((r) => program(r.cpuSecondsByProgram, 'astro') !== undefined);
  const time = panel(
    0,
    cpu ? 'Build and index CPU time' : 'Build and index time',
    cpu ? 'CPU seconds' : 'seconds',
    [
      {
        name: 'astro build',
        colour: '#1f5fa8',
        points: rs.map((r) => [r.cases, cpu ? program(r.cpuSecondsByProgram, 'astro')! : r.buildSeconds]),
      },
      {
        name: 'Pagefind index',
        colour: '#b8500f',
        points: rs.map((r) => [r.cases, cpu ? (program(r.cpuSecondsByProgram, 'pagefind') ?? 0) : r.indexSeconds]),
      },
    ],
    xs,
  );
  const memory = panel(
    340,
    'Peak memory per process',
    'MB',
    [
      {
        name: 'astro build (Node)',
        colour: '#2d7a3a',
        points: rs.map((r) => [r.cases, program(r.peakRssByProgramMB, 'astro') ?? r.peakRssMB]),
      },
      {
        name: 'Pagefind indexer',
        colour: '#6b4fa0',
        points: rs.map((r) => [r.cases, program(r.peakRssByProgramMB, 'pagefind') ?? 0]),
      },
    ],
    xs,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 680 230" width="680" height="230" role="img" aria-labelledby="title">
<title id="title">How build cost and peak memory grow with the number of cases</title>
<style>.t{font:600 13px sans-serif;fill:#222}.a{font:11px sans-serif;fill:#444}.g{stroke:#ddd;stroke-width:1}</style>
<rect width="680" height="230" fill="#fff"/>
${time}
${memory}
</svg>
`;
}
