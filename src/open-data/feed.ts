/**
 * Feed readers render an RSS <description> as HTML once the XML is decoded, so plain text must be
 * HTML-escaped before it goes in; otherwise "<b>" typed in a summary would turn bold, or worse.
 */
import { escapeHtml } from '../lib/html';

export const htmlText = escapeHtml;
