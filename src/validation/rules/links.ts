import { checkLink } from '../links';
import { problemAt } from '../problem';
import type { EntryRule } from './context';

/** Every internal link in the body leads to a page (and anchor) the archive has. */
export const linksRule: EntryRule = (entry, { slug, site, body }) => {
  // Without readable frontmatter the practice ids are unknown, so `#anchor` links cannot be judged.
  const anchors = entry.data === undefined ? null : new Set([...(site.cases.get(slug) ?? []), ...body.headingIds]);
  return body.links.flatMap((link) => {
    const message = checkLink(link.url, { slug, anchors }, site);
    return message ? [problemAt(entry, link.line, 'body', message)] : [];
  });
};
