/**
 * Links inside entry bodies are written from the site root (`/cases/<slug>/`), because a
 * contributor cannot know where the site will be published — `npm run validate` checks them in
 * that form. At build time this plugin puts the base path in front (`/practice-archive/cases/…`),
 * so the same entry works at `/` and under a GitHub Pages project path.
 */
import { defineMdastPlugin } from 'satteri';
import { withBase } from '../../core/routes';

export { withBase };

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

/** The satteri plugin for `markdown.processor` (MDX uses the same processor). */
export function bodyLinks(base: string) {
  const fixAttributes = (attributes: readonly JsxAttribute[]) =>
    attributes.map((a) =>
      a.type === 'mdxJsxAttribute' && (a.name === 'href' || a.name === 'src') && typeof a.value === 'string'
        ? { ...a, value: withBase(a.value, base) }
        : a,
    );
  return defineMdastPlugin({
    name: 'practice-archive:body-links',
    link(node, ctx) {
      const url = withBase(node.url, base);
      if (url !== node.url) ctx.setProperty(node, 'url', url);
    },
    definition(node, ctx) {
      const url = withBase(node.url, base);
      if (url !== node.url) ctx.setProperty(node, 'url', url);
    },
    image(node, ctx) {
      const url = withBase(node.url, base);
      if (url !== node.url) ctx.setProperty(node, 'url', url);
    },
    // satteri cannot set `attributes` in place, so an element whose link changes is replaced by a copy.
    mdxJsxFlowElement(node, ctx) {
      const attributes = fixAttributes(node.attributes as JsxAttribute[]);
      if (attributes.some((a, i) => a !== node.attributes[i])) ctx.replaceNode(node, { ...node, attributes } as typeof node);
    },
    mdxJsxTextElement(node, ctx) {
      const attributes = fixAttributes(node.attributes as JsxAttribute[]);
      if (attributes.some((a, i) => a !== node.attributes[i])) ctx.replaceNode(node, { ...node, attributes } as typeof node);
    },
  });
}
