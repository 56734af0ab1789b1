/**
 * Every file a tool wrote under a content folder's sub-folders, by its path (relative to the
 * content folder), with its text: the import tests compare these before and after a run.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export function contentFiles(content: string, subs: readonly string[], encoding: BufferEncoding = 'utf8'): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (sub: string) => {
    for (const name of readdirSync(join(content, sub), { withFileTypes: true })) {
      const path = join(sub, name.name);
      if (name.isDirectory()) walk(path);
      else out[path] = readFileSync(join(content, path), encoding);
    }
  };
  for (const sub of subs) walk(sub);
  return out;
}
