/**
 * How the instant tier's data reaches the build step that writes its shards.
 *
 * The shards are thousands of small files (one per run of characters; ≈ 6,200 at 300 cases, ≈ 20,000
 * at 1,000). Rendered as one Astro endpoint each, every file cost a route render; instead the one
 * endpoint the build renders (the tier’s root, src/pages/search/suggest/[version]/[shard].json.ts)
 * hands the practices over here, and src/integrations/suggest-shards.ts writes every shard in one
 * pass once the pages are generated. As in src/lib/rendered-pages.ts, the page bundle and the integration
 * live in different module graphs, so the hand-over goes through `globalThis` under a registered
 * symbol. In dev nothing takes it: the endpoint serves each shard itself.
 */
import type { SuggestEntry } from './suggest';

export interface SuggestHandoff {
  /** The shards' folder under the output directory, without the base path: `search/suggest/<version>/`. */
  folder: string;
  entries: readonly SuggestEntry[];
}

const KEY = Symbol.for('practice-archive.suggest-handoff');

type Slot = { taken: SuggestHandoff | null; receive: ((data: SuggestHandoff) => void) | undefined };
type WithHandoff = typeof globalThis & { [KEY]?: Slot };

/**
 * Opens the hand-over (the integration, when a build starts); until then handing over is a no-op.
 * `receive` is called with the data the moment it is handed over, so the shards can be written
 * while the pages still render.
 */
export function openSuggestHandoff(receive?: (data: SuggestHandoff) => void): void {
  (globalThis as WithHandoff)[KEY] = { taken: null, receive };
}

/** Whether a build step is waiting for the data (so the endpoint leaves the shards to it). */
export function suggestHandoffOpen(): boolean {
  return (globalThis as WithHandoff)[KEY] !== undefined;
}

/**
 * Hands the data over (the endpoint, when the build lists its paths and again when it renders the
 * root). The first hand-over counts; the data is the same each time.
 */
export function handOverSuggest(data: SuggestHandoff): void {
  const slot = (globalThis as WithHandoff)[KEY];
  if (!slot || slot.taken) return;
  slot.taken = data;
  slot.receive?.(data);
}

/** Takes what was handed over and closes the hand-over; null when nothing was. */
export function takeSuggestHandoff(): SuggestHandoff | null {
  const g = globalThis as WithHandoff;
  const data = g[KEY]?.taken ?? null;
  delete g[KEY];
  return data;
}
