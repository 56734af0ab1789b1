/**
 * The basket page (/basket/): lists the collected practices, lets the reader order, group,
 * annotate and remove them, shows a share link, and exports. The rules live in pure modules
 * (src/basket/basket.ts, basket-doc.ts); this file only draws them and listens to the reader.
 *
 * Data: one small JSON file per case the basket holds (/data/basket/<case>.json), never the whole
 * archive. A case or practice the archive no longer has stays in the basket, shown as such.
 */
import type { BasketCase } from '../basket/basket-data';
import {
  add,
  basketFromKeys,
  sameItems,
  decodeShare,
  keyText,
  move,
  remove,
  setNote,
  shareHref,
  type Basket,
  type PracticeKey,
} from '../basket/basket';
import { buildDoc, resolveEntries, toMarkdown, type BasketDoc, type DocEntry, type DocLabels } from '../basket/basket-doc';
import { groupBy } from '../browsing/browse';
import { fill } from '../i18n/fill';
import { loadBasket, onBasketChange, saveBasket } from './basket-store';
import { PARAM } from '../core/routes';

interface Config {
  basket: string;
  data: string;
  themeOrder: string[];
  strings: Record<string, string>;
  doc: DocLabels;
}

const root = document.querySelector<HTMLElement>('[data-basket-root]');
if (root) start(root);

function start(root: HTMLElement) {
  const config = JSON.parse(root.dataset.config ?? '{}') as Config;
  const str = (key: string, params: Record<string, string | number> = {}) => fill(config.strings[key] ?? key, params);
  const $ = <T extends Element>(sel: string) => root.querySelector<T>(sel)!;
  const app = $<HTMLElement>('[data-basket-app]');
  const list = $<HTMLElement>('[data-basket-list]');
  const empty = $<HTMLElement>('[data-basket-empty]');
  const status = $<HTMLElement>('[data-basket-status]');
  const groupBox = $<HTMLInputElement>('[data-basket-group]');
  const clearButton = $<HTMLButtonElement>('[data-basket-clear]');
  const undoButton = $<HTMLButtonElement>('[data-basket-undo]');
  const shareLink = $<HTMLAnchorElement>('[data-basket-share]');
  const sharedBox = $<HTMLElement>('[data-basket-shared]');
  const printDoc = $<HTMLElement>('[data-basket-print-doc]');
  const template = $<HTMLTemplateElement>('[data-basket-item-template]');
  const tools = root.querySelectorAll<HTMLElement>('[data-basket-tools]');

  // A share link shows the shared basket without touching the reader's own until they keep it.
  // A link that names no practice, or exactly the reader's own list (their own link, opened
  // again), offers nothing to keep: the page shows the reader's basket.
  const params = new URLSearchParams(location.search);
  const decoded = params.has(PARAM.share) ? decodeShare(params.get(PARAM.share)) : undefined;
  const shared = decoded && decoded.keys.length > 0 && !sameItems(basketFromKeys(decoded.keys), loadBasket()) ? decoded : undefined;
  let mode: 'own' | 'shared' = shared ? 'shared' : 'own';
  let basket: Basket = shared ? basketFromKeys(shared.keys) : loadBasket();
  let beforeClear: Basket | undefined;
  const cases = new Map<string, BasketCase | null | 'error'>();

  app.hidden = false;

  /** Changes the basket: saved when it is the reader's own, kept in the page when it is a shared one. */
  function commit(next: Basket, redraw = true) {
    basket = next;
    if (mode === 'own') saveBasket(basket);
    if (redraw) void draw();
    else drawExtras();
  }

  async function fetchCases() {
    const wanted = [...new Set(basket.items.map((it) => it.c))].filter((c) => !cases.has(c));
    if (wanted.length === 0) return;
    status.textContent = str('basket.loading');
    await Promise.all(
      wanted.map(async (slug) => {
        try {
          const response = await fetch(`${config.data}${slug}.json`);
          // 404: the archive no longer has the case. Anything else is a passing failure.
          cases.set(slug, response.ok ? ((await response.json()) as BasketCase) : response.status === 404 ? null : 'error');
        } catch {
          cases.set(slug, 'error');
        }
      }),
    );
    status.textContent = '';
  }

  const known = () => new Map([...cases].map(([k, v]) => [k, v === 'error' ? null : v]));

  function currentDoc(): BasketDoc {
    const now = new Date();
    const date = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    return buildDoc(basket, known(), { labels: config.doc, date, themeOrder: config.themeOrder });
  }

  function itemNode(entry: DocEntry, index: number, group: readonly number[]): HTMLLIElement {
    const li = template.content.firstElementChild!.cloneNode(true) as HTMLLIElement;
    const field = <T extends HTMLElement>(name: string) => li.querySelector<T>(`[data-field="${name}"]`)!;
    const item = basket.items[index]!;
    const p = entry.practice;
    const label = p?.name ?? entry.key;
    li.dataset.key = entry.key;
    const name = field<HTMLAnchorElement>('name');
    name.textContent = label;
    for (const b of li.querySelectorAll('[data-action]')) b.setAttribute('aria-label', `${b.getAttribute('aria-label') ?? ''}${label}`);
    if (p && entry.case) {
      name.href = p.url;
      field('summary').textContent = p.summary;
      const caseLink = field<HTMLAnchorElement>('case');
      caseLink.href = entry.case.url;
      caseLink.textContent = entry.case.title;
      field('unit').textContent = entry.case.unit;
      field('period').textContent = entry.case.period;
      if (p.evidence) {
        field('evidence-box').hidden = false;
        field('evidence').textContent = `「${p.evidence}」`;
      }
    } else {
      name.removeAttribute('href');
      field('summary').remove();
      field('meta').remove();
      const missing = field('missing');
      missing.hidden = false;
      missing.textContent =
        cases.get(item.c) === 'error' ? str('basket.unavailable', { case: item.c }) : str('basket.missing', { key: entry.key });
      li.dataset.missing = '';
    }
    const note = field<HTMLTextAreaElement>('note');
    note.value = item.note;
    note.addEventListener('input', () => commit(setNote(basket, item, note.value), false));
    const at = group.indexOf(index);
    const up = li.querySelector<HTMLButtonElement>('[data-action="up"]')!;
    const down = li.querySelector<HTMLButtonElement>('[data-action="down"]')!;
    up.disabled = at <= 0;
    down.disabled = at >= group.length - 1;
    // Within a theme group, a practice moves past the neighbouring practice of the same group.
    const moveBy = (to: number | undefined) => {
      if (to === undefined) return;
      commit(move(basket, index, to - index));
      void draw().then(() => {
        const moved = list.querySelector<HTMLElement>(`[data-key="${CSS.escape(entry.key)}"]`);
        const button = moved?.querySelector<HTMLButtonElement>(`[data-action="${to < index ? 'up' : 'down'}"]`);
        (button && !button.disabled ? button : moved?.querySelector<HTMLButtonElement>('[data-action]:not(:disabled)'))?.focus();
        status.textContent = str('basket.moved', { name: label, n: basket.items.findIndex((x) => keyText(x) === entry.key) + 1 });
      });
    };
    up.addEventListener('click', () => moveBy(group[at - 1]));
    down.addEventListener('click', () => moveBy(group[at + 1]));
    li.querySelector('[data-action="remove"]')!.addEventListener('click', () => {
      // Focus goes to the practice that took its place (or the one before it), not back to the top.
      const neighbour = basket.items[index + 1] ?? basket.items[index - 1];
      commit(remove(basket, item));
      status.textContent = str('basket.removed', { name: label });
      void drawing.then(() => {
        const next =
          neighbour &&
          list.querySelector<HTMLElement>(
            `[data-key="${CSS.escape(keyText(neighbour))}"] :is([data-field="name"][href], [data-action="remove"])`,
          );
        (next ?? groupBox).focus();
      });
    });
    return li;
  }

  /** The share link, the print copy and the empty state: what depends on the basket but not on focus. */
  function drawExtras() {
    shareLink.href = new URL(shareHref(config.basket, basket.items), location.href).href;
    shareLink.textContent = shareLink.href;
    const doc = currentDoc();
    printDoc.replaceChildren(...docNodes(doc));
  }

  let drawing = Promise.resolve();
  function draw(): Promise<void> {
    drawing = drawing.then(async () => {
      await fetchCases();
      const entries = resolveEntries(basket, known());
      const indexed = entries.map((entry, index) => ({ entry, index }));
      const groups = basket.grouped
        ? groupBy(indexed, (x) => x.entry.practice?.theme, config.themeOrder).map((g) => ({
            heading: g.items[0]!.entry.practice?.themeLabel ?? config.doc.missingGroup,
            items: g.items,
          }))
        : [{ heading: '', items: indexed }];
      list.replaceChildren(
        ...groups.flatMap((g) => {
          const ol = document.createElement('ol');
          ol.className = 'basket-list';
          const order = g.items.map((x) => x.index);
          ol.append(...g.items.map((x) => itemNode(x.entry, x.index, order)));
          if (!g.heading) return [ol];
          const h = document.createElement('h2');
          h.textContent = g.heading;
          return [h, ol];
        }),
      );
      groupBox.checked = basket.grouped;
      empty.hidden = basket.items.length > 0;
      for (const el of tools) el.hidden = basket.items.length === 0;
      clearButton.hidden = basket.items.length === 0;
      root.dataset.count = String(basket.items.length);
      drawExtras();
      root.dataset.state = 'ready';
    });
    return drawing;
  }

  groupBox.addEventListener('change', () => commit({ ...basket, grouped: groupBox.checked }));
  clearButton.addEventListener('click', () => {
    beforeClear = basket;
    commit({ ...basket, items: [] });
    undoButton.hidden = false;
    status.textContent = str('basket.cleared');
    undoButton.focus();
  });
  undoButton.addEventListener('click', () => {
    if (beforeClear) commit(beforeClear);
    beforeClear = undefined;
    undoButton.hidden = true;
    status.textContent = str('basket.restored');
    groupBox.focus();
  });

  if (decoded && !shared && decoded.invalid.length) {
    status.textContent = str('basket.sharedInvalid', { count: decoded.invalid.length, items: decoded.invalid.join('，') });
  }
  if (shared) {
    sharedBox.hidden = false;
    const own = loadBasket();
    let text = str('basket.shared', { count: shared.keys.length });
    if (shared.invalid.length) text += str('basket.sharedInvalid', { count: shared.invalid.length, items: shared.invalid.join('，') });
    $<HTMLElement>('[data-basket-shared-text]').textContent = text;
    const ownNote = $<HTMLElement>('[data-basket-shared-own]');
    ownNote.hidden = own.items.length === 0;
    ownNote.textContent = str('basket.sharedOwn', { count: own.items.length });
    $<HTMLButtonElement>('[data-basket-keep]').addEventListener('click', () => {
      // Kept by adding: the reader's own practices and notes stay, the shared ones follow.
      let mine = loadBasket();
      for (const item of basket.items) mine = add(mine, item as PracticeKey);
      for (const item of basket.items) if (item.note) mine = setNote(mine, item, item.note);
      mode = 'own';
      history.replaceState(null, '', config.basket);
      sharedBox.hidden = true;
      commit(mine);
      status.textContent = str('basket.kept');
      groupBox.focus();
    });
  }

  // Another tab changed the reader's basket: show it (a shared view stays as it is).
  onBasketChange(() => {
    if (mode !== 'own') return;
    const stored = loadBasket();
    if (JSON.stringify(stored) !== JSON.stringify(basket)) {
      basket = stored;
      void draw();
    }
  });

  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-basket-export]')) {
    button.addEventListener('click', () => void exportAs(button.dataset.basketExport as 'docx' | 'markdown'));
  }
  $<HTMLButtonElement>('[data-basket-print]').addEventListener('click', () => print());

  async function exportAs(kind: 'docx' | 'markdown') {
    await drawing;
    // A case that could not be read is asked for again; if it still cannot be, the export waits
    // rather than write its practices up as no longer in the archive.
    const failed = () => [...cases].filter(([, v]) => v === 'error').map(([k]) => k);
    if (failed().length) {
      for (const slug of failed()) cases.delete(slug);
      await draw();
    }
    if (failed().length) {
      status.textContent = str('basket.exportUnavailable', { cases: failed().join('，') });
      return;
    }
    const doc = currentDoc();
    const name = `${config.doc.title}-${doc.date}`;
    try {
      status.textContent = str('basket.exporting');
      if (kind === 'markdown') {
        download(new Blob([toMarkdown(doc)], { type: 'text/markdown;charset=utf-8' }), `${name}.md`);
      } else {
        // The Word library is fetched only now, by the first export.
        const { docxBlob } = await import('../basket/basket-docx');
        download(await docxBlob(doc), `${name}.docx`);
      }
      status.textContent = '';
    } catch {
      status.textContent = str('basket.exportFailed');
    }
  }

  void draw();
}

function download(blob: Blob, filename: string) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/** The document for print: the same model as the exports, as headings and paragraphs. */
function docNodes(doc: BasketDoc): Node[] {
  const L = doc.labels;
  const el = (tag: string, text: string, className?: string) => {
    const node = document.createElement(tag);
    node.textContent = text;
    if (className) node.className = className;
    return node;
  };
  const nodes: Node[] = [el('h1', L.title), el('p', fill(L.date, { date: doc.date })), el('p', L.intro)];
  let n = 0;
  for (const section of doc.sections) {
    nodes.push(el('h2', section.heading));
    for (const e of section.entries) {
      n += 1;
      const box = document.createElement('div');
      box.className = 'entry';
      if (!e.practice || !e.case) {
        box.append(el('h3', `${n}. ${e.key}`), el('p', fill(L.missing, { key: e.key })));
      } else {
        box.append(el('h3', `${n}. ${e.practice.name}`), el('p', e.practice.summary));
        box.append(el('p', `${L.caseLabel}《${e.case.title}》（${e.case.unit}，${e.case.period}）`));
        if (e.practice.evidence) box.append(el('p', `${L.evidence}「${e.practice.evidence}」`));
      }
      if (e.note) box.append(el('p', `${L.note}${e.note}`, 'note'));
      if (e.practice) box.append(el('p', `${L.cite}${e.practice.citation}`));
      nodes.push(box);
    }
  }
  if (doc.cases.length) {
    nodes.push(el('h2', L.cases));
    const ol = document.createElement('ol');
    ol.append(...doc.cases.map((c) => el('li', c.citation)));
    nodes.push(ol);
  }
  return nodes;
}
