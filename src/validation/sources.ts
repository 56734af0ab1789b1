/**
 * Reads the copy check's configuration (`sources.config.yaml`) and the source documents it names.
 * File reading for the runner; the copy rule itself (rules/copied-text.ts) only compares texts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { DEFAULT_COPY_OPTIONS, prepareSampledSource, prepareSource, type CopyOptions, type PreparedSource } from './copy';
import { loadSource, sourceIds, sourceTextPath } from '../loaders/sources';
import { WINNOW } from '../core/winnow';

export const SOURCES_CONFIG = 'sources.config.yaml';

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

/** A source text prepared once per process (the tests validate many folders against the same documents). */
function prepared(path: string, name: string, minRun: number): PreparedSource {
  const key = `${path}\0${minRun}`;
  let hit = sourceCache.get(key);
  if (!hit) sourceCache.set(key, (hit = prepareSource(name, readFileSync(path, 'utf8'), minRun)));
  return hit;
}

/**
 * The source documents on this machine, prepared for comparison, and the options to compare with.
 * What was compared, or skipped and why, goes into `notes` for the contributor.
 */
export function loadSources(
  configFile: string | undefined,
  root: string,
  notes: string[],
  sourcesDir?: string,
): { sources: PreparedSource[]; options: CopyOptions } {
  if (!configFile || !existsSync(configFile)) {
    notes.push('抄袭检查：未找到来源配置文件，已跳过。');
    return { sources: [], options: DEFAULT_COPY_OPTIONS };
  }
  const config = readSourcesConfig(configFile);
  const options = { minRun: config.minRun, quotedMax: config.quotedMax };
  const sources: PreparedSource[] = [];
  // Besides the documents the configuration names, every source in the sources folder: its text
  // where it is on this machine (kept in the repository, or held in content/sources/local/),
  // otherwise the sample of its runs that its fingerprint keeps.
  const listed = new Set(config.sources.map((s) => s.path));
  for (const s of config.sources) {
    if (!existsSync(s.path)) {
      notes.push(
        `抄袭检查：来源文件 ${relative(root, s.path) || s.path} 不在本机（来源文件不随代码库分发），已跳过与它的比对；维护者的检查环境中会比对。`,
      );
      continue;
    }
    sources.push(prepared(s.path, s.name, options.minRun));
  }
  for (const id of sourcesDir ? sourceIds(sourcesDir) : []) {
    const text = [sourceTextPath(id, sourcesDir), sourceTextPath(id, sourcesDir, false)].find((path) => existsSync(path));
    if (text) {
      if (!listed.has(text)) sources.push(prepared(text, basename(text), options.minRun));
      continue;
    }
    const fingerprint = loadSource(id, sourcesDir)?.fingerprint;
    if (fingerprint) sources.push(prepareSampledSource(`${id}.fingerprint.json`, fingerprint));
  }
  const full = sources.filter((s) => !s.sample).map((s) => s.name);
  const sampled = sources.filter((s) => s.sample).map((s) => s.name);
  if (full.length) notes.push(`抄袭检查：已与 ${full.join('、')} 的全文比对（连续 ${options.minRun} 个字相同即算抄录）。`);
  if (sampled.length)
    notes.push(
      `抄袭检查：${sampled.join('、')} 的全文不在本机，已按指纹比对（连续 ${WINNOW.k + WINNOW.w - 1} 个字以上相同的一定能查出，${options.minRun}–${WINNOW.k + WINNOW.w - 2} 个字的多数能查出；有全文时逐字比对）。`,
    );
  return { sources, options };
}
