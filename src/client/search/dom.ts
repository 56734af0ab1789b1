/** The renderer's element tree (src/search/render.ts) as DOM nodes, built with DOM APIs and text nodes. */
import type { Child } from '../../search/render';

export function toDom(node: Child): Node {
  if (typeof node === 'string') return document.createTextNode(node);
  const el = document.createElement(node.tag);
  for (const [k, v] of Object.entries(node.attrs)) if (v !== false && v !== undefined) el.setAttribute(k, v === true ? '' : v);
  // `checked` as an attribute is only the default; the box shows the property.
  if (el instanceof HTMLInputElement) el.checked = node.attrs.checked === true;
  el.append(...node.children.map(toDom));
  return el;
}

export function toNodes(nodes: readonly Child[]): Node[] {
  return nodes.map(toDom);
}
