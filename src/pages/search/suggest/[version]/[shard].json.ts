/**
 * The instant tier's data: one small JSON file per run of characters the practices' names,
 * aliases, case titles, units and tags contain (src/search/suggest.ts: ShardFile), and the root
 * (`root.json`: the tag table the entries point into, and which characters have a shard). The folder is named after a hash of the data, so each
 * file's URL always serves the same bytes and browsers may cache it for good.
 *
 * In a build only the root is a route: rendering it hands the practices to
 * src/integrations/suggest-shards.ts, which writes every shard in one pass (src/search/suggest-handoff.ts
 * says why). In dev this endpoint serves each shard itself.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSuggestData } from '../../../../data/archive';
import { suggestDir } from '../../../../core/routes';
import { handOverSuggest, suggestHandoffOpen } from '../../../../search/suggest-handoff';
import { TIER_ROOT, buildShards, shardFile, shardsVersion, tierRoot, type Shards } from '../../../../search/suggest';

// Built once per process; each file is encoded as it is served, not all of them held at once.
let built: Promise<Shards> | undefined;
const shards = () => (built ??= getSuggestData().then(({ entries }) => buildShards(entries)));

export const getStaticPaths = (async () => {
  const { entries, tags } = await getSuggestData();
  const version = shardsVersion(entries, tags);
  // In a build the shards are written by the integration; handed over here, as the build lists
  // the routes' paths, it writes them on the other core while the pages render.
  if (suggestHandoffOpen()) handOverSuggest({ folder: suggestDir(version), entries });
  const keys = suggestHandoffOpen() ? [] : (await shards()).shards.keys();
  return [TIER_ROOT, ...keys].map((shard) => ({ params: { version, shard } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  let body: unknown;
  if (params.shard === TIER_ROOT) {
    const { entries, tags } = await getSuggestData();
    handOverSuggest({ folder: suggestDir(params.version!), entries });
    body = tierRoot(entries, tags);
  } else body = shardFile(params.shard!, await shards());
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
};
