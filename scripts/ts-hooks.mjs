// Lets Node run the project's TypeScript directly (`node --import ./scripts/ts-hooks.mjs x.ts`).
// Node 24 strips the types itself; this hook only adds what the bundler-style imports in src/
// expect and Node does not do: `./taxonomy` → `./taxonomy.ts`. No build step, so the scripts
// start in well under a second.
import { registerHooks } from 'node:module';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const HAS_EXTENSION = /\.(?:[cm]?[jt]sx?|json|node)$/;

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (
      (specifier.startsWith('./') || specifier.startsWith('../')) &&
      !HAS_EXTENSION.test(specifier) &&
      context.parentURL?.startsWith('file:')
    ) {
      for (const suffix of ['.ts', '/index.ts']) {
        const candidate = new URL(specifier + suffix, context.parentURL);
        const path = fileURLToPath(candidate);
        if (existsSync(path) && statSync(path).isFile()) return nextResolve(candidate.href, context);
      }
    }
    return nextResolve(specifier, context);
  },
});
