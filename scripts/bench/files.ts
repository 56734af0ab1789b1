/** Files of a build: every path under a folder, and their total size. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}
export const sizeOf = (files: string[]) => files.reduce((s, f) => s + statSync(f).size, 0);
export const MB = (bytes: number) => bytes / 1024 / 1024;
