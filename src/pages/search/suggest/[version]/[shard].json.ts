/**
 * The instant tier's data: one small JSON file per run of characters the practices' names,
 * aliases, case titles, units and tags contain (src/search/suggest.ts: ShardFile), and the tag
 * table the entries point into (`tags.json`). The folder is named after a hash of the data, so each
 * file's URL always serves the same bytes and browsers may cache it for good.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSuggestData } from '../../../../data/archive';
import { TAG_TABLE, buildShards, shardFile, shardsVersion, type Shards } from '../../../../search/suggest';

// Built once per build; each file is encoded as it is written, not all of them held at once.
let built: Promise<Shards> | undefined;
const shards = () => (built ??= getSuggestData().then(({ entries }) => buildShards(entries)));

export const getStaticPaths = (async () => {
  const { entries, tags } = await getSuggestData();
  const version = shardsVersion(entries, tags);
  return [TAG_TABLE, ...(await shards()).shards.keys()].map((shard) => ({ params: { version, shard } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const body = params.shard === TAG_TABLE ? (await getSuggestData()).tags : shardFile(params.shard!, await shards());
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
};
