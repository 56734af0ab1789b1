import { describe, expect, it } from 'vitest';
import {
  compareBy,
  facetsOf,
  filterFromQuery,
  isListSort,
  matches,
  queryFromFilter,
  sortFieldsOf,
  type FilterState,
} from '../../src/browsing/filter';

const NO_FILTER: FilterState = { theme: '', unitType: '', honour: '' };

const item = facetsOf({ themes: 'service-performance law-integrity', unitType: 'party-gov-organ', honour: 'county-district' });

describe('filter matching', () => {
  it('shows everything when nothing is chosen', () => {
    expect(matches(item, NO_FILTER)).toBe(true);
  });
  it('matches a theme anywhere in the item’s themes', () => {
    expect(matches(item, { ...NO_FILTER, theme: 'law-integrity' })).toBe(true);
    expect(matches(item, { ...NO_FILTER, theme: 'care-for-staff' })).toBe(false);
  });
  it('needs every chosen control to match', () => {
    expect(matches(item, { theme: 'law-integrity', unitType: 'party-gov-organ', honour: 'county-district' })).toBe(true);
    expect(matches(item, { theme: 'law-integrity', unitType: 'school', honour: 'county-district' })).toBe(false);
    expect(matches(item, { theme: '', unitType: '', honour: 'national' })).toBe(false);
  });
  it('reads missing attributes as empty', () => {
    expect(facetsOf({})).toEqual({ themes: [], unitType: '', honour: '' });
  });
});

describe('filter in the URL', () => {
  it('round-trips through the query string', () => {
    const f = { theme: 'ethics-values', unitType: 'school', honour: '' };
    expect(queryFromFilter(f)).toBe('?theme=ethics-values&unit=school');
    expect(filterFromQuery(queryFromFilter(f))).toEqual(f);
    expect(queryFromFilter(NO_FILTER)).toBe('');
    expect(queryFromFilter(NO_FILTER, 'title')).toBe('?sort=title');
  });
  it('reads the unit type under the search page’s old name `type` too', () => {
    expect(filterFromQuery('?type=school').unitType).toBe('school');
    expect(filterFromQuery('?unit=hospital&type=school').unitType).toBe('hospital');
  });
});

describe('sorting', () => {
  const rows = [
    sortFieldsOf({ reported: '2012', title: '以大厅扩容', practices: '20', order: '0' }),
    sortFieldsOf({ reported: '2011', title: '安康杯', practices: '25', order: '1' }),
    sortFieldsOf({ reported: '2002', title: '游泳特色', practices: '12', order: '2' }),
  ];
  const titles = (key: Parameters<typeof compareBy>[0]) => [...rows].sort(compareBy(key)).map((r) => r.title);
  it('sorts newest (build order), oldest, by pinyin title and by practice count', () => {
    expect(titles('newest')).toEqual(['以大厅扩容', '安康杯', '游泳特色']);
    expect(titles('oldest')).toEqual(['游泳特色', '安康杯', '以大厅扩容']);
    expect(titles('title')).toEqual(['安康杯', '以大厅扩容', '游泳特色']);
    expect(titles('practices')).toEqual(['安康杯', '以大厅扩容', '游泳特色']);
  });
  it('knows its sort keys', () => {
    expect(isListSort('title')).toBe(true);
    expect(isListSort('random')).toBe(false);
  });
});
