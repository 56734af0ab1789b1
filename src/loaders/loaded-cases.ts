/**
 * The cases as the loader read them, handed to a build step before any page exists.
 *
 * A build spends its first seconds loading the collection and bundling the site on one core while
 * the other idles; the pages (and so everything the build derives from the collection through
 * them) only start seconds later. A build step that can start from the cases alone (the instant
 * tier's shards, src/integrations/suggest-shards.ts) opens this hand-over, and the cases loader
 * (case-entries.ts) hands over every entry it holds once it has loaded them. What is handed over is
 * the loader's view: the step must still check its work against the collection the pages read
 * (src/search/suggest-handoff.ts), which stays the one source of truth.
 *
 * The loader runs in the content layer's module graph and the build step in the integration's, so
 * the hand-over goes through `globalThis` under a registered symbol, like src/lib/rendered-pages.ts.
 */
import type { CaseData } from '../schemas/case';

/** One loaded case: its id (the file's slug) and its parsed data. */
export interface LoadedCase {
  id: string;
  data: CaseData;
}

type Receive = (cases: LoadedCase[]) => void;

const KEY = Symbol.for('practice-archive.loaded-cases');
type WithSlot = typeof globalThis & { [KEY]?: Receive };

/** Opens the hand-over: `receive` gets the cases the next time the loader finishes loading. */
export function openLoadedCases(receive: Receive): void {
  (globalThis as WithSlot)[KEY] = receive;
}

/** Closes the hand-over (a step that no longer wants the cases). */
export function closeLoadedCases(): void {
  delete (globalThis as WithSlot)[KEY];
}

/**
 * Hands the loaded cases over once and closes the hand-over; a no-op when no step opened it (dev,
 * `astro sync`, tests), so `read` (which copies the store) runs only when someone takes the cases.
 */
export function handOverLoadedCases(read: () => LoadedCase[]): void {
  const g = globalThis as WithSlot;
  const receive = g[KEY];
  if (!receive) return;
  delete g[KEY];
  receive(read());
}
