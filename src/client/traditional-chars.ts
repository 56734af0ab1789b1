/**
 * Traditional characters and variants in the browser. A query (or a highlight parameter) holding a
 * traditional-only character is converted to simplified, the archive's script, with OpenCC's
 * dictionaries; those are a chunk of their own, fetched only then, so a simplified query costs no
 * extra byte. The list of traditional-only characters is generated at build time.
 */
import encoded from 'virtual:traditional-chars';
import { decodeCodePoints, hasTraditional } from '../core/script-variants';

let traditional: Set<number> | undefined;

/** Whether `text` holds a character that only traditional or variant writing uses. */
export function needsSimplifying(text: string): boolean {
  traditional ??= decodeCodePoints(encoded);
  return hasTraditional(text, traditional);
}

/** The converter, loaded on first use. */
export async function simplifier(): Promise<(text: string) => string> {
  return (await import('../text/to-simplified')).toSimplified;
}

/** `q` in simplified script: itself when it needs no conversion (nothing is loaded then). */
export async function simplifiedQuery(q: string): Promise<string> {
  return needsSimplifying(q) ? (await simplifier())(q) : q;
}
