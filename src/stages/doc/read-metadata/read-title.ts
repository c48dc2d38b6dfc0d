import type { SourceHints, TextSpan } from '../../../core/index.ts';
import { textSpan } from '../../../core/index.ts';
import { isHeading } from '../split-sentences/is-heading.ts';
import { sentenceSpans } from '../split-sentences/sentence-spans.ts';

/** A question or exclamation run together with the lede is a headline when it is this short. */
const RUN_TOGETHER_MAX_WORDS = 16;

/**
 * The title: the first line of the clean text when it is headline-like (clean keeps that first copy
 * and removes repeats); a short question or exclamation run together with the lede on one line;
 * otherwise the title the container gave (HTML meta, feed item), else null.
 */
export function readTitle(text: string, hints: SourceHints): { title: string | null; span: TextSpan | null } {
  let end = text.indexOf('\n');
  if (end < 0) end = text.length;
  let start = 0;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start && text.length > end && isHeading(text, { start, end })) {
    return { title: text.slice(start, end), span: textSpan(text, start, end) };
  }
  const spans: { start: number; end: number }[] = [];
  sentenceSpans(text, start, end, spans);
  if (spans.length >= 2) {
    const first = spans[0];
    const s = text.slice(first.start, first.end);
    const words = s.split(/\s+/).length;
    if (/[?!][”’"']?$/.test(s) && words <= RUN_TOGETHER_MAX_WORDS && !/^[“"‘]/.test(s)) {
      return { title: s, span: textSpan(text, first.start, first.end) };
    }
  }
  const hinted = hints.title?.trim();
  return { title: hinted ? hinted : null, span: null };
}
