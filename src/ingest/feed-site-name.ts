import { FEED_TITLE_SEPARATOR, SECTION_WORDS } from './patterns.ts';

const WORD = /[\p{L}\p{N}]+/gu;

/** Every word of the part is a section or tagline word. */
function isSectionOnly(part: string): boolean {
  const words = part.toLowerCase().match(WORD) ?? [];
  return words.length > 0 && words.every((w) => SECTION_WORDS.has(w));
}

/**
 * The outlet's name inside a feed title that also carries a tagline or section: "Daily Echo – Local
 * news" and "Top stories | Daily Echo" both name "Daily Echo". The first part that is not only
 * section words wins; a title with no such part is kept whole.
 */
export function feedSiteName(title: string): string {
  const parts = title.split(FEED_TITLE_SEPARATOR).map((p) => p.trim()).filter((p) => p.length > 0);
  if (parts.length < 2) return title.trim();
  return parts.find((p) => !isSectionOnly(p)) ?? title.trim();
}
