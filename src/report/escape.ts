const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/**
 * Escapes a value for HTML text and double- or single-quoted attributes, and replaces control
 * characters (which HTML forbids) with U+FFFD. Every outside value goes through it.
 */
export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '\uFFFD')
    .replace(/[&<>"'`]/g, (ch) => HTML_ESCAPES[ch]!);
}
