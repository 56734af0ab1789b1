import type { APIRoute } from 'astro';
import rss from '@astrojs/rss';
import { getCases, tagOf } from '../data/archive';
import { t } from '../i18n/ui';
import { dataUrls } from '../open-data/data-urls';
import { htmlText } from '../open-data/feed';

/** How many of the newest cases the feed carries. */
const FEED_SIZE = 50;

// Newest by the date a case was added to the archive, which is what a subscriber wants to hear about.
export const GET: APIRoute = async ({ site }) => {
  const urls = dataUrls(site);
  const cases = (await getCases())
    .toSorted((a, b) => b.data.added.localeCompare(a.data.added) || a.id.localeCompare(b.id))
    .slice(0, FEED_SIZE);
  return rss({
    title: t('feed.title'),
    description: htmlText(t('site.description')),
    site: urls.site,
    items: cases.map((c) => ({
      title: c.data.title,
      link: urls.case(c.id),
      description: htmlText(c.data.summary),
      pubDate: new Date(`${c.data.added}T00:00:00Z`),
      categories: c.data.tags.map((s) => tagOf(s).label),
    })),
    customData: '<language>zh-CN</language>',
  });
};
