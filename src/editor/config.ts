/**
 * The content editor's configuration (Decap CMS, served at /admin/), generated from the case schema
 * and the taxonomy so the form can never ask for something `npm run validate` refuses, or miss a
 * field it needs. Structure (fields, required, lists, limits, defaults, allowed values) comes from
 * the schema through JSON Schema, as docs/case-fields.md does; each field's Chinese label, help line
 * and value names come from src/i18n/case-fields.ts (the contributors write Chinese; the schema's
 * English JSDoc, read by the caller, also tells a field whether it takes a taxonomy term or a date);
 * the choices of a taxonomy field are the taxonomy's terms, shown by their labels. Pure: no file I/O, so a test can
 * compare it with the schema directly (tests/unit/editor-config.test.ts).
 */
import { z } from 'astro/zod';
import { makeCaseSchema } from '../schemas/case';
import type { Taxonomy, Vocabulary } from '../schemas/taxonomy';
import type { Term } from '../schemas/term';
import type { TermKind } from '../text/messages';
import { CASE_SLUG_EXAMPLE, CASE_SLUG_RULE } from '../text/messages';
import { CASE_SLUG_MIN, SLUG_MAX, SLUG_PATTERN } from '../core/slug';
import { CASE_FIELD_TEXT } from '../i18n/case-fields';
import { BODY_FIELD, CASE_FORMAT, SLUG_FIELD } from './fields';
import { contributionQuestions } from './contribution';

export { BODY_FIELD, CASE_FORMAT, SLUG_FIELD };

/** What the caller read about one field: its JSDoc, and the vocabulary a `termRef` field draws from. */
export interface FieldDoc {
  doc: string;
  term?: TermKind;
  date?: boolean;
}

/** JSDoc of every field of every object schema, keyed by the object's sorted field names (src/validation/field-docs.ts). */
export type FieldDocs = Map<string, Map<string, FieldDoc>>;

/** A source document the form offers for `source.id`. */
export interface SourceChoice {
  id: string;
  title: string;
}

/** The git host the pull-request flow goes through (docs/deploying.md). */
export interface EditorBackend {
  /** `owner/name` of the repository on GitHub. */
  repo: string;
  branch: string;
  /** The OAuth endpoint that signs contributors in (the owner sets it up); Decap's default otherwise. */
  baseUrl?: string | undefined;
  /** The published site (the editor's "view site" link). */
  siteUrl: string;
}

/** A Decap field, as far as this generator writes them. */
export interface EditorField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  options?: { label: string; value: string }[];
  multiple?: boolean;
  min?: number;
  max?: number;
  value_type?: 'int' | 'float';
  fields?: EditorField[];
  field?: EditorField;
  pattern?: [string, string];
  modes?: string[];
  collapsed?: boolean;
  summary?: string;
  [key: string]: unknown;
}

interface JsonSchema {
  type?: string;
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema | false;
  prefixItems?: JsonSchema[];
  anyOf?: JsonSchema[];
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  default?: unknown;
}

/**
 * Free-text fields that hold sentences rather than a name or a label: a multi-line box. Presentation
 * only; what the value may be is still the schema's.
 */
const MULTILINE = new Set(['summary', 'editorsNote', 'clue', 'note', 'text', 'reading', 'what']);

/** A taxonomy term as a choice: its label first (what a contributor recognises), its slug after. */
function choices(vocab: Vocabulary<Term>): { label: string; value: string }[] {
  return vocab.list.map((t) => ({ label: `${t.label}（${t.slug}）`, value: t.slug }));
}

function vocabulary(tax: Taxonomy, kind: TermKind): Vocabulary<Term> {
  const map: Record<TermKind, Vocabulary<Term>> = {
    theme: tax.themes,
    tag: tax.tags,
    unitType: tax.unitTypes,
    sector: tax.sectors,
    honourLevel: tax.honourLevels,
  };
  return map[kind];
}

const isNumeric = (s: JsonSchema | undefined) => s?.type === 'integer' || s?.type === 'number';

function field(
  name: string,
  schema: JsonSchema,
  required: boolean,
  doc: FieldDoc | undefined,
  docs: FieldDocs,
  tax: Taxonomy,
  sources: SourceChoice[],
  path: string,
): EditorField {
  // The Chinese label and help of src/i18n/case-fields.ts; the key after the label, because
  // validate's messages and docs/case-fields.md name fields by it. A field missing there keeps its
  // key and the schema's JSDoc (the drift test in tests/unit/editor-config.test.ts refuses that).
  const text = CASE_FIELD_TEXT[path];
  const base: EditorField = { name, label: text ? `${text.label}（${name}）` : name, widget: 'string', required };
  const hint = text?.hint ?? doc?.doc;
  if (hint) base.hint = hint;
  if (schema.default !== undefined) base.default = schema.default;
  if (path === 'source.id') {
    return { ...base, widget: 'select', options: sources.map((s) => ({ label: `${s.title}（${s.id}）`, value: s.id })) };
  }
  if (doc?.term) {
    const options = choices(vocabulary(tax, doc.term));
    if (schema.type === 'array') {
      return {
        ...base,
        widget: 'select',
        multiple: true,
        options,
        ...(schema.minItems !== undefined ? { min: schema.minItems } : {}),
        ...(schema.maxItems !== undefined ? { max: schema.maxItems } : {}),
      };
    }
    return { ...base, widget: 'select', options };
  }
  if (doc?.date) {
    return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: true };
  }
  if (schema.enum) {
    const named = (v: unknown) => (text?.options?.[String(v)] ? `${text.options[String(v)]}（${String(v)}）` : String(v));
    return { ...base, widget: 'select', options: schema.enum.map((v) => ({ label: named(v), value: String(v) })) };
  }
  if (schema.anyOf) return { ...base, widget: 'string' }; // number or the source's own wording: typed as written
  switch (schema.type) {
    case 'string':
      return { ...base, widget: MULTILINE.has(name) ? 'text' : 'string' };
    case 'integer':
    case 'number':
      return { ...base, widget: 'number', value_type: schema.type === 'integer' ? 'int' : 'float' };
    case 'boolean':
      return { ...base, widget: 'boolean', ...(schema.default === undefined ? { default: false } : {}) };
    case 'object':
      return { ...base, widget: 'object', fields: objectFields(schema, docs, tax, sources, path) };
    case 'array': {
      const limits = {
        ...(schema.minItems !== undefined ? { min: schema.minItems } : {}),
        ...(schema.maxItems !== undefined ? { max: schema.maxItems } : {}),
      };
      // A tuple ([first, last] paragraph) or a list of paragraph numbers: a list of number fields.
      const item = schema.prefixItems?.[0] ?? (schema.items || undefined);
      if (isNumeric(item)) {
        return { ...base, widget: 'list', ...limits, field: { name: 'n', label: '段落号', widget: 'number', value_type: 'int', min: 1 } };
      }
      if (item?.type === 'object') {
        return { ...base, widget: 'list', ...limits, collapsed: true, fields: objectFields(item, docs, tax, sources, `${path}[]`) };
      }
      // A list of words (aliases): one text field per item.
      return { ...base, widget: 'list', ...limits, field: { name: 'item', label: text?.label ?? name, widget: 'string' } };
    }
    default:
      return base;
  }
}

function objectFields(schema: JsonSchema, docs: FieldDocs, tax: Taxonomy, sources: SourceChoice[], path: string): EditorField[] {
  const props = schema.properties ?? {};
  const own = docs.get(Object.keys(props).sort().join(',')) ?? new Map<string, FieldDoc>();
  const required = new Set(schema.required ?? []);
  return Object.entries(props).map(([key, sub]) =>
    field(key, sub, required.has(key) && sub.default === undefined, own.get(key), docs, tax, sources, path ? `${path}.${key}` : key),
  );
}

/** The case schema as JSON Schema, as the field reference sees it. */
export function caseJsonSchema(tax: Taxonomy): JsonSchema {
  return z.toJSONSchema(makeCaseSchema(tax), { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

/** The fields of the case form: every schema field, then the body; the slug field (new entries only) first. */
export function caseFields(tax: Taxonomy, docs: FieldDocs, sources: SourceChoice[]): EditorField[] {
  const slugHint = `新条目的文件名（也是网址）：${CASE_SLUG_RULE}，如 ${CASE_SLUG_EXAMPLE}。已有条目不用填。`;
  return [
    {
      name: SLUG_FIELD,
      label: 'slug（文件名）',
      widget: 'string',
      required: false,
      hint: slugHint,
      pattern: [`^(?=.{${CASE_SLUG_MIN},${SLUG_MAX}}$)${SLUG_PATTERN.source.slice(1)}`, slugHint],
    },
    ...objectFields(caseJsonSchema(tax), docs, tax, sources, ''),
    {
      name: BODY_FIELD,
      label: '正文 body',
      widget: 'markdown',
      required: false,
      // Raw Markdown only: the rich-text mode rewrites what it does not understand (the `{/* … */}` markers).
      modes: ['raw'],
      hint: '用自己的话写的正文（Markdown）。不能写 import、export、{…} 表达式、<script>、<iframe>、<style>，npm run validate 会拒绝。',
    },
    // The published site's way (config.json's backend is GitHub); admin.ts puts in the page's own.
    contributionQuestions('git-host'),
  ];
}

export interface EditorConfigOptions {
  tax: Taxonomy;
  docs: FieldDocs;
  sources: SourceChoice[];
  backend: EditorBackend;
  /** Folder of the case entries, relative to the repository root. */
  casesFolder: string;
  /** Where uploaded reports go, relative to the repository root. */
  uploadsFolder: string;
}

/** The whole Decap configuration (written to dist/admin/config.json by src/integrations/editor.ts). */
export function editorConfig(o: EditorConfigOptions) {
  return {
    backend: {
      name: 'github',
      repo: o.backend.repo,
      branch: o.backend.branch,
      // Anyone without write access edits in a fork of their own; the pull request comes from there.
      open_authoring: true,
      ...(o.backend.baseUrl ? { base_url: o.backend.baseUrl } : {}),
      commit_messages: {
        create: '案例：新增 {{slug}}（{{author-login}}）',
        update: '案例：修改 {{slug}}（{{author-login}}）',
        delete: '案例：删除 {{slug}}',
        uploadMedia: '报告：上传 {{path}}',
        deleteMedia: '报告：删除 {{path}}',
        openAuthoring: '{{message}}',
      },
    },
    // Saving through the git host opens a pull request (required for open authoring), never a push to main.
    publish_mode: 'editorial_workflow',
    // On localhost, `npm run admin` runs decap-server: saving writes content/cases/<slug>.mdx in this clone.
    local_backend: true,
    locale: 'zh_Hans',
    site_url: o.backend.siteUrl,
    display_url: o.backend.siteUrl,
    media_folder: o.uploadsFolder,
    public_folder: `/${o.uploadsFolder}`,
    collections: [
      {
        name: 'cases',
        label: '案例',
        label_singular: '案例',
        description:
          '每个案例是 content/cases/<slug>.mdx。条目（字段和正文）以 CC BY 4.0 许可发布；报告原文不随条目发布，除非你在说明中同意保存。字段说明见 docs/case-fields.md。',
        folder: o.casesFolder,
        extension: 'mdx',
        format: CASE_FORMAT,
        create: true,
        slug: `{{fields.${SLUG_FIELD}}}`,
        identifier_field: 'title',
        // Decap's preview pane lists raw values (stated, inferred …) beside the form and halves its
        // width; the entry's real look is the site's case page, after the build.
        editor: { preview: false },
        summary: '{{title}}',
        fields: caseFields(o.tax, o.docs, o.sources),
      },
    ],
  };
}

/** Every field path of a JSON Schema object (`unit.region.label`, `practices[].from` …), for the drift test. */
export function schemaPaths(schema: JsonSchema, prefix = ''): string[] {
  const out: string[] = [];
  for (const [key, sub] of Object.entries(schema.properties ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    out.push(path);
    if (sub.type === 'object') out.push(...schemaPaths(sub, path));
    const item = sub.type === 'array' && sub.items ? sub.items : undefined;
    if (item && item.type === 'object') out.push(...schemaPaths(item, `${path}[]`));
  }
  return out;
}

/** Every field path of a generated form, in the same notation as schemaPaths. */
export function formPaths(fields: EditorField[], prefix = ''): string[] {
  const out: string[] = [];
  for (const f of fields) {
    const path = prefix ? `${prefix}.${f.name}` : f.name;
    out.push(path);
    if (f.widget === 'object' && f.fields) out.push(...formPaths(f.fields, path));
    if (f.widget === 'list' && f.fields) out.push(...formPaths(f.fields, `${path}[]`));
  }
  return out;
}
