/**
 * What a draft entry (written by `npm run new-case` or `npm run import`) may claim on its own, and
 * how it marks what a person must still decide or write. A draft never asserts a default: where
 * nothing given decides a field, it writes the placeholder, which `npm run validate` reports as
 * one located line. Pure: no I/O; imports only the blank forms (src/core/blanks.ts).
 */
import { findBlanks } from './blanks';

/** What a draft writes where the contributor still has to write or decide something. */
export const PLACEHOLDER = '【待填写】';

/** Where a unit's name or region is unknown: the wording the archive uses (and shows) for it. */
export const NOT_STATED = '未说明';

/** The token an entry uses for a part of a name that the source hides. */
export const WITHHELD_TOKEN = '{withheld}';

/** A placeholder value with its hint: `【待填写】<hint>`. */
export const draftValue = (hint: string) => `${PLACEHOLDER}${hint}`;

/** Whether a value is still a draft placeholder (the citation checks leave a draft value alone). */
export const isDraft = (value: unknown): boolean => typeof value === 'string' && value.includes(PLACEHOLDER);

/**
 * The hint after a placeholder on one line of an entry, without YAML quotes or a trailing
 * comment: `summary: "【待填写】请用自己的话概括原文第 14 段" # …` → `请用自己的话概括原文第 14 段`.
 */
export function draftHint(line: string): string {
  const at = line.indexOf(PLACEHOLDER);
  if (at < 0) return '';
  return line
    .slice(at + PLACEHOLDER.length)
    .replace(/\s#\s.*$/u, '')
    .replace(/["'\s]+$/u, '')
    .trim();
}

export type NameBasis = 'stated' | 'partly-withheld' | 'withheld';

/**
 * `nameBasis` from the name as given: undefined when no name was given (the draft asks). A part
 * hidden as `{withheld}` or as the report's own blank form (xx市行政服务中心, XX县…, ××局: the one
 * list in src/core/blanks.ts) is not stated; validation then asks for the blank to become
 * `{withheld}`.
 */
export function deriveNameBasis(name: string | undefined): NameBasis | undefined {
  const n = (name ?? '').trim();
  if (!n) return undefined;
  if (!n.includes(WITHHELD_TOKEN) && !findBlanks(n).length) return 'stated';
  let rest = n.split(WITHHELD_TOKEN).join('');
  for (const b of findBlanks(rest).reverse()) rest = rest.slice(0, b.index) + rest.slice(b.index + b.text.length);
  return rest.trim() ? 'partly-withheld' : 'withheld';
}

export type RegionBasis = 'stated' | 'absent';

/**
 * `region.basis` from the region as given: 未说明 (or nothing) ⇒ absent; a place a person typed
 * from the report ⇒ stated. An inferred place is the contributor's call, never the tool's.
 */
export function deriveRegionBasis(label: string | undefined): RegionBasis | undefined {
  const l = (label ?? '').trim();
  if (!l) return undefined;
  return l === NOT_STATED ? 'absent' : 'stated';
}
