/**
 * Writes the instant tier's shards (src/search/suggest.ts) into the build's output in one pass, once
 * every page is generated, instead of one Astro endpoint render per shard: the practices come from
 * the tag table's endpoint, handed over while it rendered (src/search/suggest-handoff.ts). Runs at
 * `astro:build:generated`, beside the search index's last writing in its own process.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSuggestHandoff, takeSuggestHandoff } from '../search/suggest-handoff';
import { buildShards, shardFile } from '../search/suggest';

export default function suggestShards(): AstroIntegration {
  return {
    name: 'practice-archive:suggest-shards',
    hooks: {
      'astro:build:start': () => openSuggestHandoff(),
      'astro:build:generated': ({ dir, logger }) => {
        const data = takeSuggestHandoff();
        if (!data)
          throw new Error(
            'suggest-shards: the tag table (search/suggest/<version>/tags.json) was not rendered, so the instant tier’s shards were not written; is src/pages/search/suggest/[version]/[shard].json.ts in the build?',
          );
        const started = performance.now();
        const built = buildShards(data.entries);
        const out = join(fileURLToPath(dir), data.folder);
        mkdirSync(out, { recursive: true });
        for (const key of built.shards.keys()) writeFileSync(join(out, `${key}.json`), JSON.stringify(shardFile(key, built)));
        logger.info(`wrote ${built.shards.size} suggestion shards in ${Math.round(performance.now() - started)} ms → ${data.folder}`);
      },
    },
  };
}
