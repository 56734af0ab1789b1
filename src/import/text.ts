/**
 * Reading a report as received: bytes in UTF-8, GB18030 (what Chinese Windows and many reposting
 * sites save) or UTF-16 with a byte-order mark (Windows Notepad's "Unicode"), simplified or
 * traditional script. Pure: bytes in, text out.
 */
import { isTraditionalText } from '../core/script-variants';
import { toSimplified } from '../text/to-simplified';
import { traditionalChars } from '../text/traditional-chars';

export type Encoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

/** How the source record names an encoding (`originalEncoding`). */
export const ENCODING_NAMES: Record<Encoding, string> = {
  'utf-8': 'UTF-8',
  gb18030: 'GB18030',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
};

/**
 * The text of a report file, and the encoding it was in: UTF-16 when it starts with its
 * byte-order mark (FF FE, FE FF); else UTF-8 (it fails loudly); else GB18030. A byte-order mark is
 * not part of the text. Whether the result is text at all is `unreadable`'s question.
 */
export function decodeReport(bytes: Uint8Array): { text: string; encoding: Encoding } {
  const utf16: Encoding | undefined =
    bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
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

/**
 * Why a decoded report is not plain text, or undefined when it is: a NUL character (a binary file,
 * or UTF-16 saved without its byte-order mark) or U+FFFD (bytes that no encoding tried could read).
 * The message names the first line it happens on and says what to do.
 */
export function unreadable(text: string): string | undefined {
  const found = ['\u0000', '\uFFFD'].map((c) => text.indexOf(c)).filter((i) => i >= 0);
  if (!found.length) return undefined;
  const at = Math.min(...found);
  const line = text.slice(0, at).split(/\r\n|\r|\n/).length;
  const what = text[at] === '\u0000' ? '含有 NUL 字节' : '含有无法识别的字符（U+FFFD）';
  return `报告第 ${line} 行${what}，不像纯文本文件（也许是 Word、PDF 等文件，或编码不是 UTF-8、GB18030，也不是带 BOM 的 UTF-16）。请用记事本等编辑器把它另存为 UTF-8 纯文本（.txt），再导入。`;
}

/**
 * A text as paragraphs see it: no byte-order mark, every line ending \n, no final line break.
 * Two texts with the same normal form have the same paragraphs under the same numbers (the rule in
 * src/core/paragraphs.ts), so a document that differs only in these is the same document.
 */
export function normaliseText(text: string): string {
  const lines = text.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return lines.join('\n');
}

/** A source id for a text whose file name is not one: `src_` and the first 16 hex digits of its SHA-256. */
export const sourceIdFromHash = (sha256Hex: string) => `src_${sha256Hex.slice(0, 16).toLowerCase()}`;

/**
 * Traditional → simplified, so the taxonomy and clue wordings match: the project's one converter
 * set (src/text/to-simplified.ts), the same the search index and the validator use.
 */
export { toSimplified };

/**
 * Whether a text is written in traditional script, by the one test the build uses for an entry
 * (enough traditional-only characters, src/core/script-variants.ts).
 */
export function scriptOf(text: string): 'simplified' | 'traditional' {
  return isTraditionalText(text, traditionalChars()) ? 'traditional' : 'simplified';
}
