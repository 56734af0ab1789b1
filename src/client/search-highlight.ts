/**
 * On a case page opened from a search result (`?hl=<query>#<practice>`): marks the query's words
 * in the case text and brings the practice into view. Tiny on purpose: this ships on every case page.
 */
import { anchorId, highlightQuery } from '../core/routes';
import { highlightPieces, normaliseQuery, queryTerms } from '../search/terms';
import { piecesOnOriginal } from '../core/script-variants';
import { highlightFolding } from './highlight-variants';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'MARK']);

function highlight(root: Element, terms: string[], fold: ((text: string) => string) | null): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => {
      const parent = node.parentElement;
      if (!parent || SKIP.has(parent.tagName) || parent.closest('[hidden]')) return NodeFilter.FILTER_REJECT;
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  let count = 0;
  for (const node of nodes) {
    // With traditional script in play, matches are found in the simplified form of the text.
    const folded = fold?.(node.data);
    const pieces = (folded && piecesOnOriginal(node.data, folded, highlightPieces(folded, terms))) || highlightPieces(node.data, terms);
    if (!pieces.some((p) => p.hit)) continue;
    const fragment = document.createDocumentFragment();
    for (const piece of pieces) {
      if (piece.hit) {
        const mark = document.createElement('mark');
        mark.className = 'search-hit';
        mark.textContent = piece.text;
        fragment.append(mark);
        count += 1;
      } else {
        fragment.append(piece.text);
      }
    }
    node.replaceWith(fragment);
  }
  return count;
}

/** Whole query first, then its words; single characters only when that is all the query is. */
function termsOf(query: string): string[] {
  const words = queryTerms(query);
  return [query, ...words].filter((w) => w.length > 1 || words.length === 1);
}

function scrollToTarget() {
  const id = anchorId(location.hash);
  const target = id ? document.getElementById(id) : null;
  // Marks can move text; scroll again so the practice is where the reader expects it. Instantly,
  // as the browser's own jump to the anchor is: the page's smooth scrolling is for moves within a
  // page, and animating here would leave the practice out of place for as long as the script took
  // to load.
  if (target) target.scrollIntoView({ block: 'start', behavior: 'instant' });
}

function run() {
  const q = normaliseQuery(highlightQuery(location.search));
  if (!q) return;
  const root = document.querySelector('[data-pagefind-body]');
  if (!root) return;
  highlight(root, termsOf(q), null);
  scrollToTarget();
  // A traditional query, or an entry written in traditional script: marked again once the
  // conversion has loaded (src/client/highlight-variants.ts), comparing both in simplified form.
  void highlightFolding(q, root).then((fold) => {
    if (!fold) return;
    for (const mark of root.querySelectorAll('mark.search-hit')) mark.replaceWith(mark.textContent ?? '');
    root.normalize();
    highlight(root, termsOf(fold(q)), fold);
    scrollToTarget();
  });
}

run();
