/**
 * Before `astro build` renders anything, makes sure every entry will build, and when one will not,
 * stops with the same located lines as `npm run validate` (`file:line  field  message`) instead of
 * a stack trace from deep inside the content layer. A dead internal link stops it too.
 *
 * Locating every problem costs about 0.1 s an entry (the YAML positions), too much for every build
 * of a large archive, so a quick pass goes first: the YAML, the schema, the MDX compile and whether
 * the body links anywhere. Only when that finds something (or a body has links, which need the full
 * link check) does the validation run — the part that concerns the build (YAML, schema, MDX, links, drafts); the
 * content checks (copied text, personal data, citations) stay with `npm run validate` and CI.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { SITE } from '../config';
import { PLACEHOLDER } from '../core/draft';
import { makeCaseSchema } from '../schemas/case';
import { loadTaxonomy } from '../loaders/taxonomy';
import { checkBody } from '../lib/validate/mdx';
import { formatProblem, sortProblems } from '../lib/validate/problem';
import { validateArchive } from '../lib/validate/run';
import type { ParsedEntry } from '../lib/validate/entry';

/** Whether any entry needs the full check: it fails the quick one, or its body links somewhere. */
function needsFullCheck(casesDir: string, taxonomyDir: string): boolean {
  const schema = makeCaseSchema(loadTaxonomy(taxonomyDir));
  for (const name of readdirSync(casesDir)) {
    if (name.startsWith('.')) continue;
    if (!name.endsWith('.mdx')) return true;
    const text = readFileSync(join(casesDir, name), 'utf8').replace(/\r\n?/g, '\n');
    const m = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(text);
    if (!m || text.includes(PLACEHOLDER)) return true;
    const body = text.slice(m[0].length);
    if (/\]\(|\]:|href|src=/.test(body)) return true;
    try {
      if (!schema.safeParse(parse(m[1]!)).success) return true;
    } catch {
      return true;
    }
    const entry = { file: name, text, data: undefined, body, bodyLine: m[0].split('\n').length, lineOf: () => 1, fieldAt: () => 'body' };
    if (checkBody(entry satisfies ParsedEntry).problems.length) return true;
  }
  return false;
}

export default function entryCheck(): AstroIntegration {
  return {
    name: 'practice-archive:entry-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        const casesDir = join(SITE.contentDir, 'cases');
        const taxonomyDir = join(SITE.contentDir, 'taxonomy');
        if (!needsFullCheck(casesDir, taxonomyDir)) return;
        const result = validateArchive({ casesDir, taxonomyDir, buildOnly: true });
        const errors = sortProblems(result.problems).filter((p) => p.severity === 'error');
        if (!errors.length) return;
        for (const p of errors) console.error(formatProblem(p));
        logger.error(`${errors.length} 处错误，构建已停止。按上面的提示修改（npm run validate 列出同样的问题），再运行 npm run build。`);
        // Exiting here, not throwing: a thrown error would bury the lines above under Astro's stack trace.
        process.exit(1);
      },
    },
  };
}
