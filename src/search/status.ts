/** The sentence the search page's status line says about a search. */
import type { Strings } from './render';

export interface StatusFacts {
  q: string;
  filtered: boolean;
  /** Cases found. */
  cases: number;
  /** Practices shown among them. */
  practices: number;
}

export function statusText({ q, filtered, cases, practices }: StatusFacts, str: Strings): string {
  if (q && cases) return str('search.count', { cases, practices });
  if (q) return str('search.none', { q }) + (filtered ? str('search.noneFiltered') : '');
  if (!filtered) return str('search.countAll', { cases });
  return cases ? str('search.countBrowse', { cases }) : str('search.noneFiltered');
}
