/**
 * Loads the controlled vocabulary from `content/taxonomy/*.yaml` — the single source of truth for
 * themes, tags, unit types, sectors and honour levels — validates it, and indexes it.
 */
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { themeSchema } from '../schemas/theme';
import { tagSchema } from '../schemas/tag';
import { unitTypeSchema } from '../schemas/unit-type';
import { sectorSchema } from '../schemas/sector';
import { honourLevelSchema } from '../schemas/honour-level';
import type { Term } from '../schemas/term';
import type { Taxonomy, Vocabulary } from '../schemas/taxonomy';
import { formatIssuePath } from '../text/messages';
import { indexBySlug } from '../core/taxonomy';
import { SITE } from '../config';

export type { Taxonomy, Vocabulary };

export const TAXONOMY_DIR = resolve(SITE.contentDir, 'taxonomy');

export const TAXONOMY_FILES = {
  themes: 'themes.yaml',
  tags: 'tags.yaml',
  unitTypes: 'unit-types.yaml',
  sectors: 'sectors.yaml',
  honourLevels: 'honour-levels.yaml',
} as const;

export class TaxonomyError extends Error {
  override name = 'TaxonomyError';
}

function vocabulary<S extends z.ZodType<Term>>(dir: string, file: string, schema: S): Vocabulary<z.infer<S>> {
  const path = join(dir, file);
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new TaxonomyError(`${path}: YAML 无法解析：${(error as Error).message}`);
  }
  const parsed = z.array(schema).safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${formatIssuePath(i.path)}: ${i.message}`);
    throw new TaxonomyError(`${path}: 分类词表不符合格式\n${lines.join('\n')}`);
  }
  const list = parsed.data as z.infer<S>[];
  const { bySlug, repeated } = indexBySlug(list);
  if (repeated !== undefined) throw new TaxonomyError(`${path}: slug “${repeated}” 重复出现`);
  return { list, bySlug, file: relative(process.cwd(), path).split('\\').join('/') };
}

/** Checks what zod cannot see term by term: cross-references and clashing names. */
export function checkTaxonomy(tax: Taxonomy): string[] {
  const problems: string[] = [];
  for (const tag of tax.tags.list) {
    if (!tax.themes.bySlug.has(tag.theme)) {
      problems.push(`${tax.tags.file}: 标签 ${tag.slug} 的 theme “${tag.theme}” 不是已定义的主题`);
    }
  }
  // A wording must lead to exactly one tag, or an alias would send searchers to the wrong place.
  const owner = new Map<string, string>();
  for (const tag of tax.tags.list) {
    for (const name of new Set([tag.label, ...tag.aliases])) {
      const prev = owner.get(name);
      if (prev && prev !== tag.slug) {
        problems.push(`${tax.tags.file}: “${name}” 同时是 ${prev} 和 ${tag.slug} 的名称或别名`);
      }
      owner.set(name, tag.slug);
    }
    if (tag.aliases.includes(tag.label)) {
      problems.push(`${tax.tags.file}: 标签 ${tag.slug} 的别名与其名称“${tag.label}”相同`);
    }
  }
  return problems;
}

const cache = new Map<string, Taxonomy>();

export function loadTaxonomy(dir: string = TAXONOMY_DIR): Taxonomy {
  const hit = cache.get(dir);
  if (hit) return hit;
  const tax: Taxonomy = {
    themes: vocabulary(dir, TAXONOMY_FILES.themes, themeSchema),
    tags: vocabulary(dir, TAXONOMY_FILES.tags, tagSchema),
    unitTypes: vocabulary(dir, TAXONOMY_FILES.unitTypes, unitTypeSchema),
    sectors: vocabulary(dir, TAXONOMY_FILES.sectors, sectorSchema),
    honourLevels: vocabulary(dir, TAXONOMY_FILES.honourLevels, honourLevelSchema),
  };
  const problems = checkTaxonomy(tax);
  if (problems.length) throw new TaxonomyError(problems.join('\n'));
  cache.set(dir, tax);
  return tax;
}
