import { describe, expect, it } from 'vitest';
import { BUDGETS, checkBudgets, formatTable, median, round, type BenchResult } from '../../scripts/bench/budgets';
import { costChart } from '../../scripts/bench/chart';
import { routeOf } from '../../src/core/routes';

const good: BenchResult = {
  cases: 1000,
  pages: 1200,
  buildSeconds: 14,
  indexSeconds: 8,
  peakRssMB: 1400,
  distMB: 60,
  pagefindMB: 12,
  casePageKB: 60,
  casePageJsKB: 3,
  listingPageKB: 150,
  firstQueryKB: 220,
  firstQueryMs: 300,
  medianQueryMs: 40,
  searchPageFirstKB: 320,
  searchPageFirstMs: 700,
  ratios: {
    buildPlusIndexSeconds: 0.85,
    firstResultMs: 0.2,
    firstResultKB: 0.3,
    firstQueryKB: 0.95,
    firstQueryMs: 1.1,
    medianQueryMs: 0.7,
  },
  lighthouse: Object.fromEntries(
    ['home', 'case', 'search'].map((p) => [p, { performance: 99, accessibility: 100, 'best-practices': 100, seo: 100 }]),
  ),
};

const status = (r: BenchResult) => Object.fromEntries(checkBudgets(r).map((c) => [c.figure, c.status]));

describe('bench budgets', () => {
  it('pass a run within every budget at 1,000 cases', () => {
    const checks = checkBudgets(good);
    expect(checks.length).toBe(BUDGETS.filter((b) => b.appliesAt(1000)).length);
    expect(checks.filter((c) => c.status !== 'pass')).toEqual([]);
  });

  it('fail build + index time over 25 s, counting both', () => {
    expect(status({ ...good, buildSeconds: 18, indexSeconds: 8 })['buildSeconds + indexSeconds']).toBe('fail');
    expect(status({ ...good, buildSeconds: 17, indexSeconds: 8 })['buildSeconds + indexSeconds']).toBe('pass');
  });

  it('fail each size and speed budget just past its limit', () => {
    expect(status({ ...good, casePageKB: 100.1 }).casePageKB).toBe('fail');
    expect(status({ ...good, casePageJsKB: 10.5 }).casePageJsKB).toBe('fail');
    expect(status({ ...good, listingPageKB: 201 }).listingPageKB).toBe('fail');
    expect(status({ ...good, firstQueryKB: 251 }).firstQueryKB).toBe('fail');
    expect(status({ ...good, searchPageFirstKB: 351 }).searchPageFirstKB).toBe('fail');
    expect(status({ ...good, peakRssMB: 2501 }).peakRssMB).toBe('fail');
  });

  it('fail a Lighthouse score under 95, and a score that was not measured', () => {
    const low = { ...good, lighthouse: { ...good.lighthouse, case: { ...good.lighthouse!.case!, accessibility: 94 } } };
    expect(status(low)['Lighthouse case accessibility']).toBe('fail');
    expect(status({ ...good, lighthouse: undefined })['Lighthouse home seo']).toBe('missing');
  });

  it('check only machine-independent budgets at a small N (CI)', () => {
    const small = {
      ...good,
      cases: 50,
      buildSeconds: 90,
      firstQueryMs: 2000,
      medianQueryMs: 500,
      searchPageFirstMs: 3000,
      lighthouse: undefined,
    };
    const checks = checkBudgets(small);
    expect(checks.map((c) => c.figure).sort()).toEqual(['casePageJsKB', 'casePageKB', 'firstQueryKB', 'listingPageKB', 'peakRssMB']);
    expect(checks.every((c) => c.status === 'pass')).toBe(true);
    expect(status({ ...small, casePageKB: 150 }).casePageKB).toBe('fail');
  });

  it('hold 5,000 cases to the 4,000 MB memory ceiling', () => {
    const big = { ...good, cases: 5000, peakRssMB: 3900 };
    expect(status(big)['peakRssMB (5,000 cases)']).toBe('pass');
    expect(status({ ...big, peakRssMB: 4100 })['peakRssMB (5,000 cases)']).toBe('fail');
    expect(status(big).peakRssMB).toBeUndefined();
  });

  it('hold 10,000 cases to the first-query budget set for that size, not the 1,000-case one', () => {
    const huge = { ...good, cases: 10000, peakRssMB: 3900, firstQueryKB: 590 };
    expect(status(huge)['firstQueryKB (10,000 cases)']).toBe('pass');
    expect(status(huge).firstQueryKB).toBeUndefined();
    expect(status({ ...huge, firstQueryKB: 601 })['firstQueryKB (10,000 cases)']).toBe('fail');
  });

  it('hold query times to ratios against the peer, not to milliseconds (issue 24)', () => {
    const slow = { ...good, firstQueryMs: 5000, medianQueryMs: 900, searchPageFirstMs: 9000 };
    expect(checkBudgets(slow).filter((c) => c.status !== 'pass')).toEqual([]);
    expect(status({ ...good, ratios: { ...good.ratios, firstResultMs: 0.31 } })['firstResultMs / Starlight']).toBe('fail');
    expect(status({ ...good, ratios: { ...good.ratios, firstResultKB: 0.51 } })['firstResultKB / Starlight']).toBe('fail');
    expect(status({ ...good, ratios: { ...good.ratios, medianQueryMs: 0.81 } })['medianQueryMs / Starlight']).toBe('fail');
    expect(status({ ...good, ratios: { ...good.ratios, firstQueryKB: 1.01 } })['firstQueryKB / Starlight']).toBe('fail');
    expect(status({ ...good, ratios: { ...good.ratios, buildPlusIndexSeconds: 0.91 } })['buildPlusIndexSeconds / Starlight']).toBe('fail');
    // Not compared with the peer at the reference size: a ratio that applies but was not measured fails.
    expect(status({ ...good, ratios: undefined })['firstResultMs / Starlight']).toBe('missing');
    // At 10,000 cases only the first result is held to the peer; at 20,000 the archive runs alone.
    const huge = { ...good, cases: 10000, peakRssMB: 3900, firstQueryKB: 590 };
    expect(Object.keys(status(huge)).filter((f) => f.includes('Starlight'))).toEqual([
      'firstResultMs / Starlight (10,000 cases)',
      'firstResultKB / Starlight (10,000 cases)',
    ]);
    expect(Object.keys(status({ ...huge, cases: 20000 })).filter((f) => f.includes('Starlight'))).toEqual([]);
  });

  it('print build + index time rounded, as measured', () => {
    const checks = checkBudgets({ ...good, buildSeconds: 22.1, indexSeconds: 8.3 });
    expect(checks.find((c) => c.figure === 'buildSeconds + indexSeconds')?.value).toBe(30.4);
  });

  it('treat a missing or non-numeric figure as a failure, never a pass', () => {
    expect(status({ ...good, casePageKB: Number.NaN }).casePageKB).toBe('missing');
  });

  it('print every figure and every check in the table', () => {
    const heavy = { ...good, casePageKB: 120 };
    const table = formatTable(heavy, checkBudgets(heavy));
    expect(table).toMatch(/casePageKB\s+120/);
    expect(table).toMatch(/casePageKB\s+≤ 100\s+120\s+FAIL/);
    expect(table).toMatch(/lighthouse case\s+performance 99/);
  });
});

describe('bench helpers', () => {
  it('median and rounding', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
    expect(round(12.345)).toBe(12.3);
    expect(round(1234.5)).toBe(1235);
  });

  it('group pages by route', () => {
    expect(routeOf('index.html')).toBe('/');
    expect(routeOf('tags/leading-group/index.html')).toBe('/tags/*/');
    expect(routeOf('practices/3/index.html')).toBe('/practices/N/');
    expect(routeOf('themes/staff-care/2/index.html')).toBe('/themes/*/N/');
  });

  it('chart every run, in order of N, as a self-contained SVG', () => {
    const svg = costChart([
      { ...good, cases: 1000 },
      { ...good, cases: 100, buildSeconds: 3 },
    ]);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('<title');
    expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
    expect(svg.match(/<circle/g)?.length).toBe(8);
    expect(svg.indexOf('>100<')).toBeLessThan(svg.indexOf('>1000<'));
  });
});
