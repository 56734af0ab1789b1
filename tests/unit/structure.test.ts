/**
 * The shape of the code that lint cannot see file by file (docs/architecture.md, "Layers"):
 * no import cycle between the project's modules, type-only imports included (a cycle of types still
 * ties two modules so that neither can be read or moved alone), and no two files whose paths end in
 * the same two parts (`search/pagefind.ts` twice made every mention of either ambiguous).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths';

const CODE = /\.(ts|mts|mjs|js|astro)$/;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Every relative module a file imports: static, re-exported, side-effect and dynamic imports with a written source. */
export function importsOf(text: string): string[] {
  const specs = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]+)\1/g)].map((m) => m[2]!);
  return [...new Set(specs)];
}

/** The file an import resolves to the way the bundler and scripts/ts-hooks.mjs resolve it, or undefined. */
function resolveImport(from: string, spec: string): string | undefined {
  const base = join(dirname(from), spec);
  return ['', '.ts', '.mjs', '.js', '.astro', '/index.ts']
    .map((ending) => base + ending)
    .find((path) => existsSync(path) && statSync(path).isFile());
}

/** The project's module graph: src/ and scripts/, by path relative to the root. */
function moduleGraph(): Map<string, string[]> {
  const files = ['src', 'scripts'].flatMap((dir) => walk(join(ROOT, dir))).filter((f) => CODE.test(f));
  return new Map(
    files.map((file) => [
      relative(ROOT, file),
      importsOf(readFileSync(file, 'utf8'))
        .map((spec) => resolveImport(file, spec))
        .filter((path): path is string => path !== undefined && CODE.test(path))
        .map((path) => relative(ROOT, path)),
    ]),
  );
}

/** Every cycle, each once, as the list of modules around it (depth-first search, grey/black marks). */
export function cyclesOf(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return cycles;
}

describe('the shape of the code', () => {
  it('finds a cycle when there is one (the check itself)', () => {
    expect(importsOf("import type { A } from './a';\nexport { b } from '../b';\nconst c = import('./c');\nimport 'x';")).toEqual([
      './a',
      '../b',
      './c',
    ]);
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(cyclesOf(graph)).toEqual([['a', 'b', 'c', 'a']]);
  });

  it('has no import cycle, type-only imports included', () => {
    const graph = moduleGraph();
    expect(graph.size).toBeGreaterThan(50);
    expect(cyclesOf(graph).map((cycle) => cycle.join(' → '))).toEqual([]);
  });

  it('has no cycle between the domain folders either: one domain stands on another, never both ways', () => {
    // src/search and src/basket once imported each other (keyText one way, resultFields the other), so
    // neither folder could be read or moved alone; the practice key now lives in src/core/routes.ts.
    const folderOf = (path: string) => (path.startsWith('src/') ? path.split('/').slice(0, 2).join('/') : undefined);
    const folders = new Map<string, Set<string>>();
    for (const [file, imports] of moduleGraph()) {
      const from = folderOf(file);
      if (!from || from.includes('.')) continue;
      for (const target of imports) {
        const to = folderOf(target);
        if (to && to !== from && !to.includes('.')) folders.set(from, (folders.get(from) ?? new Set()).add(to));
      }
    }
    expect(folders.size).toBeGreaterThan(5);
    const graph = new Map([...folders].map(([k, v]) => [k, [...v].sort()]));
    expect(cyclesOf(graph).map((cycle) => cycle.join(' → '))).toEqual([]);
  });

  it('has no two files whose paths end in the same two parts (pages are named by their URLs, so they are exempt)', () => {
    const files = ['src', 'scripts']
      .flatMap((dir) => walk(join(ROOT, dir)))
      .map((file) => relative(ROOT, file).split(/[\\/]/))
      .filter((parts) => !(parts[0] === 'src' && parts[1] === 'pages'));
    const byTail = Map.groupBy(files, (parts) => parts.slice(-2).join('/'));
    const shared = [...byTail]
      .filter(([, paths]) => paths.length > 1)
      .map(([tail, paths]) => `${tail}: ${paths.map((p) => p.join('/')).join(', ')}`);
    expect(shared).toEqual([]);
  });
});
