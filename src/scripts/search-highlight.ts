/**
 * On a case page opened from a search result (`?hl=<query>#<practice>`): marks the query's words
 * in the case text and brings the practice into view. Tiny on purpose: this ships on every case page.
 */
import { highlightQuery } from '../core/routes';
import { highlightPieces, normaliseQuery, queryTerms } from '../lib/search/terms';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'MARK']);

function highlight(root: Element, terms: string[]): number {
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
    const pieces = highlightPieces(node.data, terms);
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

function run() {
  const q = normaliseQuery(highlightQuery(location.search));
  if (!q) return;
  const root = document.querySelector('[data-pagefind-body]');
  if (!root) return;
  // Whole query first, then its words; single characters only when that is all the query is.
  const words = queryTerms(q);
  const terms = [q, ...words].filter((w) => w.length > 1 || words.length === 1);
  highlight(root, terms);
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  // Marks can move text; scroll again so the practice is where the reader expects it. Instantly,
  // as the browser's own jump to the anchor is: the page's smooth scrolling is for moves within a
  // page, and animating here would leave the practice out of place for as long as the script took
  // to load.
  if (target) target.scrollIntoView({ block: 'start', behavior: 'instant' });
}

run();
