/**
 * Hands each page rendered during `astro build` to the search index as it is rendered
 * (src/lib/search-feed.ts explains why). Pages are not changed; in dev and preview, where no
 * feed is offered, this passes every request straight through.
 */
import { defineMiddleware } from 'astro:middleware';
import { searchFeed } from './lib/search-feed';

export const onRequest = defineMiddleware(async (context, next) => {
  const feed = searchFeed();
  const response = await next();
  if (!feed || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  feed.page(context.url.pathname, html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
