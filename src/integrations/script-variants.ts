/**
 * Ships the list of traditional-only characters to the browser as the module
 * `virtual:traditional-chars`, generated from `opencc-js`'s dictionaries at build time (so it can
 * never drift from the dictionaries that convert). The search page and the case page's
 * highlighter use it to decide whether a query needs the conversion at all; only then do they load
 * the dictionaries (src/client/traditional-chars.ts).
 */
import type { AstroIntegration } from 'astro';
import { encodedTraditionalChars } from '../text/traditional-chars';

const ID = 'virtual:traditional-chars';
const RESOLVED = `\0${ID}`;

export default function scriptVariants(): AstroIntegration {
  return {
    name: 'practice-archive:script-variants',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'practice-archive:traditional-chars',
                resolveId: (id: string) => (id === ID ? RESOLVED : undefined),
                load: (id: string) => (id === RESOLVED ? `export default ${JSON.stringify(encodedTraditionalChars())};` : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
