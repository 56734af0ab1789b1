// Lets Node run the project's TypeScript directly (`node --import ./scripts/ts-hooks.mjs x.ts`).
// Node 24 strips the types itself; this hook only adds what the bundler-style imports in src/
// expect and Node does not do: `./taxonomy` → `./taxonomy.ts`. No build step, so the scripts
// start in well under a second.
import * as nodeModule from 'node:module';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const HAS_EXTENSION = /\.(?:[cm]?[jt]sx?|json|node)$/;

if (typeof nodeModule.registerHooks !== 'function') {
  // The system Node may be older than the project's; npm scripts put the project's Node first on PATH.
  console.error(`当前 Node ${process.versions.node} 太旧（需要 22.22 以上；项目自带 Node 24）：请用 npm run … 运行，而不是直接用 node。`);
  process.exit(1);
}

nodeModule.registerHooks({
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
