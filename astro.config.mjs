// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { SITE } from './src/config.ts';
import { astroCsp } from './src/integrations/csp-config.ts';
import cspHeaders from './src/integrations/csp-headers.ts';
import pagefind from './src/integrations/pagefind.ts';
import scriptVariants from './src/integrations/script-variants.ts';
import entryCheck from './src/integrations/entry-check.ts';
import devSearchIndex from './src/integrations/dev-search-index.ts';
import editor from './src/integrations/editor.ts';
import suggestShards from './src/integrations/suggest-shards.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { bodyLinks } from './src/integrations/body-links.ts';

// GFM (tables, footnotes, strikethrough, task lists, autolinks) comes from Astro 7's default
// Markdown processor; remark-gfm through the unified processor built 2.3× slower here (README).
export default defineConfig({
  site: SITE.url,
  base: SITE.base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    entryCheck(),
    mdx(),
    sitemap({ filter: (page) => !/\/404\/?$/.test(page) }),
    cspHeaders(),
    scriptVariants(),
    // The instant tier's shards, written in one pass after the pages (src/search/suggest-handoff.ts).
    suggestShards(),
    devSearchIndex(),
    // After the CSP step: the editor page has its own policy, which the site's CSP header must not take in.
    editor(),
    // Last: its build:done waits for Pagefind, which indexes in its own process from the moment the
    // last case page is in; the steps above run meanwhile instead of after it.
    pagefind(),
  ],
  // Only the site's own scripts and styles may run; inline ones are hashed (src/integrations/csp-config.ts).
  security: { csp: astroCsp },
  // Shiki colours code with inline style attributes, which the CSP forbids; entries carry no code.
  // Links in entry bodies are written from the site root; bodyLinks adds the base path (docs/deploying.md).
  markdown: { syntaxHighlight: false, processor: satteri({ mdastPlugins: [bodyLinks(SITE.base)] }) },
  devToolbar: { enabled: false },
  // Tests build several variants of the site at once (fixtures, base path); each gets its own
  // content cache so one build's entries never leak into another's (tests/helpers/build.ts).
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  vite: {
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          // @astrojs/mdx marks every entry module with "use astro:head-inject"; the bundler warns
          // once per MDX entry that it may drop the directive. Astro handles it itself, and a
          // thousand identical warnings would hide the ones that matter.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
