/**
 * The part of the basket every page carries (≤ 2 KB gzip, tested): the add/remove buttons next
 * to practices (BasketButton.astro) and the count in the header (BasketCount.astro). One click
 * listener on the document serves every button, including those the search page draws later.
 */
import { has, toggle, type PracticeKey } from '../lib/basket';
import { loadBasket, onBasketChange, saveBasket } from './basket-store';

const keyOf = (el: HTMLElement): PracticeKey => ({ c: el.dataset.case ?? '', p: el.dataset.practice ?? '' });

/** Brings every button's pressed state and the header count in line with the stored basket. */
export function syncBasketButtons(): void {
  const basket = loadBasket();
  for (const button of document.querySelectorAll<HTMLElement>('[data-basket-add]')) {
    button.setAttribute('aria-pressed', String(has(basket, keyOf(button))));
  }
  const n = basket.items.length;
  for (const count of document.querySelectorAll<HTMLElement>('[data-basket-count]')) count.textContent = n ? String(n) : '';
}

/** A button for one practice, cloned from the page's `<template data-basket-template>`. */
export function basketButton(template: HTMLTemplateElement, c: string, p: string, name: string): HTMLElement {
  const button = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
  button.dataset.case = c;
  button.dataset.practice = p;
  button.setAttribute('aria-label', `${button.getAttribute('aria-label') ?? ''}${name}`);
  button.setAttribute('aria-pressed', String(has(loadBasket(), { c, p })));
  return button;
}

document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest<HTMLElement>('[data-basket-add]');
  if (button) saveBasket(toggle(loadBasket(), keyOf(button)));
});
onBasketChange(syncBasketButtons);
syncBasketButtons();
