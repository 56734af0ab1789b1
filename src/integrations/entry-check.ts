/**
 * Before `astro build` renders anything, makes sure every entry will build, and when one will not,
 * stops with the same located lines as `npm run validate` (`file:line  field  message`) instead of
 * a stack trace from deep inside the content layer. A dead internal link stops it too.
 *
 * Locating every problem costs about 0.1 s an entry (the YAML positions), too much for every build
 * of a large archive, so the located validation runs only when something is wrong. Two cheap gates
 * decide that:
 * - before the build (`astro:config:setup`): the file names, draft placeholders, YAML aliases, an
 *   MDX compile and the safety check of the bodies that need MDX (src/validation/mdx.ts: nothing in
 *   a contributed body may run, so it is refused here, before the content layer compiles or
 *   evaluates anything), and whether a body links anywhere (links need the full link check);
 * - during the content sync: the content layer parses every entry's YAML and schema anyway, so
 *   the cases loader (src/loaders/case-entries.ts) calls `stopOnInvalidEntries` when it fails.
 *   Parsing them here as well cost ≈ 3 s at 1,000 cases before the build could start.
 * The located validation is the part that concerns the build (YAML, schema, MDX, links, drafts); the
 * content checks (copied text, personal data, citations) stay with `npm run validate` and CI.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SITE } from '../config';
import { PLACEHOLDER } from '../core/draft';
import { caseSlugOfFile } from '../core/slug';
import { needsMdx } from '../core/mdx-features';
import { checkBody } from '../validation/mdx';
import { formatProblem, sortProblems } from '../validation/problem';
import { validateArchive } from '../validation/run';
import type { ParsedEntry } from '../validation/entry';

const casesDir = () => join(SITE.contentDir, 'cases');
const taxonomyDir = () => join(SITE.contentDir, 'taxonomy');

/** Whether an entry needs the located check before the build: its file, body or draft state says so. */
function needsFullCheck(dir: string): boolean {
  for (const name of readdirSync(dir)) {
    if (name.startsWith('.')) continue;
    if (caseSlugOfFile(name) === null) return true;
    const text = readFileSync(join(dir, name), 'utf8').replace(/\r\n?/g, '\n');
    const m = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(text);
    if (!m || text.includes(PLACEHOLDER)) return true;
    // A YAML anchor or alias: entries need none, and aliases that expand without end ("billion
    // laughs") must be refused, located, before the content layer reads them.
    if (/(?:^|[\s[,{])[&*][^\s*,\]}]/m.test(m[1]!)) return true;
    const body = text.slice(m[0].length);
    if (/\]\(|\]:|href|src=/.test(body)) return true;
    // A body the build renders as Markdown cannot fail to compile; only MDX bodies are compiled here.
    if (!needsMdx(body)) continue;
    const entry = { file: name, text, data: undefined, body, bodyLine: m[0].split('\n').length, lineOf: () => 1, fieldAt: () => 'body' };
    if (checkBody(entry satisfies ParsedEntry).problems.length) return true;
  }
  return false;
}

/**
 * Runs the located validation and, when it finds an error, prints the lines and ends the build.
 * Returns when there is nothing to report (the caller then lets the original error through).
 */
export function stopOnInvalidEntries(logger: { error: (message: string) => void } = { error: (m) => console.error(m) }): void {
  const result = validateArchive({ casesDir: casesDir(), taxonomyDir: taxonomyDir(), buildOnly: true });
  const errors = sortProblems(result.problems).filter((p) => p.severity === 'error');
  if (!errors.length) return;
  for (const p of errors) console.error(formatProblem(p));
  logger.error(`${errors.length} 处错误，构建已停止。按上面的提示修改（npm run validate 列出同样的问题），再运行 npm run build。`);
  // Exiting here, not throwing: a thrown error would bury the lines above under Astro's stack trace.
  process.exit(1);
}

export default function entryCheck(): AstroIntegration {
  return {
    name: 'practice-archive:entry-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        if (needsFullCheck(casesDir())) stopOnInvalidEntries(logger);
      },
    },
  };
}
