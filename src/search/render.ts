/**
 * The one renderer of the search page's filter panel and results. It builds a small element tree;
 * the build turns the tree into HTML (toHtml, for the page as it stands before any search) and the
 * browser into DOM nodes (src/client/search/dom.ts, after each search), so both show the same
 * markup by construction. Text always stays text: no input ever becomes markup.
 *
 * A practice result is rendered in one place, practiceHit(); a result is built from a ResultView,
 * which both the build (from a case) and the browser (from a ranked candidate) produce.
 */
import type { FacetView } from './facets';
import type { TextPiece } from './terms';
import { escapeHtml } from '../lib/html';

export interface Element {
  tag: string;
  /** `true` renders a bare attribute, `false` or undefined none. */
  attrs: Record<string, string | boolean | undefined>;
  children: Child[];
}
export type Child = Element | string;

/** Interface text, filled with its parameters (t() at build time, the same strings in the browser). */
export type Strings = (key: string, params?: Record<string, string | number>) => string;

export function h(tag: string, attrs: Element['attrs'] = {}, ...children: Child[]): Element {
  return { tag, attrs, children };
}

/** Text with the hits wrapped in <mark>. */
export function marked(pieces: readonly TextPiece[]): Child[] {
  return pieces.map((p) => (p.hit ? h('mark', {}, p.text) : p.text));
}

const VOID = new Set(['input', 'br', 'img']);

/** The tree as HTML (for the build). */
export function toHtml(node: Child | readonly Child[]): string {
  if (Array.isArray(node)) return node.map((n) => toHtml(n)).join('');
  if (typeof node === 'string') return escapeHtml(node);
  const el = node as Element;
  const attrs = Object.entries(el.attrs)
    .filter(([, v]) => v !== false && v !== undefined)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${escapeHtml(v as string)}"`))
    .join('');
  return VOID.has(el.tag) ? `<${el.tag}${attrs}>` : `<${el.tag}${attrs}>${toHtml(el.children)}</${el.tag}>`;
}

// ── the filter panel ─────────────────────────────────────────────────────

/** One fieldset per facet, its values as checkboxes, the folded ones behind a "show all" button. */
export function facetPanel(views: readonly FacetView[], str: Strings): Element[] {
  return views.map(({ key, values }) => {
    const items = values.map((v) =>
      h(
        'li',
        { hidden: v.folded },
        h(
          'label',
          {},
          h('input', { type: 'checkbox', id: `facet-${key}-${v.value}`, value: v.value, 'data-facet': key, checked: v.checked }),
          h('span', {}, v.label),
          // Said in words, inside the label, so a screen reader reads it with the value.
          ...(v.inferred ? [h('span', { class: 'facet-inferred' }, `（${str('basis.someInferred')}）`)] : []),
          h('span', { class: 'facet-count' }, String(v.count)),
        ),
      ),
    );
    const more = values.some((v) => v.folded)
      ? [
          h(
            'button',
            { type: 'button', class: 'link-button', 'data-facet-more': key },
            str('search.showAllValues', { count: values.length }),
          ),
        ]
      : [];
    return h('fieldset', {}, h('legend', {}, str(`search.facet.${key}`)), h('ul', { class: 'facet-values' }, ...items), ...more);
  });
}

// ── results ──────────────────────────────────────────────────────────────

export interface PracticeHitView {
  id: string;
  href: string;
  name: TextPiece[];
  summary: TextPiece[];
  /** Behind the result's "more practices" button until it is pressed. */
  hidden: boolean;
  /** The practice as the basket names it, `case~practice` (its basket button, BasketButton.astro). */
  basket: string;
  /** When it matches only through tags: their labels, said under it (匹配标签：…). */
  viaTags?: string[];
}

export interface ResultView {
  href: string;
  title: TextPiece[];
  /** Unit and period, one line. */
  meta: string;
  excerpt: TextPiece[];
  /** Id of the practices' label, unique on the page. */
  hitsId: string;
  /** When the case matches only through tags: their labels (匹配标签：…). */
  viaTags?: string[];
  practices: PracticeHitView[];
}

/**
 * One practice under a result: its name linking to its anchor, its summary, and its basket
 * button (the markup of BasketButton.astro; src/client/basket-buttons.ts sets its state).
 */
export function practiceHit(p: PracticeHitView, str: Strings): Element {
  const name = p.name.map((piece) => piece.text).join('');
  return h(
    'li',
    { hidden: p.hidden },
    h('a', { href: p.href, 'data-practice-hit': p.id }, ...marked(p.name)),
    h('p', {}, ...marked(p.summary)),
    ...viaLine(p.viaTags, str),
    // Named by the basket script (src/client/basket-buttons.ts): its words, then data-name.
    h('button', { type: 'button', 'data-basket-add': p.basket, 'data-name': name }, str('basket.add')),
  );
}

/** Why a result matches when only a tag does: its labels (none when it matches in its own words). */
function viaLine(tags: readonly string[] | undefined, str: Strings): Element[] {
  return tags?.length ? [h('p', { class: 'via-tags' }, str('search.viaTags', { tags: tags.join('、') }))] : [];
}

/** One case in the result list, with the practices that matched. */
export function resultItem(r: ResultView, str: Strings): Element {
  const more = r.practices.filter((p) => p.hidden).length;
  const practices = r.practices.length
    ? [
        h('p', { class: 'practices-label', id: r.hitsId }, str('search.practicesIn')),
        h('ul', { class: 'practice-hits', 'aria-labelledby': r.hitsId }, ...r.practices.map((p) => practiceHit(p, str))),
        ...(more
          ? [
              h(
                'button',
                { type: 'button', class: 'link-button', 'aria-expanded': 'false', 'data-practice-more': '' },
                str('search.morePractices', { count: more }),
              ),
            ]
          : []),
      ]
    : [];
  return h(
    'li',
    { class: 'result' },
    h('h3', {}, h('a', { href: r.href }, ...marked(r.title))),
    h('p', { class: 'result-meta' }, r.meta),
    h('p', { class: 'excerpt' }, ...marked(r.excerpt)),
    ...viaLine(r.viaTags, str),
    ...practices,
  );
}
