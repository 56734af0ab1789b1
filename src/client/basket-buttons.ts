/**
 * The part of the basket every page carries (≤ 2 KB gzip, tested): the add/remove buttons next
 * to practices (BasketButton.astro) and the count in the header (BasketCount.astro). One click
 * listener on the document serves every button; the search page calls syncBasketButtons() after
 * drawing results.
 */
import { has, parseKey, toggle, type PracticeKey } from '../basket/basket';
import { loadBasket, onBasketChange, saveBasket } from './basket-store';

/** A bare button on a listing page: its entry's title link, `/cases/<case>/#<practice>` under the base path. */
const titleOf = (el: HTMLElement) => el.closest('li')?.querySelector<HTMLAnchorElement>('a.entry-title');

function keyOf(el: HTMLElement): PracticeKey | undefined {
  if (el.dataset.basketAdd) return parseKey(el.dataset.basketAdd);
  const m = /\/cases\/([^/]+)\/#(.+)$/.exec(titleOf(el)?.getAttribute('href') ?? '');
  return m ? parseKey(`${m[1]}~${m[2]}`) : undefined;
}

/** Brings every button's pressed state and the header count in line with the stored basket. */
export function syncBasketButtons(): void {
  const basket = loadBasket();
  for (const button of document.querySelectorAll<HTMLElement>('[data-basket-add]')) {
    const key = keyOf(button);
    button.setAttribute('aria-pressed', String(!!key && has(basket, key)));
    // Listing pages leave the name out of the markup: the entry's title gives it.
    const title = titleOf(button)?.textContent?.trim();
    if (!button.hasAttribute('aria-label') && title) button.setAttribute('aria-label', `${button.textContent?.trim()}：${title}`);
  }
  const n = basket.items.length;
  for (const count of document.querySelectorAll<HTMLElement>('[data-basket-count]')) count.textContent = n ? String(n) : '';
}

document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest<HTMLElement>('[data-basket-add]');
  const key = button && keyOf(button);
  if (key) saveBasket(toggle(loadBasket(), key));
});
onBasketChange(syncBasketButtons);
syncBasketButtons();
