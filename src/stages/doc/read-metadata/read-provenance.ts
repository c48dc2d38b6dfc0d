import type { OutletEvidence, Removal, SourceHints, TextSpan } from '../../../core/index.ts';
import { textSpan } from '../../../core/index.ts';
import {
  AGENCY_TAG,
  ALSO_FROM,
  CHANNEL_NUMBER,
  BYLINE,
  CITED_OUTLET_VERBS,
  CONTRIBUTED,
  DATELINE,
  NOT_A_PLACE,
  OUTLET_NAME_ENDINGS,
  OUTLET_NAME_STARTS,
  OUTLETS,
  OWN_DESK,
  OWN_LIVE_PAGE,
  REPORTED_FROM,
  REPORTING_BY,
  SOURCE_LINE_NAME,
  GENERIC_SOURCE,
} from './patterns.ts';
import { MASTHEAD, ROW_NAME, ROW_SEPARATOR } from '../clean/patterns.ts';
import { escapeRegExp } from '../../../text/escape-regexp.ts';

const CANONICAL = new Map<string, string>();
for (const names of OUTLETS) for (const n of names) CANONICAL.set(n.toLowerCase(), names[0]);

// Case-sensitive except for a leading "the": "AP" must not match "ap", "Time" must not match "time".
// Outlet names are ASCII, so \b is a word boundary for them and the faster non-unicode engine will do.
const OUTLET_MENTION = new RegExp(`\\b(?:${OUTLETS.flat().sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})\\b`, 'g');
/** Removal reasons of credit paragraphs the HTML extractor took out as page furniture. */
const CREDIT_FURNITURE = /^page-furniture \(credits?\)$/;
const TOLD_BEFORE = /\btold\s+(?:the\s+)?$/i;
const BY_BEFORE = /(?:^|\n)\s*By\s+(?:the\s+)?$/;
const ACCORDING_BEFORE = /\baccording to\s+(?:the\s+)?$|\b(?:quoted|cited|citing)\s+(?:by\s+)?(?:the\s+)?$/i;
const CITED_AFTER = new RegExp(`^\\s*(?:\\([^)]*\\)\\s*)?${CITED_OUTLET_VERBS}\\b`, 'i');
const CONTRIBUTED_AFTER = /^\s+contributed\b/i;
const TRAILING_NUMBER = /\s[\d.]+$/;
const TOLD_UNKNOWN = new RegExp(`\\btold\\s+(?:the\\s+)?((?:\\p{Lu}[\\p{L}.&'’-]*\\s){0,3}\\p{Lu}[\\p{L}.&'’-]*(?:\\s${CHANNEL_NUMBER})?)`, 'gu');
const COPYRIGHT_HOLDER = /(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}\s*(?:[-–]\s*\d{4}\s*)?)?(?:by\s+)?([^.(|\n]+?(?:\s\([^)]*\))?)\s*(?:[.,|-]\s|\.$|,?\s*all rights|$)/i;

export function canonicalOutlet(name: string): string {
  const key = name.trim().replace(/^the\s+/i, '').toLowerCase();
  return CANONICAL.get(name.trim().toLowerCase()) ?? CANONICAL.get(key) ?? name.trim();
}

export interface ProvenanceReading {
  dateline: TextSpan | null;
  byline: string[];
  credits: string[];
  evidence: OutletEvidence[];
  /** Outlets the text cites as third parties ("the BBC points out"): not the publisher. */
  cited: Set<string>;
}

function splitNames(s: string): string[] {
  return s
    .split(/\s*(?:,|\band\b|&)\s*/)
    .map((x) => x.trim().replace(/[.;:]+$/, ''))
    .filter((x) => x.length > 1 && /^\p{Lu}/u.test(x));
}

/** Where the first lines of text start, up to `count` lines. */
function lineStarts(text: string, count: number): number[] {
  const out: number[] = [];
  let pos = 0;
  while (out.length < count && pos < text.length) {
    while (pos < text.length && /\s/.test(text[pos])) pos++;
    if (pos >= text.length) break;
    out.push(pos);
    const nl = text.indexOf('\n', pos);
    if (nl < 0) break;
    pos = nl + 1;
  }
  return out;
}

export function readProvenance(text: string, removed: readonly Removal[], hints: SourceHints): ProvenanceReading {
  const evidence: OutletEvidence[] = [];
  const cited = new Set<string>();
  let dateline: TextSpan | null = null;

  for (const start of lineStarts(text, 4)) {
    const line = text.slice(start, Math.min(text.length, start + 200));
    const m = DATELINE.exec(line);
    if (!m || !/\p{Lu}{3,}/u.test(m[1]) || NOT_A_PLACE.test(m[1].trim())) continue;
    dateline = textSpan(text, start, start + m[1].length);
    const tag = /\(([^)]{1,30})\)/.exec(m[0]);
    if (tag && AGENCY_TAG_TEXT.test(tag[1])) {
      const at = start + m[0].indexOf(tag[0]);
      evidence.push({ outlet: canonicalOutlet(tag[1]), kind: 'agency-tag', span: textSpan(text, at, at + tag[0].length) });
    }
    break;
  }

  // A page that names its own desk at the top ("Radio X newsroom. Updated through the day") is that outlet.
  for (const start of lineStarts(text, 4)) {
    const head = text.slice(start, Math.min(text.length, start + 200));
    const m = OWN_DESK.exec(head) ?? OWN_LIVE_PAGE.exec(head);
    if (!m) continue;
    const at = start + m[0].indexOf(m[1]);
    evidence.push({ outlet: canonicalOutlet(m[1]), kind: 'own-desk', span: textSpan(text, at, at + m[1].length) });
    break;
  }

  // Known agency tags elsewhere near the top ("(Reuters) -" after a dateline the regex missed).
  const head = text.slice(0, 600);
  AGENCY_TAG.lastIndex = 0;
  for (let m = AGENCY_TAG.exec(head); m !== null; m = AGENCY_TAG.exec(head)) {
    if (!CANONICAL.has(m[1].toLowerCase())) continue;
    if (evidence.some((e) => e.span && e.span.start === m!.index)) continue;
    evidence.push({ outlet: canonicalOutlet(m[1]), kind: 'agency-tag', span: textSpan(text, m.index, m.index + m[0].length) });
  }

  OUTLET_MENTION.lastIndex = 0;
  for (let m = OUTLET_MENTION.exec(text); m !== null; m = OUTLET_MENTION.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const outlet = canonicalOutlet(m[0]);
    const span = textSpan(text, m.index, m.index + m[0].length);
    if (TOLD_BEFORE.test(before)) evidence.push({ outlet, kind: 'told-outlet', span });
    else if (BY_BEFORE.test(before)) evidence.push({ outlet, kind: 'credit-line', span });
    else if (CONTRIBUTED_AFTER.test(after)) evidence.push({ outlet, kind: 'contributed', span });
    else if (CITED_AFTER.test(after) || ACCORDING_BEFORE.test(before)) {
      cited.add(outlet);
      evidence.push({ outlet, kind: 'outlet-reported', span });
    }
  }

  // "told Some City Herald": outlets the list does not know, recognized by their name's last word.
  TOLD_UNKNOWN.lastIndex = 0;
  if (text.includes('told ')) for (let m = TOLD_UNKNOWN.exec(text); m !== null; m = TOLD_UNKNOWN.exec(text)) {
    // A sentence's full stop is not part of the name ("... told Radio Kelby.").
    const name = m[1].trim().replace(/\.$/, '');
    // "told News 2" or "told Channel 9" names no outlet: the name needs more than its generic word and number.
    if (CANONICAL.has(name.toLowerCase()) || !(OUTLET_NAME_ENDINGS.test(name) || OUTLET_NAME_STARTS.test(name)) || !/\s/.test(name.replace(TRAILING_NUMBER, '')) || /['’]s\b/.test(name)) continue;
    const at = m.index + m[0].indexOf(name);
    evidence.push({ outlet: name, kind: 'told-outlet', span: textSpan(text, at, at + name.length) });
  }

  for (const r of removed) {
    // "Source: X" / "Originally published by X" at the foot: the page says whose text it carries.
    if (r.reason === 'source-line') {
      const name = SOURCE_LINE_NAME.exec(r.text)?.[1].trim();
      // A name, every word capitalised ("Live Science", "HNA"), and not a generic "Agencies".
      if (name && ROW_NAME.test(name) && !GENERIC_SOURCE.test(name)) evidence.push({ outlet: canonicalOutlet(name), kind: 'site-trailer', span: null });
      continue;
    }
    if (r.reason !== 'copyright') continue;
    const m = COPYRIGHT_HOLDER.exec(r.text);
    const holder = m?.[1].replace(/\s*\([^)]*\)\s*$/, '').trim() ?? '';
    if (holder.length <= 1) continue;
    // A known outlet's notice credits it; any other holder is usually the site's owner company.
    const known = CANONICAL.has(holder.toLowerCase()) || CANONICAL.has(holder.toLowerCase().replace(/^the\s+/, ''));
    evidence.push({ outlet: canonicalOutlet(holder), kind: known ? 'credit-line' : 'copyright', span: null });
  }
  if (hints.outlet) evidence.push({ outlet: canonicalOutlet(hints.outlet), kind: 'hint', span: null });

  const byline: string[] = [];
  for (const start of lineStarts(text, 6)) {
    const nl = text.indexOf('\n', start);
    const line = text.slice(start, nl < 0 ? text.length : nl).trim();
    // "By Ann Lee | The X Sentinel": the byline, then its outlet.
    const [lead, ...after] = line.split(ROW_SEPARATOR);
    const m = BYLINE.exec(lead);
    if (!m) continue;
    for (const n of [...splitNames(m[1]), ...(m[2] ? splitNames(m[2]) : []), ...after]) {
      // An outlet in the byline ("By Ann Lee, The X Sentinel") credits it; it is nobody's name.
      if (MASTHEAD.test(n) || CANONICAL.has(n.toLowerCase().replace(/^the\s+/, ''))) {
        const at = text.indexOf(n, start);
        evidence.push({ outlet: canonicalOutlet(n), kind: 'credit-line', span: at >= 0 ? textSpan(text, at, at + n.length) : null });
      } else if (m[1].includes(n)) byline.push(n);
    }
  }
  // A writer's row the clean stage took out ("Ann Lee · 7 May 2031 · 4 min read").
  for (const r of removed) if (r.reason === 'author-line') for (const n of splitNames(r.text)) if (!byline.includes(n)) byline.push(n);
  if (hints.author) for (const n of splitNames(hints.author.replace(/^by\s+/i, ''))) if (!byline.includes(n)) byline.push(n);

  // HTML extraction takes a credit paragraph out as page furniture; its names are credits all the same.
  const creditLines = removed.filter((r) => CREDIT_FURNITURE.test(r.reason)).map((r) => r.text);
  const credits = readCredits([text, ...creditLines]);

  return { dateline, byline, credits, evidence, cited };
}

/** Reporters named in credit lines ("X reported from Y", "Z contributed", "Reporting by ..."), in order, once each. */
function readCredits(sources: readonly string[]): string[] {
  const credits: string[] = [];
  const addCredit = (n: string): void => {
    const name = n.trim();
    if (name && !credits.includes(name) && !CANONICAL.has(name.toLowerCase().replace(/^the\s+/, ''))) credits.push(name);
  };
  for (const text of sources) {
    REPORTED_FROM.lastIndex = 0;
    if (text.includes(' reported from ')) for (let m = REPORTED_FROM.exec(text); m !== null; m = REPORTED_FROM.exec(text)) {
      addCredit(m[1]);
      // "... and Jones from Oslo": the others named in the same clause.
      ALSO_FROM.lastIndex = 0;
      for (let a = ALSO_FROM.exec(m[2]); a !== null; a = ALSO_FROM.exec(m[2])) addCredit(a[1]);
    }
    CONTRIBUTED.lastIndex = 0;
    if (text.includes(' contributed ')) for (let m = CONTRIBUTED.exec(text); m !== null; m = CONTRIBUTED.exec(text)) for (const n of splitNames(m[1])) addCredit(n);
    REPORTING_BY.lastIndex = 0;
    if (text.includes('eporting by') || text.includes('riting by') || text.includes('diting by')) for (let m = REPORTING_BY.exec(text); m !== null; m = REPORTING_BY.exec(text)) {
      for (const n of splitNames(m[1].replace(/\s+in\s+[\p{Lu}][\p{L} ]+$/u, ''))) addCredit(n);
    }
  }
  return credits;
}

const WEIGHT: Record<string, number> = { 'own-desk': 3, 'told-outlet': 3, 'agency-tag': 3, 'credit-line': 3, hint: 2, 'site-trailer': 2, copyright: 1, contributed: 0, 'outlet-reported': 0 };

/** Evidence strong enough to say a page carries another outlet's report ("told X" only on bare text). */
export const STRONG_EVIDENCE = new Set(['agency-tag', 'credit-line', 'site-trailer']);
const MIN_OUTLET_SCORE = 2;

/** Call letters and agency names in a dateline's brackets: "(AP)", "(WXYZ-TV)", "(CBS News)"; not "(Feb. 4)". */
const AGENCY_TAG_TEXT = /^\p{Lu}[\p{L}\d/&-]*(?:\s\p{Lu}[\p{L}\d&-]*){0,2}$/u;

/**
 * The original publisher: the outlet with the most self-evidence (an agency tag, "told X", a credit
 * or copyright line), leaving out outlets the text only cites as third parties. On a page whose
 * own site is known, "told X" is weak: news sites routinely cite other outlets' interviews ("the
 * prince told the BBC"); on bare text it is often all a republished copy has left.
 */
export function chooseOutlet(reading: ProvenanceReading, siteKnown: boolean): string | null {
  const score = new Map<string, number>();
  for (const e of reading.evidence) {
    if (reading.cited.has(e.outlet) && e.kind === 'told-outlet') continue;
    let w = WEIGHT[e.kind] ?? 1;
    if (siteKnown && e.kind === 'told-outlet') w = 1;
    if (w === 0) continue;
    score.set(e.outlet, (score.get(e.outlet) ?? 0) + w);
  }
  let best: string | null = null;
  let n = 0;
  for (const [o, s] of score) {
    if (s > n) {
      best = o;
      n = s;
    }
  }
  return n >= MIN_OUTLET_SCORE ? best : null;
}
