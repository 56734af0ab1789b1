/**
 * Every page's part of the instant tier: a few listeners and nothing more. The tier's code, its
 * data and Pagefind are fetched only when the reader heads for a search box (pointer over it,
 * focus, a first key), never on a plain page view, so a case page costs no extra byte.
 */
const INTENT = ['pointerenter', 'focus', 'keydown'] as const;

export function watchSuggestBoxes(root: ParentNode = document): void {
  for (const input of root.querySelectorAll<HTMLInputElement>('input[data-suggest]')) {
    const start = () => {
      for (const type of INTENT) input.removeEventListener(type, start);
      void import('./suggest-ui').then((m) => m.attachSuggest(input));
    };
    for (const type of INTENT) input.addEventListener(type, start);
    // A box already focused (autofocus, or the reader was quicker than this script).
    if (document.activeElement === input) start();
  }
}
