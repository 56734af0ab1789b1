/**
 * Before `astro build` renders anything, checks every entry with the same checks as
 * `npm run validate` (all but the copy check, which needs the source documents and is validate's
 * job) and stops on an error with the same located lines, `file:line  field  message`, instead of
 * a stack trace from deep inside the content layer. A dead internal link fails the build here too.
 */
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { SITE } from '../config';
import { formatProblem, sortProblems } from '../lib/validate/problem';
import { validateArchive } from '../lib/validate/run';

export default function entryCheck(): AstroIntegration {
  return {
    name: 'practice-archive:entry-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        const result = validateArchive({ casesDir: join(SITE.contentDir, 'cases'), taxonomyDir: join(SITE.contentDir, 'taxonomy') });
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
