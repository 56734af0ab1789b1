/**
 * The tags a search that found nothing offers (issue 23): those whose label or an alias shares a
 * word of two characters with the query, closest first. 环境卫生 finds nothing, but 环境美化整治
 * shares 环境; 节约 is inside 勤俭节约.
 */
import { compact } from './terms';

/** A tag as the search page knows it: slug, then its label and aliases. */
export type TagWords = Record<string, readonly string[]>;

/** How much of the query a tag's wordings hold: the share of the query's character pairs found in them. */
function closeness(query: string, words: readonly string[]): number {
  const chars = Array.from(query);
  const text = compact(words.join('|'));
  if (text.includes(query)) return 2;
  if (chars.length < 2) return 0;
  let found = 0;
  for (let i = 0; i + 1 < chars.length; i += 1) if (text.includes(chars[i]! + chars[i + 1]!)) found += 1;
  return found / (chars.length - 1);
}

/** Up to `max` tag slugs close to `q`, closest first, then in the given order. */
export function nearbyTags(q: string, tags: TagWords, max = 6): string[] {
  const query = compact(q);
  if (!query) return [];
  return Object.entries(tags)
    .map(([slug, words], order) => ({ slug, order, score: closeness(query, words) }))
    .filter((t) => t.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, max)
    .map((t) => t.slug);
}
