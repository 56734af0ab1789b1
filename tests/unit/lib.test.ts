import { describe, expect, it } from 'vitest';
import { editDistance, nearest } from '../../src/text/suggest';
import { isCaseSlug, isSlug } from '../../src/core/slug';
import { formatFigure, formatCovered, formatReported, plainName, splitWithheld } from '../../src/lib/format';
import { t } from '../../src/i18n/ui';
import { formatIssuePath } from '../../src/text/messages';
import { joinCjkLines } from '../../src/text/cjk';

describe('slug', () => {
  it('accepts kebab-case ASCII and rejects everything else', () => {
    expect(isSlug('first-inquiry-responsibility')).toBe(true);
    for (const bad of ['First', 'a--b', '-a', 'a_b', '首问', 'a'.repeat(61)]) expect(isSlug(bad), bad).toBe(false);
  });
  it('asks a case slug (its file name) for at least three characters', () => {
    expect(isCaseSlug('abc')).toBe(true);
    for (const bad of ['ab', 'Abc', 'a'.repeat(61)]) expect(isCaseSlug(bad), bad).toBe(false);
  });
});

describe('suggest', () => {
  it('measures transpositions as one edit', () => {
    expect(editDistance('sfaety', 'safety')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
  it('ranks an exact alias first', () => {
    const terms = [
      { slug: 'legal-education', label: '普法教育', aliases: ['五五普法'] },
      { slug: 'work-safety', label: '安全生产', aliases: ['安康杯'] },
    ];
    expect(nearest('安康杯', terms, 1)[0]!.slug).toBe('work-safety');
    expect(nearest('legal-educaton', terms, 1)[0]!.slug).toBe('legal-education');
  });
});

describe('format', () => {
  it('marks withheld parts of a name', () => {
    expect(splitWithheld('{withheld}党总支')).toEqual([
      { text: '［原文隐去］', withheld: true },
      { text: '党总支', withheld: false },
    ]);
    expect(plainName('区政务中心')).toBe('区政务中心');
  });
  it('formats figures, pairs and withheld values', () => {
    expect(formatFigure({ label: '面积', before: 1800, after: 3000, unit: '㎡', withheld: false, from: [79] })).toBe('1800 ㎡ → 3000 ㎡');
    expect(formatFigure({ label: '满意率', value: '90以上', withheld: false, from: [67] })).toBe('90以上');
    expect(formatFigure({ label: '人数', withheld: true, from: [6] })).toBe('原文隐去');
  });
  it('formats periods', () => {
    expect(formatCovered({ reported: 2002, from: 1998, to: 2002 })).toBe('1998—2002 年');
    expect(formatReported({ reported: 2006, reportedLatest: 2007 })).toBe('约 2006—2007 年成文');
  });
  it('writes field paths the way entries are written', () => {
    expect(formatIssuePath(['practices', 2, 'tags', 0])).toBe('practices[2].tags[0]');
  });
  it('fills placeholders in UI strings and leaves unknown ones visible', () => {
    expect(t('home.stats', { cases: 4, practices: 84 })).toBe('共 4 个案例、84 个做法');
    expect(t('home.stats', { cases: 4 })).toBe('共 4 个案例、{practices} 个做法');
  });
});

describe('joinCjkLines', () => {
  it('drops the spaces YAML folding leaves between Chinese characters and punctuation', () => {
    expect(joinCjkLines('面积由1800㎡增至3000㎡， 进驻部门 33个')).toBe('面积由1800㎡增至3000㎡，进驻部门 33个');
    expect(joinCjkLines('推行“四项制度”， 并请人大代表')).toBe('推行“四项制度”，并请人大代表');
  });
  it('keeps spaces next to Latin letters and digits', () => {
    expect(joinCjkLines('拨打 12121 查询 weather 信息')).toBe('拨打 12121 查询 weather 信息');
  });
});
