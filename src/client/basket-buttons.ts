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

/** The practice a button is for: after the '：' of its label, or (a bare button) its entry's title. */
function nameOf(button: HTMLElement): string | undefined {
  const label = button.getAttribute('aria-label');
  return label ? label.slice(label.indexOf('：') + 1) : titleOf(button)?.textContent?.trim();
}

/**
 * Brings every button's pressed state and the header count in line with the stored basket. A
 * pressed button also says so in words, and that pressing again takes the practice out (the two
 * wordings come from the header's basket link); its accessible name is its words and the
 * practice's name, so what a reader sees is what a screen reader says.
 */
export function syncBasketButtons(): void {
  const basket = loadBasket();
  const [add, added] = (document.querySelector<HTMLElement>('[data-basket-texts]')?.dataset.basketTexts ?? '').split('|');
  for (const button of document.querySelectorAll<HTMLElement>('[data-basket-add]')) {
    const key = keyOf(button);
    const pressed = !!key && has(basket, key);
    const name = (button.dataset.name ??= nameOf(button) ?? '');
    button.setAttribute('aria-pressed', String(pressed));
    const text = pressed ? added : add;
    if (text) button.textContent = text;
    if (name) button.setAttribute('aria-label', `${button.textContent?.trim()}：${name}`);
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
