import { describe, expect, it } from 'vitest';
import {
  BODY_CHARS,
  CASE_TAGS,
  SECONDARY_THEMES,
  countProblem,
  narrativeLength,
  isPlausibleYear,
  repeats,
  updatedBeforeAdded,
} from '../../src/core/rules';
import { checkAnswers } from '../../src/validation/scaffold';
import { loadTaxonomy } from '../../src/loaders/taxonomy';

describe('core rules', () => {
  it('counts a list against its limits', () => {
    expect(countProblem(1, CASE_TAGS)).toBe('too-few');
    expect(countProblem(2, CASE_TAGS)).toBeUndefined();
    expect(countProblem(12, CASE_TAGS)).toBeUndefined();
    expect(countProblem(13, CASE_TAGS)).toBe('too-many');
    expect(countProblem(3, SECONDARY_THEMES)).toBe('too-many');
  });

  it('counts a body as a reader sees it: no whitespace, comments, tags, link addresses or Markdown marks', () => {
    expect(narrativeLength('## 背景\n\n甲乙 丙。\n\n- 丁\n> 戊\n')).toBe(8);
    expect(narrativeLength('见[做法](/cases/a/#b)与**要点**。{/* 注释 */}<!-- 注释 --><sup>注</sup>')).toBe(8);
    expect(narrativeLength('')).toBe(0);
    expect(BODY_CHARS.min).toBeGreaterThan(0);
  });

  it('knows a plausible year', () => {
    expect(isPlausibleYear(1980)).toBe(true);
    expect(isPlausibleYear(2100)).toBe(true);
    expect(isPlausibleYear(1979)).toBe(false);
    expect(isPlausibleYear(2001.5)).toBe(false);
  });

  it('finds each repeat with the index it repeats, skipping items without a key', () => {
    expect(repeats(['a', 'b', 'a', undefined, 'b', 'a'], (x) => x)).toEqual([
      { index: 2, value: 'a', first: 0 },
      { index: 4, value: 'b', first: 1 },
      { index: 5, value: 'a', first: 0 },
    ]);
  });

  it('compares ISO dates', () => {
    expect(updatedBeforeAdded('2026-11-02', '2026-10-30')).toBe(true);
    expect(updatedBeforeAdded('2026-11-02', '2026-11-02')).toBe(false);
  });

  it('the scaffold reports each broken limit with the numbers of the rules', () => {
    const tax = loadTaxonomy();
    const [theme] = tax.themes.list;
    const problems = checkAnswers(
      {
        slug: 'abc-case',
        title: '标题',
        unitType: tax.unitTypes.list[0]!.slug,
        sector: tax.sectors.list[0]!.slug,
        theme: theme!.slug,
        secondary: tax.themes.list.slice(1, 4).map((t) => t.slug),
        tags: [tax.tags.list[0]!.slug],
        reported: 1979,
        today: '2026-11-26',
      },
      tax,
    );
    expect(problems).toEqual(['次要主题最多 2 个', '案例标签须有 2–12 个（--tags a,b,c）', '--reported 须为 1980–2100 之间的年份']);
  });
});
