import type { SourceHints, TextSpan } from '../../../core/index.ts';
import { textSpan } from '../../../core/index.ts';
import { isHeading } from '../split-sentences/is-heading.ts';
import { LONG_HEADLINE_MAX_CHARS, LONG_HEADLINE_MAX_WORDS } from './patterns.ts';
import { MASTHEAD } from '../clean/patterns.ts';
import { sentenceSpans } from '../split-sentences/sentence-spans.ts';

/** Headline-shaped first lines that are not titles: bylines, datelines, labels. */
const NOT_A_TITLE = /^(?:by\s|from\s|\p{Lu}{3,}(?:[ ,.]+\p{Lu}[\p{L}.]*)*\s*(?:—|–|-)\s*$)/iu;

function words(s: string): Set<string> {
  return new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** Most words of the shorter one appear in the other: "Quake hits coast" and "Quake hits coast | Daily News". */
function similar(a: string, b: string): boolean {
  const wa = words(a);
  const wb = words(b);
  const [small, big] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  // One word in common proves nothing: a dateline ("CAMPBELL") shares it with many a headline.
  if (small.size < 2) return false;
  let shared = 0;
  for (const w of small) if (big.has(w)) shared++;
  return shared / small.size >= 0.7;
}

/**
 * Wire headlines run longer than a subheading ("X kills at least 4, thousands evacuated as ..."):
 * a first line standing alone in its block, shaped like a heading (capital start, no sentence end),
 * is the title up to a longer limit. Opinion headlines are often two short sentences ("The dam was
 * a promise. The valley paid for it"), so one break inside is allowed; a paragraph has more, or
 * ends like a sentence (a cut-off teaser ends in an ellipsis).
 */
function isLongHeadline(text: string, start: number, end: number): boolean {
  if (end - start > LONG_HEADLINE_MAX_CHARS || !text.startsWith('\n\n', end)) return false;
  const line = text.slice(start, end);
  if (line.split(/\s+/).length > LONG_HEADLINE_MAX_WORDS) return false;
  const breaks = line.match(/[.!;:]\s/g)?.length ?? 0;
  return /^[“"‘']?[\p{Lu}\p{N}]/u.test(line) && breaks <= 1 && !/[.,:;…]["”’']?$/.test(line);
}

/** "Headline | Outlet", "Headline - Outlet": the page's name after the last bar or dash of a title. */
const OUTLET_SUFFIX = /^(.{8,}?)\s+(?:[|–—-]|::)\s+([^|–—]{2,60})$/u;

export interface TitleReading {
  title: string | null;
  span: TextSpan | null;
  /** The outlet named after the title's last separator, taken off the title. */
  outlet: string | null;
}

function withoutOutlet(title: string | null, span: TextSpan | null): TitleReading {
  const m = title === null ? null : OUTLET_SUFFIX.exec(title);
  if (!m || !MASTHEAD.test(m[2].trim())) return { title, span, outlet: null };
  return { title: m[1].trim(), span, outlet: m[2].trim() };
}

/** A question or exclamation run together with the lede is a headline when it is this short. */
const RUN_TOGETHER_MAX_WORDS = 16;

/**
 * The title: the first line of the clean text when it is headline-like (clean keeps that first copy
 * and removes repeats); a short question or exclamation run together with the lede on one line;
 * otherwise the title the container gave (HTML meta, feed item), else null. A page's name after the
 * title ("... | The X Sentinel") comes off it and is read as the page's own name.
 */
export function readTitle(text: string, hints: SourceHints): TitleReading {
  let end = text.indexOf('\n');
  if (end < 0) end = text.length;
  let start = 0;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  const hinted = hints.title?.trim() || null;
  if (end > start && text.length > end && (isHeading(text, { start, end }) || isLongHeadline(text, start, end)) && !NOT_A_TITLE.test(text.slice(start, end))) {
    const line = text.slice(start, end);
    // A container title wins over a first line that is something else (a kicker, a section name).
    if (hinted === null || similar(line, hinted)) return withoutOutlet(line, textSpan(text, start, end));
  }
  const spans: { start: number; end: number }[] = [];
  sentenceSpans(text, start, end, spans);
  if (spans.length >= 2) {
    const first = spans[0];
    const s = text.slice(first.start, first.end);
    const words = s.split(/\s+/).length;
    if (/[?!][”’"']?$/.test(s) && words <= RUN_TOGETHER_MAX_WORDS && !/^[“"‘]/.test(s)) {
      return withoutOutlet(s, textSpan(text, first.start, first.end));
    }
  }
  return withoutOutlet(hinted, null);
}
