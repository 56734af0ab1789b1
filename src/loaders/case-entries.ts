/**
 * The content loader of the cases collection: Astro's `glob()` loader, with one change in how an
 * entry's body is compiled. An `.mdx` entry normally becomes one Vite module per entry, bundled with
 * the site: at 1,000 cases that bundling was ≈ 10 of the build's ≈ 30 seconds, and at 5,000 the
 * bundler's memory set the build's peak (docs/performance.md). Entries whose body uses no MDX syntax
 * (`needsMdx`, src/core/mdx-features.ts) are rendered here instead, by the site's Markdown processor
 * (the same satteri pipeline and plugins), and stored as HTML in the content layer's store, which
 * caches them between builds. Entries that do use MDX keep the MDX path untouched.
 *
 * Everything else is glob()'s: which files, ids, digests, schema parsing, the dev watcher.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { needsMdx } from '../core/mdx-features';
import type { CaseData } from '../schemas/case';
import { handOverLoadedCases } from './loaded-cases';

type StoreEntry = Parameters<LoaderContext['store']['set']>[0];

export interface CaseEntriesOptions {
  /** Folder of the entries, relative to the project root. */
  base: string;
  /** File pattern inside it. */
  pattern: string;
  /** Compile every entry through MDX, as glob() alone would (used to compare the two outputs). */
  alwaysMdx?: boolean;
  /**
   * Called when an entry fails to load (its YAML or its schema), before the content layer's own
   * error surfaces: the build passes the located validation here (src/integrations/entry-check.ts),
   * so a contributor reads `file:line  field  message`, not a stack trace. Not set in dev, where
   * the error overlay shows the problem and the server keeps running.
   */
  onInvalid?: (() => void) | undefined;
}

export function caseEntries({ base, pattern, alwaysMdx = false, onInvalid }: CaseEntriesOptions): Loader {
  const inner = glob({ pattern, base });
  const guarded = async (context: LoaderContext) => {
    try {
      await inner.load(context);
    } catch (error) {
      onInvalid?.();
      throw error;
    }
  };
  return {
    name: 'practice-archive:case-entries',
    async load(context) {
      if (alwaysMdx) return guarded(context);
      const pending: Promise<unknown>[] = [];
      const root = context.config.root;
      const { store } = context;
      // glob() stores an MDX entry as `deferredRender` (compiled later, as a module). Such an
      // entry whose body is plain Markdown is rendered now and stored with its HTML instead.
      let markdown = 0;
      let mdx = 0;
      const set = (entry: StoreEntry): boolean => {
        if (!entry.deferredRender || entry.body === undefined || needsMdx(entry.body)) {
          if (entry.deferredRender) mdx += 1;
          return store.set(entry);
        }
        markdown += 1;
        const options = entry.filePath ? { fileURL: new URL(entry.filePath, root) } : {};
        pending.push(
          context.renderMarkdown(entry.body, options).then((rendered) => {
            // The raw body is not kept beside its HTML: the store is bundled into the build whole
            // (at 1,000 cases 28 MB with it), and nothing reads a rendered entry's Markdown.
            const { deferredRender: _deferred, body: _body, ...rest } = entry;
            const images = rendered.metadata?.imagePaths;
            store.set({ ...rest, rendered, ...(images?.length ? { assetImports: images } : {}) });
          }),
        );
        return true;
      };
      const wrapped = new Proxy(store, {
        get: (target, key, receiver) => (key === 'set' ? set : Reflect.get(target, key, receiver)),
      });
      await guarded({ ...context, store: wrapped });
      // Anything rendered during the first load is in the store before Astro reads it.
      await Promise.all(pending);
      // The whole collection (entries unchanged since the last build included), for a build step
      // that starts before the pages (loaded-cases.ts); nothing is copied unless one asked.
      handOverLoadedCases(() => store.values().map(({ id, data }) => ({ id, data: data as CaseData })));
      // Entries unchanged since the last build come from the cache and are counted in neither.
      if (markdown + mdx > 0) context.logger.info(`${markdown} entries rendered as Markdown, ${mdx} compiled as MDX`);
    },
  };
}
