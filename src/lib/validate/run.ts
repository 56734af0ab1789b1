/**
 * `npm run validate`: reads every entry of a content folder and runs every check on it, without
 * building the site. Each check lives in its own module and is tested on its own; this module
 * only reads files and puts the results together.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { makeCaseSchema } from '../../schemas/case';
import { loadTaxonomy, TAXONOMY_DIR, type Taxonomy } from '../../loaders/taxonomy';
import { isCaseSlug } from '../../core/slug';
import { CASE_SLUG_EXAMPLE, CASE_SLUG_RULE } from '../messages';
import { loadSource, SOURCES_DIR } from '../../loaders/sources';
import { parseEntry, type ParsedEntry } from './entry';
import { checkDates, checkSchema, knownFieldsOf } from './schema';
import { checkBody } from './mdx';
import { checkLink, type SiteIndex } from './links';
import { KIND_NAMES, findMarkers, findPersonalData, normaliseValue, type PersonalKind } from './personal';
import { DEFAULT_COPY_OPTIONS, findCopied, prepareSource, type CopyOptions, type PreparedSource } from './copy';
import { checkDraftText, checkDrafts, withoutDraftLines } from './drafts';
import { checkBlankValues } from './blank-values';
import type { Problem } from './problem';
import { checkCitations } from './cite';

export const SOURCES_CONFIG = 'sources.config.yaml';
export { PLACEHOLDER } from '../../core/draft';

export interface ValidateOptions {
  /** Folder of `.mdx` entries. */
  casesDir: string;
  /** Folder of the taxonomy files. */
  taxonomyDir?: string;
  /** The copy check's configuration file; absent → no copy check (said in the notes). */
  sourcesConfig?: string;
  /** Folder of source documents the entries cite (`<id>.txt` + `<id>.yaml`); defaults to content/sources/. */
  sourcesDir?: string;
  /** Paths in messages are relative to this folder. */
  root?: string;
  /** 'YYYY-MM-DD'; dates after it are wrong. Defaults to today on this machine. */
  today?: string;
  /**
   * Only what stops a build or breaks the site: YAML, schema, MDX, dates, internal links and draft
   * placeholders (the build's check, src/integrations/entry-check.ts). The content checks — copied
   * text, personal data, citations, blank forms — are validate's and CI's job.
   */
  buildOnly?: boolean;
}

export interface ValidateResult {
  problems: Problem[];
  /** Things the contributor should know that are not problems (e.g. a check that was skipped). */
  notes: string[];
  entries: number;
}

export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

interface SourcesConfig {
  minRun: number;
  quotedMax: number;
  sources: { path: string; name: string }[];
}

/** Reads the copy check's configuration. Paths in it are relative to the configuration file. */
export function readSourcesConfig(file: string): SourcesConfig {
  const raw = (parse(readFileSync(file, 'utf8')) ?? {}) as {
    minRun?: number;
    quotedMax?: number;
    sources?: ({ path?: string } | string)[];
  };
  const sources = (raw.sources ?? []).map((s) => {
    const path = typeof s === 'string' ? s : (s.path ?? '');
    return { path: resolve(dirname(file), path), name: basename(path) };
  });
  return { minRun: raw.minRun ?? DEFAULT_COPY_OPTIONS.minRun, quotedMax: raw.quotedMax ?? DEFAULT_COPY_OPTIONS.quotedMax, sources };
}

const sourceCache = new Map<string, PreparedSource>();

function loadSources(configFile: string | undefined, root: string, notes: string[]): { sources: PreparedSource[]; options: CopyOptions } {
  if (!configFile || !existsSync(configFile)) {
    notes.push('抄袭检查：未找到来源配置文件，已跳过。');
    return { sources: [], options: DEFAULT_COPY_OPTIONS };
  }
  const config = readSourcesConfig(configFile);
  const options = { minRun: config.minRun, quotedMax: config.quotedMax };
  const sources: PreparedSource[] = [];
  for (const s of config.sources) {
    if (!existsSync(s.path)) {
      notes.push(
        `抄袭检查：来源文件 ${relative(root, s.path) || s.path} 不在本机（来源文件不随代码库分发），已跳过与它的比对；维护者的检查环境中会比对。`,
      );
      continue;
    }
    const key = `${s.path}\0${options.minRun}`;
    let prepared = sourceCache.get(key);
    if (!prepared) {
      prepared = prepareSource(s.name, readFileSync(s.path, 'utf8'), options.minRun);
      sourceCache.set(key, prepared);
    }
    sources.push(prepared);
  }
  if (sources.length)
    notes.push(`抄袭检查：已与 ${sources.map((s) => s.name).join('、')} 比对（连续 ${options.minRun} 个字相同即算抄录）。`);
  return { sources, options };
}

const errorAt = (entry: ParsedEntry, line: number, field: string, message: string): Problem => ({
  file: entry.file,
  line,
  field,
  message,
  severity: 'error',
});

const ADVICE: Record<PersonalKind, string> = {
  mobile: '写“设有联系电话”即可',
  landline: '写“设有服务电话”即可',
  idCard: '身份证号码一律不写',
  email: '写“设有联系邮箱”即可',
  childName: '写成“一名幼儿”“一名学生”等',
};

function checkPersonal(entry: ParsedEntry): Problem[] {
  const problems: Problem[] = [];
  const markers = findMarkers(entry.text);
  const used = new Set<number>();
  for (const m of markers) {
    if (!m.value || m.reason.length < 2) {
      problems.push(
        errorAt(
          entry,
          m.line,
          entry.fieldAt(m.line),
          '例外标记须写明保留的原值和理由，例如 personal-data-ok: 0915-3212345 单位对外公布的服务热线',
        ),
      );
    }
  }
  for (const f of findPersonalData(entry.text)) {
    const marker = markers.find((m) => m.reason.length >= 2 && m.value && normaliseValue(m.value) === normaliseValue(f.value));
    if (marker) {
      used.add(marker.line);
      continue;
    }
    problems.push(
      errorAt(
        entry,
        f.line,
        entry.fieldAt(f.line),
        `含有${KIND_NAMES[f.kind]}“${f.value}”：案例不得公开个人信息，请删除或概括（${ADVICE[f.kind]}）。确属单位公开信息的，在文件中加一行 personal-data-ok: ${f.value} <理由>`,
      ),
    );
  }
  for (const m of markers) {
    if (m.value && m.reason.length >= 2 && !used.has(m.line)) {
      problems.push({
        ...errorAt(entry, m.line, entry.fieldAt(m.line), `例外标记中的“${m.value}”在文中没有出现，请删除这个标记`),
        severity: 'warning',
      });
    }
  }
  return problems;
}

function checkCopied(entry: ParsedEntry, sources: PreparedSource[], options: CopyOptions): Problem[] {
  const problems: Problem[] = [];
  const lineStarts = [0];
  for (let i = 0; i < entry.text.length; i++) if (entry.text[i] === '\n') lineStarts.push(i + 1);
  const lineOfOffset = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  for (const source of sources) {
    for (const passage of findCopied(entry.text, source, options)) {
      const line = lineOfOffset(passage.start);
      const excerpt = entry.text.slice(passage.start, passage.end).replace(/\s+/g, ' ');
      const shown = excerpt.length > 40 ? `${excerpt.slice(0, 40)}……` : excerpt;
      problems.push(
        errorAt(
          entry,
          line,
          entry.fieldAt(line),
          `与来源文档 ${source.name} 有连续 ${passage.letters} 个字相同：“${shown}”。请用自己的话改写；项目名称、口号等短引语可放在引号“”内（不超过 ${options.quotedMax} 个字）`,
        ),
      );
    }
  }
  return problems;
}

const jsonSchemaCache = new WeakMap<Taxonomy, Map<string, string[]>>();

/** The allowed field names at every object of the case schema (for "did you mean" hints). */
function knownFields(tax: Taxonomy, schema: z.ZodType) {
  let known = jsonSchemaCache.get(tax);
  if (!known) {
    known = knownFieldsOf(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }));
    jsonSchemaCache.set(tax, known);
  }
  return known;
}

export function validateArchive(options: ValidateOptions): ValidateResult {
  const root = options.root ?? process.cwd();
  const casesDir = resolve(root, options.casesDir);
  const rel = (p: string) => relative(root, p).split('\\').join('/');
  const notes: string[] = [];
  const problems: Problem[] = [];
  const tax = loadTaxonomy(options.taxonomyDir ? resolve(root, options.taxonomyDir) : TAXONOMY_DIR);
  const schema = makeCaseSchema(tax);
  const known = knownFields(tax, schema);
  const today = options.today ?? localToday();
  const sourcesDir = options.sourcesDir ? resolve(root, options.sourcesDir) : SOURCES_DIR;

  const names = readdirSync(casesDir)
    .filter((n) => !n.startsWith('.') && statSync(join(casesDir, n)).isFile())
    .sort();
  const entries: ParsedEntry[] = [];
  const stems = new Map<string, string>();
  for (const name of names) {
    const file = rel(join(casesDir, name));
    const stem = name.replace(/\.[^.]+$/, '');
    if (!name.endsWith('.mdx')) {
      problems.push({ file, line: 1, field: 'slug', message: '网站不会读取这个文件：案例文件须以 .mdx 结尾', severity: 'error' });
    } else if (!isCaseSlug(stem)) {
      problems.push({
        file,
        line: 1,
        field: 'slug',
        message: `文件名“${stem}”不是合格的 slug：${CASE_SLUG_RULE}，如 ${CASE_SLUG_EXAMPLE}`,
        severity: 'error',
      });
    }
    const lower = stem.toLowerCase();
    const clash = stems.get(lower);
    if (clash) {
      problems.push({
        file,
        line: 1,
        field: 'slug',
        message: `slug“${stem}”与 ${clash} 重复；每个案例的文件名必须唯一`,
        severity: 'error',
      });
    } else stems.set(lower, file);
    if (!name.endsWith('.mdx')) continue;
    const parsed = parseEntry(file, readFileSync(join(casesDir, name), 'utf8'));
    problems.push(...parsed.problems);
    entries.push(parsed.entry);
  }

  const site: SiteIndex = {
    cases: new Map(
      entries.map((e) => {
        const practices = (e.data as { practices?: { id?: unknown }[] } | undefined)?.practices;
        const ids = Array.isArray(practices) ? practices.map((p) => String(p?.id ?? '')) : [];
        return [basename(e.file, '.mdx'), new Set(ids)];
      }),
    ),
    themes: new Set(tax.themes.list.map((t) => t.slug)),
    tags: new Set(tax.tags.list.map((t) => t.slug)),
  };
  const { sources, options: copyOptions } = loadSources(options.sourcesConfig && resolve(root, options.sourcesConfig), root, notes);

  const reports = new Map<string, string>();
  for (const entry of entries) {
    const slug = basename(entry.file, '.mdx');
    const drafts = checkDrafts(entry);
    problems.push(
      ...withoutDraftLines(
        [...checkSchema(entry, schema, known), ...checkDates(entry, today), ...(options.buildOnly ? [] : checkBlankValues(entry))],
        drafts,
      ),
    );
    const body = checkBody(entry);
    problems.push(...body.problems);
    // Without readable frontmatter the practice ids are unknown, so `#anchor` links cannot be judged.
    const anchors = entry.data === undefined ? null : new Set([...(site.cases.get(slug) ?? []), ...body.headingIds]);
    for (const link of body.links) {
      const message = checkLink(link.url, { slug, anchors }, site);
      if (message) problems.push(errorAt(entry, link.line, 'body', message));
    }
    problems.push(...drafts);
    if (options.buildOnly) continue;
    problems.push(...checkPersonal(entry), ...checkCopied(entry, sources, copyOptions));
    const cited = checkCitations(entry, (id) => loadSource(id, sourcesDir), rel(sourcesDir));
    problems.push(...withoutDraftLines(cited.problems, drafts));
    notes.push(...cited.notes);

    const source = (entry.data as { source?: { id?: unknown; report?: unknown } } | undefined)?.source;
    if (source && typeof source.id === 'string' && typeof source.report === 'number') {
      const key = `${source.id}#${source.report}`;
      const first = reports.get(key);
      if (first) {
        problems.push(
          errorAt(
            entry,
            entry.lineOf(['source', 'report']),
            'source.report',
            `来源 ${source.id} 的第 ${source.report} 篇报告已由 ${first} 收录；同一篇报告只建一个案例`,
          ),
        );
      } else reports.set(key, entry.file);
    }
  }
  if (!options.buildOnly) problems.push(...checkRecordDrafts(entries, sourcesDir, rel, problems));
  return { problems, notes, entries: entries.length };
}

/**
 * Placeholders in the source records the entries cite (`npm run import` writes them), one located
 * line each in the record itself; the entry's "来源记录有误" about the same record then says nothing new.
 */
function checkRecordDrafts(entries: ParsedEntry[], sourcesDir: string, rel: (p: string) => string, problems: Problem[]): Problem[] {
  const out: Problem[] = [];
  const ids = new Map<string, ParsedEntry[]>();
  for (const e of entries) {
    const id = (e.data as { source?: { id?: unknown } } | undefined)?.source?.id;
    if (typeof id === 'string') ids.set(id, [...(ids.get(id) ?? []), e]);
  }
  for (const [id, citing] of ids) {
    const file = join(sourcesDir, `${id}.yaml`);
    if (!existsSync(file)) continue;
    const drafts = checkDraftText(rel(file), readFileSync(file, 'utf8'));
    if (!drafts.length) continue;
    out.push(...drafts);
    for (const e of citing) {
      const i = problems.findIndex((p) => p.file === e.file && p.field === 'source.id' && p.message.startsWith('来源记录有误'));
      if (i >= 0) problems.splice(i, 1);
    }
  }
  return out;
}
