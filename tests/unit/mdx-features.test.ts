import { describe, expect, it } from 'vitest';
import { needsMdx } from '../../src/core/mdx-features';

// Which entries the build may render as plain Markdown (src/loaders/case-entries.ts). A false
// "plain" would show MDX syntax as text on a case page, so every MDX construct must say "MDX".
describe('needsMdx', () => {
  it.each([
    ['an import', "import Chart from '../components/Chart.astro';\n\n## 做法\n"],
    ['an export', 'export const n = 3;\n\n正文'],
    ['an expression', '窗口共 {n} 个。'],
    ['a component', '见 <Chart data={x} /> 。'],
    ['an HTML element', '<abbr title="首问负责制">首问制</abbr>'],
    ['an MDX comment', '{/* 注释 */}'],
    ['an autolink in angle brackets', '见 <https://example.org/>。'],
    ['a greater-than sign (kept out to be safe)', '人数 > 20'],
    ['indented code after a blank line', '正文\n\n    缩进四格的一行\n'],
    ['indented code with a tab', '正文\n\n\t缩进一格制表符\n'],
  ])('sends a body with %s through MDX', (_what, body) => {
    expect(needsMdx(body)).toBe(true);
  });

  it.each([
    ['headings, lists and emphasis', '## 做法\n\n- **首问负责制**：第一位接待的人负责到底。\n- 限时办结\n'],
    ['a GFM table and footnote', '| 项目 | 前 |\n| --- | --: |\n| 窗口 | 45 |\n\n出处[^1]。\n\n[^1]: 脚注。\n'],
    ['a nested list indented by two spaces', '- 一\n  - 二\n'],
    ['a bare URL and a link', '见 https://example.org 与 [案例](/cases/x/)。'],
    ['words that begin with import or export', '引进（import）设备，extended 服务。\nimported 不是语句'],
  ])('renders a body with %s as Markdown', (_what, body) => {
    expect(needsMdx(body)).toBe(false);
  });
});
