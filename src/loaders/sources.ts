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
import { sourceFingerprintSchema } from '../schemas/source-fingerprint';
import { witnessParagraphs, type SourceFingerprint } from '../core/fingerprint';
import { formatIssuePath } from '../text/messages';

export const SOURCES_DIR = resolve(SITE.contentDir, 'sources');
/**
 * Where the texts of pages published by others live on an editor's machine, beside their records:
 * git-ignored, so the repository never republishes them (the record's `kept: false`).
 */
export const LOCAL_TEXTS = 'local';

/** The path of source `id`'s text: kept in the repository, or held on this machine only. */
export function sourceTextPath(id: string, dir: string = SOURCES_DIR, kept = true): string {
  return kept ? join(dir, `${id}.txt`) : join(dir, LOCAL_TEXTS, `${id}.txt`);
}

export interface LoadedSource {
  id: string;
  /** The document's text as stored (UTF-8); empty where only its fingerprint is at hand. */
  text: string;
  /** Its paragraphs: the text's, or, without the text, what the fingerprint recorded of each. */
  paragraphs: Paragraphs;
  /** Whether the text itself is on this machine (kept in the repository or held locally). */
  textAtHand: boolean;
  /** The recorded fingerprint (`<id>.fingerprint.json`), when there is one. */
  fingerprint?: SourceFingerprint;
  /** What is wrong with the fingerprint file, in the contributor's words. */
  fingerprintProblem?: string;
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
  const txt = [sourceTextPath(id, dir), sourceTextPath(id, dir, false)].find((p) => existsSync(p));
  if (SOURCE_ID_PATTERN.test(id)) {
    const fp = loadFingerprint(id, dir);
    if (txt) {
      const text = readFileSync(txt, 'utf8');
      loaded = { id, text, paragraphs: splitParagraphs(text), textAtHand: true, ...fp, ...loadSourceRecord(id, dir) };
    } else if (fp.fingerprint) {
      loaded = { id, text: '', paragraphs: witnessParagraphs(fp.fingerprint), textAtHand: false, ...fp, ...loadSourceRecord(id, dir) };
    } else if (fp.fingerprintProblem) {
      loaded = { id, text: '', paragraphs: splitParagraphs(''), textAtHand: false, ...fp, ...loadSourceRecord(id, dir) };
    }
  }
  cache.set(key, loaded);
  return loaded;
}

/** The path of source `id`'s fingerprint: what the repository keeps of a text it does not keep. */
export function fingerprintPath(id: string, dir: string = SOURCES_DIR): string {
  return join(dir, `${id}.fingerprint.json`);
}

function loadFingerprint(id: string, dir: string): Pick<LoadedSource, 'fingerprint' | 'fingerprintProblem'> {
  const file = fingerprintPath(id, dir);
  if (!existsSync(file)) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return {
      fingerprintProblem: `${id}.fingerprint.json 不是合格的 JSON（${(error as Error).message}）：请在有原文的机器上运行 npm run source -- record ${id} 重写它`,
    };
  }
  const parsed = sourceFingerprintSchema.safeParse(raw);
  return parsed.success
    ? { fingerprint: parsed.data }
    : {
        fingerprintProblem: `${id}.fingerprint.json ${parsed.error.issues.map((i) => `${formatIssuePath(i.path)}: ${i.message}`).join('；')}：请在有原文的机器上运行 npm run source -- record ${id} 重写它`,
      };
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

/** The ids of every source document in `dir` (each has a record or a kept text), sorted. */
export function sourceIds(dir: string = SOURCES_DIR): string[] {
  if (!existsSync(dir)) return [];
  const ids = readdirSync(dir)
    .filter((n) => n.endsWith('.txt') || n.endsWith('.yaml') || n.endsWith('.fingerprint.json'))
    .map((n) => n.replace(/\.(txt|yaml|fingerprint\.json)$/, ''))
    .filter((id) => SOURCE_ID_PATTERN.test(id));
  return [...new Set(ids)].sort();
}
