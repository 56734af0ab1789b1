/**
 * Reads the copy check's configuration (`sources.config.yaml`) and the source documents it names.
 * File reading for the runner; the copy rule itself (rules/copied-text.ts) only compares texts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { DEFAULT_COPY_OPTIONS, prepareSource, type CopyOptions, type PreparedSource } from './copy';

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

/**
 * The source documents on this machine, prepared for comparison, and the options to compare with.
 * What was compared, or skipped and why, goes into `notes` for the contributor.
 */
export function loadSources(
  configFile: string | undefined,
  root: string,
  notes: string[],
): { sources: PreparedSource[]; options: CopyOptions } {
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
