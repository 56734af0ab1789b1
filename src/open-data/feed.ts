/**
 * Feed readers render an RSS <description> as HTML once the XML is decoded, so plain text must be
 * HTML-escaped before it goes in; otherwise "<b>" typed in a summary would turn bold, or worse.
 */
export function htmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
