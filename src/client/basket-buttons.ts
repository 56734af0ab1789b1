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

/**
 * Brings every button's pressed state and the header count in line with the stored basket. A
 * pressed button also says so in words, and that pressing again takes the practice out (the two
 * wordings ride on the page's body, data-basket-words); its accessible name is its words and the practice's
 * name (data-name, or a bare button's entry title), so what a reader sees is what a screen reader
 * says.
 */
export function syncBasketButtons(): void {
  const basket = loadBasket();
  // Every page's layout writes them (BaseLayout.astro); the case pages' script budget has no room for a fallback.
  const words = document.body.dataset.basketWords!.split('|');
  for (const button of document.querySelectorAll<HTMLElement>('[data-basket-add]')) {
    const key = keyOf(button);
    const pressed = !!key && has(basket, key);
    const name = (button.dataset.name ??= titleOf(button)?.textContent);
    const text = (button.textContent = words[+pressed]!);
    button.setAttribute('aria-pressed', `${pressed}`);
    if (name) button.setAttribute('aria-label', `${text}：${name}`);
  }
  // One count, in the header (BasketCount.astro), on every page.
  document.querySelector('[data-basket-count]')!.textContent = `${basket.items.length || ''}`;
}

document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest<HTMLElement>('[data-basket-add]');
  const key = button && keyOf(button);
  if (key) saveBasket(toggle(loadBasket(), key));
});
onBasketChange(syncBasketButtons);
syncBasketButtons();
