import type { DocStage, Removal } from '../../../core/index.ts';
import { isHeading } from '../split-sentences/is-heading.ts';
import { junkReason } from './classify-line.ts';
import {
  COPYRIGHT_NAME,
  DATE_LINE,
  EDITORIAL_LABEL,
  KICKER_FLAG,
  KICKER_SECTION,
  MASTHEAD,
  OPINION_SECTION,
  OUTLET_LABEL,
  POSTED_CUE,
  POSTED_FRAGMENT,
  READING_TIME,
  ROW_NAME,
  ROW_SEGMENT_MAX_WORDS,
  ROW_SEPARATOR,
  SITE_NAME_MAX_WORDS,
} from './patterns.ts';
import { removeOtherLanguageLines } from './other-language.ts';
import { looksLikeRelatedHeadline } from './related-headlines.ts';
import { dominantScript, scriptCounts } from './script.ts';

export { junkReason } from './classify-line.ts';

interface Line {
  text: string;
  /** Index of the blank-line-separated block the line was in. */
  block: number;
  keep: boolean;
  /** The removal of a stamp or date line, whose `at` is set once the text is joined. */
  stamp?: Removal;
  /** Removed as a link list's label ("Most read", "Related stories:"): the headlines under it are links. */
  listLabel?: boolean;
}

/** Removed lines whose place in the text is kept: a live blog's stamps date the posts under them. */
const STAMP_REASONS: ReadonlySet<string> = new Set(['timestamp', 'date-header']);

/** A link list's label: the widget line alone, with nothing after its colon ... */
const LIST_LABEL = /^[^:]{1,60}:?$/;
/** ... and not a player's or a button's ("Watch", "Click here", "Download our app"). */
const NOT_A_LIST_LABEL = /^(?:watch|scroll|click|tap|download|on a mobile)\b|\bapp\b|^\[/i;
/** A list item's bullet, before the headline it links. */
const LIST_BULLET = /^(?:[•●▪◦‣∙·*\-–—]|\d{1,2}[.)])\s+/;
/** More headlines than this under one label are more likely the story's own subheadings. */
const LIST_MAX_ITEMS = 8;
const MASTHEAD_ANY_CASE = new RegExp(MASTHEAD.source, 'iu');

/** How many of the first kept lines may carry an outlet or editorial label. */
const LABEL_WINDOW = 3;

/** Lines that differ only in case, spacing or punctuation are copies. */
function normalizeForCompare(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** A repeated line this long is a repeated caption or teaser; short repeats are structure ("Snack", "Step 2"). */
const DUPLICATE_MIN_CHARS = 40;

/** Near the title's length: worth the loose comparison. */
const TITLE_LENGTH_SLACK = 8;

/** Lines trimmed, with the block each belongs to; blank lines only separate blocks. */
function readLines(text: string): Line[] {
  const lines: Line[] = [];
  let block = 0;
  let blank = true;
  for (const raw of text.split('\n')) {
    const t = raw.trim();
    if (t.length === 0) {
      if (!blank) block++;
      blank = true;
      continue;
    }
    blank = false;
    lines.push({ text: t, block, keep: true });
  }
  return lines;
}

/**
 * Removes page furniture from the reader's text, line by line, and records every removal with its
 * reason. The first headline-like line stays (it is the title metadata reads); only its later
 * copies go. What metadata needs from removed lines (date headers, hashtags, labels, copyright
 * notices) it reads back from `doc.removed` by reason.
 */
export const clean: DocStage = {
  kind: 'doc',
  name: 'clean',
  reads: [],
  writes: ['text'],
  run(doc) {
    const source = doc.text.replace(/\r\n?/g, '\n');
    const removed: Removal[] = [];
    const lines = readLines(source);
    const script = dominantScript(scriptCounts(source));

    for (const line of lines) {
      if (POSTED_CUE.test(line.text) && POSTED_FRAGMENT.test(line.text)) {
        POSTED_FRAGMENT.lastIndex = 0;
        const rest = line.text.replace(POSTED_FRAGMENT, (m) => {
          removed.push({ text: m.trim(), reason: 'date-header' });
          return '';
        }).trim();
        line.text = rest;
        if (rest.length === 0) {
          line.keep = false;
          continue;
        }
      }
      POSTED_FRAGMENT.lastIndex = 0;
      const reason = junkReason(line.text, script);
      if (reason !== null) {
        line.keep = false;
        const removal: Removal = { text: line.text, reason };
        if (STAMP_REASONS.has(reason)) line.stamp = removal;
        if (reason === 'related-links' && LIST_LABEL.test(line.text) && !NOT_A_LIST_LABEL.test(line.text)) line.listLabel = true;
        removed.push(removal);
      }
    }

    removeOtherLanguageLines(lines, removed);
    removeMastheadRow(lines, removed);
    removeKicker(lines, removed);
    removeSiteNames(lines, removed, doc.hints.site);
    const kept = lines.filter((l) => l.keep);
    removeRepeats(kept, removed);
    stripLabels(kept, removed);
    removeRelatedHeadlines(lines, removed);
    removeListsUnderLabels(lines, removed);

    doc.text = joinLines(lines);
    doc.removed.push(...removed);
    if (doc.text.length === 0 && source.trim().length > 0) {
      doc.flags.push({ code: 'boilerplate-only', message: `every one of ${removed.length} lines was page furniture: the page holds no article text` });
    }
  },
};

/**
 * "Outlet | Section | 7 May 2031" near the top: a masthead row, not the headline. Its parts go to
 * `removed` as metadata reads them: the name as `outlet-line`, the date as `date-header`, an
 * opinion section as `editorial-label`, any other section as `section-label`. The date (or, without
 * one, an opinion section beside a masthead name) and a first part cased like a name are what tell it
 * from a headline with a bar or a dash in it.
 */
function removeMastheadRow(lines: Line[], removed: Removal[]): void {
  let seen = 0;
  for (const line of lines) {
    if (!line.keep) continue;
    if (seen++ >= LABEL_WINDOW) return;
    const parts = line.text.split(ROW_SEPARATOR);
    if (parts.length < 2 || parts.length > 4) continue;
    if (parts.some((p) => p.split(/\s+/).length > ROW_SEGMENT_MAX_WORDS)) continue;
    const dated = parts.findIndex((p) => DATE_LINE.test(p));
    // The name comes first; after a date ("7 May 2031 | The X Sentinel") only a masthead-shaped one.
    const named = dated === 0 ? parts.findIndex((p, i) => i > 0 && MASTHEAD.test(p)) : 0;
    // Without a date, an opinion section beside a masthead-shaped name ("The X Sentinel | Opinion").
    const sectioned = dated < 0 && MASTHEAD.test(parts[0]) && parts.slice(1).some((p) => OPINION_SECTION.test(p));
    if ((dated < 0 && !sectioned) || named < 0 || !ROW_NAME.test(parts[named]) || DATE_LINE.test(parts[named])) continue;
    line.keep = false;
    // "Ann Lee · 7 May 2031 · 4 min read": a writer's row, not the outlet's.
    const byWriter = parts.some((p) => READING_TIME.test(p));
    parts.forEach((part, i) => {
      const reason =
        i === named ? (byWriter ? 'author-line' : 'outlet-line') : i === dated ? 'date-header' : READING_TIME.test(part) ? 'reading-time' : OPINION_SECTION.test(part) ? 'editorial-label' : 'section-label';
      removed.push({ text: part, reason });
    });
    return;
  }
}

/**
 * A kicker on the first line, above the headline ("EXCLUSIVE", "World"): a flag goes as
 * `editorial-label` (metadata reads "Live" or "Analysis" from it), a section as `section-label`.
 */
function removeKicker(lines: Line[], removed: Removal[]): void {
  const kept = lines.filter((l) => l.keep);
  if (kept.length < 3) return;
  const [first, next] = kept;
  const flag = KICKER_FLAG.test(first.text);
  if (!(flag || KICKER_SECTION.test(first.text)) || !isHeading(next.text, { start: 0, end: next.text.length })) return;
  first.keep = false;
  removed.push({ text: first.text, reason: flag ? 'editorial-label' : 'section-label' });
}

/**
 * The site's own name standing alone as a line (a masthead scraped with the text). Known from its
 * copyright notice, the page's site name, or an outlet-shaped first line above the headline, so a
 * one-word line is never guessed to be one.
 */
function removeSiteNames(lines: Line[], removed: Removal[], site: string | undefined): void {
  const names = new Set<string>();
  if (site) names.add(normalizeForCompare(site));
  for (const r of removed) {
    const m = COPYRIGHT_NAME.exec(r.text);
    if (m) names.add(normalizeForCompare(m[1]));
  }
  names.delete('');
  const first = lines.findIndex((l) => l.keep);
  // A masthead is the first line only, with the article still to come below it.
  if (first >= 0 && first < lines.length - 1 && isMasthead(lines[first].text)) names.add(normalizeForCompare(lines[first].text));
  if (names.size === 0) return;
  for (const line of lines) {
    if (!line.keep || line.text.split(/\s+/).length > SITE_NAME_MAX_WORDS || /[.!?]$/.test(line.text)) continue;
    if (names.has(normalizeForCompare(line.text))) {
      line.keep = false;
      removed.push({ text: line.text, reason: 'site-name' });
    }
  }
}

/**
 * An outlet's name as a masthead prints it, in its own capitals or all in capitals ("HARNOW SENTINEL");
 * an all-capitals one of at most three words, since a shouted headline can end in "TODAY" too.
 */
function isMasthead(text: string): boolean {
  if (MASTHEAD.test(text)) return true;
  return text === text.toUpperCase() && text.replace(/^THE\s+/, '').split(/\s+/).length <= 3 && MASTHEAD_ANY_CASE.test(text);
}

/** Later copies of the title line, and repeated short lines (widgets the patterns do not know). */
function removeRepeats(kept: Line[], removed: Removal[]): void {
  const title = kept.length > 0 && isHeading(kept[0].text, { start: 0, end: kept[0].text.length }) ? normalizeForCompare(kept[0].text) : null;
  const titleLength = kept.length > 0 ? kept[0].text.length : 0;
  const seen = new Set<string>();
  for (let i = 0; i < kept.length; i++) {
    const line = kept[i];
    const key = line.text.toLowerCase();
    if (key.length === 0) continue;
    if (i > 0 && title !== null && Math.abs(line.text.length - titleLength) <= TITLE_LENGTH_SLACK && normalizeForCompare(line.text) === title) {
      line.keep = false;
      removed.push({ text: line.text, reason: 'repeated-headline' });
      continue;
    }
    if (key.length >= DUPLICATE_MIN_CHARS && seen.has(key)) {
      line.keep = false;
      removed.push({ text: line.text, reason: 'duplicate-line' });
      continue;
    }
    seen.add(key);
  }
}

/** "Some Outlet International: Text..." or "BREAKING: Text..." at the top: the label goes, the text stays. */
function stripLabels(kept: Line[], removed: Removal[]): void {
  let seen = 0;
  for (const line of kept) {
    if (!line.keep) continue;
    const first = seen === 0;
    if (seen++ >= LABEL_WINDOW) break;
    const outlet = OUTLET_LABEL.exec(line.text);
    if (outlet) {
      removed.push({ text: outlet[1] + ':', reason: 'outlet-label' });
      line.text = line.text.slice(outlet[0].length);
      continue;
    }
    const editorial = EDITORIAL_LABEL.exec(line.text);
    if (editorial) {
      // On the first line it is part of the printed headline ("LIVE: ..."): metadata puts it back in the title.
      removed.push({ text: editorial[1], reason: first ? 'title-label' : 'editorial-label' });
      line.text = line.text.slice(editorial[0].length);
    }
  }
}

/**
 * Headline-like lines standing alone in their block, between body paragraphs, that read as links
 * to other stories. The first kept line is the title and is never one; nor is anything that is
 * not headline-like (a sentence, a long line).
 */
function removeRelatedHeadlines(lines: Line[], removed: Removal[]): void {
  const blockSize = new Map<number, number>();
  for (const l of lines) blockSize.set(l.block, (blockSize.get(l.block) ?? 0) + 1);
  const kept = lines.filter((l) => l.keep);
  for (let i = 1; i < kept.length; i++) {
    const line = kept[i];
    if (blockSize.get(line.block) !== 1) continue;
    if (!isHeading(line.text, { start: 0, end: line.text.length })) continue;
    const next = kept[i + 1]?.text ?? null;
    if (looksLikeRelatedHeadline(line.text, kept[i - 1].text, next)) {
      line.keep = false;
      removed.push({ text: line.text, reason: 'related-headline' });
    }
  }
}

/**
 * The headlines listed under a removed link-list label ("Most read", "Related stories:", "More from
 * X") are links too: up to the first line that is not headline-shaped (a paragraph of the story).
 * Only once the story has begun: a label above everything sits over the page's own headline.
 */
function removeListsUnderLabels(lines: Line[], removed: Removal[]): void {
  let storyBegun = false;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].keep && !isHeading(lines[i].text, { start: 0, end: lines[i].text.length })) storyBegun = true;
    if (!lines[i].listLabel || !storyBegun) continue;
    let taken = 0;
    for (let j = i + 1; j < lines.length && taken < LIST_MAX_ITEMS; j++) {
      const line = lines[j];
      if (!line.keep) continue;
      const item = line.text.replace(LIST_BULLET, '');
      if (!isHeading(item, { start: 0, end: item.length })) break;
      line.keep = false;
      removed.push({ text: line.text, reason: 'related-headline' });
      taken++;
    }
  }
}

/** The kept lines as the clean text; each removed stamp gets the offset of the kept line after it. */
function joinLines(lines: Line[]): string {
  let out = '';
  let lastBlock = -1;
  const waiting: Removal[] = [];
  for (const line of lines) {
    if (!line.keep) {
      if (line.stamp) waiting.push(line.stamp);
      continue;
    }
    if (out.length > 0) out += line.block === lastBlock ? '\n' : '\n\n';
    for (const r of waiting) r.at = out.length;
    waiting.length = 0;
    out += line.text;
    lastBlock = line.block;
  }
  for (const r of waiting) r.at = out.length;
  return out;
}
