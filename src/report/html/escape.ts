/**
 * The one escaping helper for everything the HTML report prints: element text, attribute values
 * (always double-quoted by the report) and SVG text. Article text is hostile input; nothing from the
 * dossier reaches the page without going through here.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const SPECIAL = /[&<>"']/g;

export function escapeHtml(value: unknown): string {
  const s = typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value);
  return s.replace(SPECIAL, (c) => ENTITIES[c]);
}

const WEB_URL = /^https?:\/\/[^\s<>"']+$/i;

/** A URL fit for an href: only http(s), so `javascript:` and `data:` links cannot be smuggled in. */
export function safeHref(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  const trimmed = url.trim();
  return WEB_URL.test(trimmed) ? trimmed : null;
}
