/**
 * The instant tier's data: one small JSON file per character the practices' names, aliases, case
 * titles, units and tags contain (src/search/suggest.ts). The folder is named after a hash of the
 * data, so each file's URL always serves the same bytes and browsers may cache it for good.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSuggestEntries } from '../../../../data/archive';
import { BIG_KEYS, buildShards, shardsVersion } from '../../../../search/suggest';

export const getStaticPaths = (async () => {
  const entries = await getSuggestEntries();
  const version = shardsVersion(entries);
  const { shards, big } = buildShards(entries);
  // `big`: the keys split further by the next character, which the browser needs to pick a shard.
  return [
    { params: { version, shard: BIG_KEYS }, props: { list: big } },
    ...[...shards].map(([shard, list]) => ({ params: { version, shard }, props: { list } })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { list: unknown }).list), { headers: { 'Content-Type': 'application/json' } });
