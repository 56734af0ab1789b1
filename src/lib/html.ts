/**
 * The one HTML escaper: text made safe for an HTML (or SVG/XML) text node or a quoted attribute value.
 * It escapes all five characters everywhere, so one function serves both places and a caller never
 * has to know which context needs which characters.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
