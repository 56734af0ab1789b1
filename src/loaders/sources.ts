/**
 * Loads the source documents from `content/sources/`: `<id>.txt` (the text, split into paragraphs
 * by the rule in src/core/paragraphs.ts) and `<id>.yaml` (its record). The only module that reads
 * that folder; validation, the build and `npm run source` all use it, so every check runs on a
 * clone of the repository and nothing reads a path outside it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { SITE } from '../config';
import { splitParagraphs, SOURCE_ID_PATTERN, type Paragraphs } from '../core/paragraphs';
import { sourceRecordSchema, type SourceRecord } from '../schemas/source-record';
import { formatIssuePath } from '../text/messages';

export const SOURCES_DIR = resolve(SITE.contentDir, 'sources');

export interface LoadedSource {
  id: string;
  /** The document's text as stored (UTF-8). */
  text: string;
  paragraphs: Paragraphs;
  /** The record, or undefined when `<id>.yaml` is missing or invalid (see `recordProblem`). */
  record?: SourceRecord;
  /** What is wrong with the record, in the contributor's words. */
  recordProblem?: string;
}

const cache = new Map<string, LoadedSource | null>();

/** The source `id` from `dir`, or null when `<id>.txt` does not exist there. Cached per process. */
export function loadSource(id: string, dir: string = SOURCES_DIR): LoadedSource | null {
  const key = `${dir}\0${id}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  let loaded: LoadedSource | null = null;
  const txt = join(dir, `${id}.txt`);
  if (SOURCE_ID_PATTERN.test(id) && existsSync(txt)) {
    const text = readFileSync(txt, 'utf8');
    loaded = { id, text, paragraphs: splitParagraphs(text), ...loadSourceRecord(id, dir) };
  }
  cache.set(key, loaded);
  return loaded;
}

const records = new Map<string, Pick<LoadedSource, 'record' | 'recordProblem'>>();

/**
 * Just the record of source `id` (`<id>.yaml`): what a page needs to name the document, without
 * reading and splitting its text. Cached per process.
 */
export function loadSourceRecord(id: string, dir: string = SOURCES_DIR): Pick<LoadedSource, 'record' | 'recordProblem'> {
  const key = `${dir}\0${id}`;
  const hit = records.get(key);
  if (hit) return hit;
  let out: Pick<LoadedSource, 'record' | 'recordProblem'>;
  const yml = join(dir, `${id}.yaml`);
  if (!SOURCE_ID_PATTERN.test(id) || !existsSync(yml))
    out = { recordProblem: `缺少来源记录 ${id}.yaml（标题、来源、获取日期、语言、原始编码、状态）` };
  else {
    const parsed = sourceRecordSchema.safeParse(parse(readFileSync(yml, 'utf8')));
    out = parsed.success
      ? { record: parsed.data }
      : { recordProblem: parsed.error.issues.map((i) => `${id}.yaml ${formatIssuePath(i.path)}: ${i.message}`).join('；') };
  }
  records.set(key, out);
  return out;
}

/** The ids of every source document in `dir`, sorted. */
export function sourceIds(dir: string = SOURCES_DIR): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .map((n) => n.slice(0, -4))
    .sort();
}
