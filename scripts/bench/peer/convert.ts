/**
 * The bench corpus as Starlight pages: one page per synthetic case with the text a reader of the
 * archive's case page sees (title, summary, unit line, every practice with its summary, evidence
 * and aliases, the figures, then the entry's body), so that both sites index and search the same
 * words. Each practice is a heading, which is what Starlight's search shows as a sub-result: the
 * nearest thing it has to the archive's practice anchors.
 *
 * Pure: the bench reads the entries and writes the pages (starlight.ts).
 */
import { parse } from 'yaml';

interface Practice {
  name: string;
  summary?: string;
  evidence?: string;
  aliases?: string[];
}
interface Figure {
  label: string;
  value?: number;
  after?: number;
  unit?: string;
  withheld?: boolean;
}
interface EntryFrontmatter {
  title: string;
  summary: string;
  unit: { name: string; region?: { label?: string } };
  period: { from: number; to: number };
  practices: Practice[];
  figures?: Figure[];
}

const FRONTMATTER = /^---\n([\s\S]*?)\n---\n/;

/** A Starlight page (Markdown with its frontmatter) from an entry's `.mdx` source. */
export function starlightPage(source: string, file = 'entry'): string {
  const m = FRONTMATTER.exec(source);
  if (!m) throw new Error(`${file}: no frontmatter block at the top`);
  const fm = parse(m[1]!) as EntryFrontmatter;
  const practices = fm.practices.map((p) =>
    [`### ${p.name}`, p.summary, p.evidence, p.aliases?.length ? `又称：${p.aliases.join('、')}` : undefined]
      .filter((x): x is string => Boolean(x))
      .join('\n\n'),
  );
  const figures = (fm.figures ?? []).map(
    (f) => `- ${f.label}：${f.withheld ? '（原文隐去）' : `${f.after ?? f.value ?? ''}${f.unit ?? ''}`}`,
  );
  const head = `单位：${fm.unit.name} · 地区：${fm.unit.region?.label ?? ''} · 年代：${fm.period.from}—${fm.period.to}`;
  return [
    `---\ntitle: ${JSON.stringify(fm.title)}\ndescription: ${JSON.stringify(fm.summary)}\n---`,
    fm.summary,
    head,
    '## 做法',
    ...practices,
    ...(figures.length ? ['## 数字', figures.join('\n')] : []),
    source.slice(m[0].length).trim(),
    '',
  ].join('\n\n');
}
