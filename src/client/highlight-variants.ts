/**
 * The case page's highlighter meets traditional script in two ways: a highlight parameter typed in
 * traditional characters (首問責任制), or an entry written in traditional script opened from a
 * simplified query. Either way both sides are compared in simplified form. Nothing is fetched for a
 * query without Chinese; the list of traditional-only characters comes next, and OpenCC's
 * dictionaries only when the query or the page holds such a character.
 */
import { TRADITIONAL_LANG } from '../core/script-variants';

export async function highlightFolding(q: string, root: Element): Promise<((text: string) => string) | null> {
  if (!/\p{Script=Han}/u.test(q)) return null;
  try {
    const { needsSimplifying, simplifier } = await import('./traditional-chars');
    // An entry written in traditional script says so on its article (src/text/traditional-chars.ts).
    return root.getAttribute('lang') === TRADITIONAL_LANG || needsSimplifying(q) ? await simplifier() : null;
  } catch {
    // Without the conversion the page still marks what matches as written.
    return null;
  }
}
