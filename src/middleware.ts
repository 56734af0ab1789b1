/**
 * Passes each page rendered during `astro build` to the build steps that observe pages as they are
 * rendered (src/lib/rendered-pages.ts explains why). In dev and preview nothing observes, and
 * every request passes straight through.
 */
import { defineMiddleware } from 'astro:middleware';
import { pageObservers } from './lib/rendered-pages';

export const onRequest = defineMiddleware(async (context, next) => {
  const observers = pageObservers();
  const response = await next();
  if (!observers.length || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  let html = await response.text();
  for (const observer of observers) html = observer.page(context.url.pathname, html) ?? html;
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
