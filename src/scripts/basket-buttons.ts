/**
 * The part of the basket every page carries (≤ 2 KB gzip, tested): the add/remove buttons next
 * to practices (BasketButton.astro) and the count in the header (BasketCount.astro). One click
 * listener on the document serves every button, including those the search page draws later.
 */
import { has, keyText, parseKey, toggle, type PracticeKey } from '../lib/basket';
import { loadBasket, onBasketChange, saveBasket } from './basket-store';

const keyOf = (el: HTMLElement): PracticeKey | undefined => parseKey(el.dataset.basketAdd ?? '');

/** Brings every button's pressed state and the header count in line with the stored basket. */
export function syncBasketButtons(): void {
  const basket = loadBasket();
  for (const button of document.querySelectorAll<HTMLElement>('[data-basket-add]')) {
    const key = keyOf(button);
    button.setAttribute('aria-pressed', String(!!key && has(basket, key)));
    // Listing pages leave the name out of the markup: the entry's title gives it.
    const title = button.closest('li')?.querySelector('.entry-title')?.textContent?.trim();
    if (!button.hasAttribute('aria-label') && title) button.setAttribute('aria-label', `${button.textContent?.trim()}：${title}`);
  }
  const n = basket.items.length;
  for (const count of document.querySelectorAll<HTMLElement>('[data-basket-count]')) count.textContent = n ? String(n) : '';
}

/** A button for one practice, cloned from the page's `<template data-basket-template>`. */
export function basketButton(template: HTMLTemplateElement, key: PracticeKey, name: string): HTMLElement {
  const button = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
  button.dataset.basketAdd = keyText(key);
  button.setAttribute('aria-label', `${button.getAttribute('aria-label') ?? ''}${name}`);
  button.setAttribute('aria-pressed', String(has(loadBasket(), key)));
  return button;
}

document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest<HTMLElement>('[data-basket-add]');
  const key = button && keyOf(button);
  if (key) saveBasket(toggle(loadBasket(), key));
});
onBasketChange(syncBasketButtons);
syncBasketButtons();
