import {
  BOILERPLATE_LINES,
  DATE_LINE,
  DEBRIS_MAX,
  FOREIGN_LABEL_MAX,
  HASHTAG_LINE,
  MAX_WIDGET_LINE,
  RELATIVE_STAMP_LINE,
  TIMESTAMP_LINE,
} from './patterns.ts';
import { isCallToAction } from './calls-to-action.ts';
import type { Script } from './script.ts';
import { scriptOf } from './script.ts';

const DIGITS_ONLY = /^[\d\s:./()+\-–]{1,24}$/;

/**
 * Why a whole line is page furniture rather than article text, or null to keep it. Looks at the
 * line alone; decisions that need the document (repeated headlines, related-story links) come later.
 */
export function junkReason(line: string, articleScript: Script): string | null {
  if (DATE_LINE.test(line)) return 'date-header';
  if (HASHTAG_LINE.test(line)) return 'hashtag-header';
  if (line.length <= 60 && (TIMESTAMP_LINE.test(line) || RELATIVE_STAMP_LINE.test(line))) return 'timestamp';
  if (line.length <= MAX_WIDGET_LINE) {
    for (const p of BOILERPLATE_LINES) if ((p.cue === undefined || p.cue.test(line)) && p.re.test(line)) return p.reason;
    if (isCallToAction(line)) return 'promo';
  }
  if (line.length <= FOREIGN_LABEL_MAX && isForeign(line, articleScript)) return 'foreign-ui-label';
  if (line.length <= DEBRIS_MAX && (DIGITS_ONLY.test(line) || !hasLetterOrDigit(line))) return 'debris';
  return null;
}

/** Most letters of the line are in a script other than the article's. */
function isForeign(line: string, articleScript: Script): boolean {
  if (articleScript === 'none' || articleScript === 'other') return false;
  let same = 0;
  let other = 0;
  for (let i = 0; i < line.length; i++) {
    const s = scriptOf(line.charCodeAt(i));
    if (s === 'none') continue;
    if (s === articleScript) same++;
    else other++;
  }
  return other > same;
}

function hasLetterOrDigit(line: string): boolean {
  return /[\p{L}\p{N}]/u.test(line);
}
