/**
 * The basket in localStorage. Every page that shows practices loads this (through
 * basket-buttons.ts), so it stays tiny: read, write, and tell the page when the basket changed —
 * here or in another tab.
 */
import { BASKET_KEY, emptyBasket, parseBasket, serializeBasket, type Basket } from '../basket/basket';

const EVENT = 'practice-basket-change';

export function loadBasket(): Basket {
  try {
    return parseBasket(localStorage.getItem(BASKET_KEY));
  } catch {
    // Storage switched off: the basket is empty rather than the page broken.
    return emptyBasket();
  }
}

/** Saves the basket; false when the browser refuses storage (private mode, quota). */
export function saveBasket(basket: Basket): boolean {
  let ok = true;
  try {
    localStorage.setItem(BASKET_KEY, serializeBasket(basket));
  } catch {
    ok = false;
  }
  dispatchEvent(new Event(EVENT));
  return ok;
}

export function onBasketChange(listener: () => void): void {
  addEventListener(EVENT, listener);
  addEventListener('storage', (event) => {
    if (event.key === BASKET_KEY || event.key === null) listener();
  });
}
