/**
 * Reading a report as received: bytes in UTF-8 or GB18030 (what Chinese Windows and many reposting
 * sites save), simplified or traditional script. Pure: bytes in, text out.
 */
import * as OpenCC from 'opencc-js/t2cn';

export type Encoding = 'utf-8' | 'gb18030';

/** The text of a report file, and the encoding it was in. UTF-8 first (it fails loudly); else GB18030. */
export function decodeReport(bytes: Uint8Array): { text: string; encoding: Encoding } {
  let text: string;
  let encoding: Encoding = 'utf-8';
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('gb18030').decode(bytes);
    encoding = 'gb18030';
  }
  // Line endings stay as received: paragraphs are split by the one rule in src/core/paragraphs.ts.
  return { text, encoding };
}

let convert: ((s: string) => string) | undefined;

/** Traditional → simplified (OpenCC's phrase-aware tables), so the taxonomy and clue wordings match. */
export function toSimplified(text: string): string {
  convert ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return convert(text);
}

/** Whether a text is written in traditional script: enough of its Han characters change when simplified. */
export function scriptOf(text: string, simplified = toSimplified(text)): 'simplified' | 'traditional' {
  let han = 0;
  let changed = 0;
  const a = [...text];
  const b = [...simplified];
  if (a.length !== b.length) return 'traditional';
  for (let i = 0; i < a.length; i++) {
    if (!/\p{Script=Han}/u.test(a[i]!)) continue;
    han++;
    if (a[i] !== b[i]) changed++;
  }
  return han > 0 && changed / han > 0.02 ? 'traditional' : 'simplified';
}
