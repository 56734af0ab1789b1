/**
 * Writes docs/case-fields.md from the schema and the taxonomy, so the field reference can never
 * drift from what `npm run validate` and the build accept. Structure (types, required fields,
 * limits, allowed values) comes from the schema itself via JSON Schema; the explanations come from
 * the JSDoc on each field in src/schemas/*.ts, read with the TypeScript parser.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { z } from 'astro/zod';
import { makeCaseSchema } from '../schemas/case';
import type { Taxonomy } from '../loaders/taxonomy';
import { KIND_LABELS, type TermKind } from '../text/messages';

interface FieldSource {
  doc: string;
  /** The vocabulary a `termRef('<kind>', …)` field draws from. */
  term?: TermKind;
  /** Written as an ISO date string. */
  date?: boolean;
}

/** JSDoc of every field of every `z.strictObject({...})` in the schema sources, keyed by its set of field names. */
export function readFieldDocs(schemaDir: string): Map<string, Map<string, FieldSource>> {
  const objects = new Map<string, Map<string, FieldSource>>();
  for (const name of readdirSync(schemaDir)
    .filter((n) => n.endsWith('.ts'))
    .sort()) {
    const path = join(schemaDir, name);
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    // `const tag = termRef('tag', …)` and later `tags: z.array(tag)`: remember what each name refers to.
    const termVars = new Map<string, TermKind>();
    const findVars = (node: ts.Node) => {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
        const kind = /^termRef\('(\w+)'/.exec(node.initializer.getText(source))?.[1];
        if (kind) termVars.set(node.name.text, kind as TermKind);
      }
      ts.forEachChild(node, findVars);
    };
    findVars(source);
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) && /(?:^|\.)strictObject$/.test(node.expression.getText(source))) {
        const literal = node.arguments[0];
        if (literal && ts.isObjectLiteralExpression(literal)) {
          const fields = new Map<string, FieldSource>();
          for (const prop of literal.properties) {
            if (!ts.isPropertyAssignment(prop)) continue;
            const key = prop.name.getText(source).replace(/^['"]|['"]$/g, '');
            const doc = ts
              .getJSDocCommentsAndTags(prop)
              .map((d) => ts.getTextOfJSDocComment(d.comment) ?? '')
              .join(' ')
              .replace(/\s+/g, ' ')
              .trim();
            // Without whitespace: Prettier breaks a long `z.array(tag).min(…)` chain over lines.
            const init = prop.initializer.getText(source).replace(/\s+/g, '');
            // Only a field that *is* a reference (or a list of them), not an object that contains some.
            const ref = /^(?:z\.array\()?(?:termRef\('(\w+)'|(\w+)\))/.exec(init);
            const term = init.includes('strictObject')
              ? undefined
              : ((ref?.[1] as TermKind | undefined) ?? (ref?.[2] ? termVars.get(ref[2]) : undefined));
            const date = /^isoDate\b/.test(init);
            fields.set(key, { doc, ...(term ? { term } : {}), ...(date ? { date } : {}) });
          }
          objects.set([...fields.keys()].sort().join(','), fields);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return objects;
}

interface JsonSchema {
  type?: string;
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  pattern?: string;
  default?: unknown;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

const VOCAB_ANCHORS: Record<TermKind, string> = {
  theme: '#themes',
  tag: '#tags',
  unitType: '#unit-types',
  sector: '#sectors',
  honourLevel: '#honour-levels',
};

function typeOf(s: JsonSchema, src: FieldSource | undefined): string {
  if (src?.term) {
    const ref = `[${KIND_LABELS[src.term]}](${VOCAB_ANCHORS[src.term]}) slug`;
    return s.type === 'array' ? typeOfList(s, ref) : ref;
  }
  if (src?.date) return "日期 `'YYYY-MM-DD'`（带引号）";
  if (s.enum) return s.enum.map((v) => `\`${String(v)}\``).join(' | ');
  if (s.anyOf) return s.anyOf.map((a) => typeOf(a, undefined)).join(' 或 ');
  switch (s.type) {
    case 'string':
      return s.pattern ? '小写 ASCII kebab-case' : '文字';
    case 'number':
      return '数字';
    case 'integer':
      return s.minimum !== undefined && s.maximum !== undefined ? `整数 ${s.minimum}–${s.maximum}` : '整数';
    case 'boolean':
      return '`true` | `false`';
    case 'object':
      return '对象（见下表）';
    case 'array':
      return typeOfList(s, s.items?.type === 'object' ? '对象（见下表）' : typeOf(s.items ?? {}, undefined));
    default:
      return '任意';
  }
}

function typeOfList(s: JsonSchema, item: string): string {
  const range =
    s.minItems !== undefined && s.maxItems !== undefined
      ? `${s.minItems}–${s.maxItems} 项`
      : s.minItems !== undefined
        ? `至少 ${s.minItems} 项`
        : s.maxItems !== undefined
          ? `最多 ${s.maxItems} 项`
          : '';
  return `列表${range ? `（${range}）` : ''}，每项：${item}`;
}

function fieldTables(root: JsonSchema, docs: Map<string, Map<string, FieldSource>>): string[] {
  const out: string[] = [];
  const queue: { path: string; schema: JsonSchema; doc: string }[] = [{ path: '', schema: root, doc: '' }];
  while (queue.length) {
    const { path, schema, doc } = queue.shift()!;
    const props = schema.properties ?? {};
    const fields = docs.get(Object.keys(props).sort().join(',')) ?? new Map<string, FieldSource>();
    const required = new Set(schema.required ?? []);
    out.push(`### ${path ? `\`${path}\`` : '顶层字段 / top level'}`, '');
    if (doc) out.push(doc, '');
    out.push('| 字段 field | 必填 | 类型与取值 type | 说明 description |', '| --- | --- | --- | --- |');
    for (const [key, sub] of Object.entries(props)) {
      const src = fields.get(key);
      const def = sub.default !== undefined ? `；默认 \`${JSON.stringify(sub.default)}\`` : '';
      out.push(`| \`${key}\` | ${required.has(key) ? '是' : '否'} | ${cell(typeOf(sub, src))}${def} | ${cell(src?.doc ?? '')} |`);
      const child = sub.type === 'object' ? sub : sub.type === 'array' && sub.items?.type === 'object' ? sub.items : undefined;
      if (child)
        queue.push({ path: `${path ? `${path}.` : ''}${key}${sub.type === 'array' ? '[]' : ''}`, schema: child, doc: src?.doc ?? '' });
    }
    out.push('');
  }
  return out;
}

export function renderFieldDocs(tax: Taxonomy, schemaDir: string): string {
  const json = z.toJSONSchema(makeCaseSchema(tax), { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const docs = readFieldDocs(schemaDir);
  const lines: string[] = [
    '<!-- Generated by `npm run docs:fields` from src/schemas/*.ts and content/taxonomy/*.yaml. Do not edit by hand. -->',
    '',
    '# 案例字段参考 / Case field reference',
    '',
    '每个案例是 `content/cases/<slug>.mdx`：`---` 之间是下列 YAML 字段，之后是用自己的话写的正文（MDX）。',
    '文件名即 slug：3–60 个小写 ASCII 字母、数字和连字符。写作要求见 [CONTRIBUTING.md](../CONTRIBUTING.md)；',
    '`npm run new-case` 生成带全部字段的新条目，`npm run validate` 检查。',
    '',
    '**引用原文。** `from` 里的段落号是来源文件 `content/sources/<id>.txt` 的行号，从 1 数起（¶79 即第 79 行），',
    '只能引用本报告 `source.lines` 范围内的段落。条目里任何地方（字段和正文）写在 “…” 中的文字都表示原文原话，',
    '须在本报告中逐字找到（标点只可有全角半角之别）；自己的说法、更正后的读法或自创的名称不加 “…”。',
    '每个做法的 `evidence` 是所引段落中不超过 40 字的一句原话。编者的推断写进 `editorsNote`（编者按）。',
    '',
    'Each case is `content/cases/<slug>.mdx`: the YAML fields below between `---` lines, then the',
    "contributor's own narrative in MDX. This page is generated from the schema and the taxonomy",
    '(`npm run docs:fields`); a test fails when it is out of date.',
    '',
    '**Citing the source.** The numbers in `from` are line numbers of `content/sources/<id>.txt`, counted',
    "from 1 (¶79 is line 79), within the report's `source.lines`. Text inside “…” anywhere in an entry",
    "means the source's words and must occur verbatim in the report (punctuation may differ in width",
    "only); a practice's `evidence` is one such quotation of at most 40 characters; what the editors",
    'infer goes in `editorsNote`, shown as 编者按.',
    '',
    '## 字段 / Fields',
    '',
    ...fieldTables(json, docs),
    '## 分类词表 / Taxonomy',
    '',
    '取值只能用下列 slug。需要新的标签或主题时，请按 CONTRIBUTING.md 的说明提出。',
    '',
    '<a id="themes"></a>',
    '',
    '### 主题 / Themes',
    '',
    '| slug | 名称 | English | 定义 |',
    '| --- | --- | --- | --- |',
    ...tax.themes.list.map((t) => `| \`${t.slug}\` | ${cell(t.label)} | ${cell(t.labelEn)} | ${cell(t.definition)} |`),
    '',
    '<a id="tags"></a>',
    '',
    '### 标签 / Tags',
    '',
  ];
  for (const theme of tax.themes.list) {
    const tags = tax.tags.list.filter((t) => t.theme === theme.slug);
    if (!tags.length) continue;
    lines.push(
      `#### ${theme.label}（\`${theme.slug}\`）`,
      '',
      '| slug | 名称 | English | 定义 | 别名 |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const t of tags)
      lines.push(`| \`${t.slug}\` | ${cell(t.label)} | ${cell(t.labelEn)} | ${cell(t.definition)} | ${cell(t.aliases.join('、'))} |`);
    lines.push('');
  }
  const simple = (title: string, anchor: string, list: { slug: string; label: string; labelEn: string }[]) => [
    `<a id="${anchor}"></a>`,
    '',
    `### ${title}`,
    '',
    '| slug | 名称 | English |',
    '| --- | --- | --- |',
    ...list.map((t) => `| \`${t.slug}\` | ${cell(t.label)} | ${cell(t.labelEn)} |`),
    '',
  ];
  lines.push(
    ...simple('单位类型 / Unit types', 'unit-types', tax.unitTypes.list),
    ...simple('行业 / Sectors', 'sectors', tax.sectors.list),
    ...simple('文明单位级别 / Honour levels', 'honour-levels', tax.honourLevels.list),
  );
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The field reference as it is committed: rendered, then laid out by the project's Prettier settings. */
export async function formatFieldDocs(tax: Taxonomy, schemaDir: string, file: string): Promise<string> {
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(renderFieldDocs(tax, schemaDir), { ...options, filepath: file });
}
