import type { ClaimKind, ClaimStatus, ClaimValue } from '../../../core/index.ts';
import { compatible, readValue } from './intervals.ts';
import type { ValueReading } from './intervals.ts';
import { CONTRADICTIONS } from './contradictions.ts';
import { aboutSameTime } from './same-time.ts';
import { FALLING_KINDS, GENERIC_STATEMENT_WORDS, SPEECH_VERB, TOLL_KINDS } from './patterns.ts';

export interface StatusResult {
  status: ClaimStatus;
  reason: string;
}

function describe(values: readonly ClaimValue[]): string {
  const byValue = new Map<string, string[]>();
  for (const v of values) {
    const key = v.low !== null && v.high === null ? `at least ${v.low}` : String(v.value);
    byValue.set(key, [...(byValue.get(key) ?? []), v.document]);
  }
  return [...byValue].map(([k, docs]) => `${k} (${[...new Set(docs)].join(', ')})`).join(' vs ');
}

/** A value with its reading and the date it is ordered by. */
interface Dated {
  v: ClaimValue;
  r: ValueReading;
  /** The value's date as of which it was true (`asOf`, else its publication date). */
  at: string | null;
}

/**
 * single-source: one independence group. conflicting: two groups state incompatible values (for
 * statements, predicates that cannot both hold). evolving: the incompatible values all rise with
 * publication date (a toll, or a measure `changed` says was told as changed). agreed: everything else.
 * `asOf` gives, per value, the date it is ordered by when that is not its publication date (a
 * report whose own date is wrong repeats others' figures as of their dates): see `asOfDates`.
 * `part`: the slot is a part of a larger toll (the seriously injured), which can fall as well as
 * rise (patients recover).
 */
export function slotStatus(
  kind: ClaimKind,
  values: readonly ClaimValue[],
  { changed = false, asOf, part = false }: { changed?: boolean; asOf?: readonly (string | null)[]; part?: boolean } = {},
): StatusResult {
  const groups = new Set(values.map((v) => v.group));
  if (groups.size <= 1) return { status: 'single-source', reason: `only one independent source (${[...new Set(values.map((v) => v.document))].join(', ')})` };
  if (kind === 'statement') return statementStatus(values);
  const rs = values.map((v, i) => ({ v, r: readValue(v), at: asOf ? asOf[i] : v.published })).filter((x): x is Dated => x.r !== null);
  const tolls = TOLL_KINDS.has(kind);
  const clashes: [ClaimValue, ClaimValue][] = [];
  for (let i = 0; i < rs.length; i++) {
    for (let j = i + 1; j < rs.length; j++) {
      if (rs[i].v.group === rs[j].v.group) continue;
      if (!compatible(rs[i].r, rs[j].r, tolls)) clashes.push([rs[i].v, rs[j].v]);
    }
  }
  if (clashes.length === 0) return { status: 'agreed', reason: `${groups.size} independent sources give compatible values: ${describe(values)}` };
  // A measure told as changed ("the zone was widened to 8 km") moves with the dates as a toll does.
  if (changed && !tolls && (monotone(rs, false, sameDate) || monotone(rs, true, sameDate))) return { status: 'evolving', reason: `the measure was changed: ${describe(sortByDate(values))}` };
  const falls = FALLING_KINDS.has(kind) || part;
  // A toll of a happening grows as it is counted, whoever counts; a count of what was there (people
  // aboard, inside, held) is one figure, and two authorities' figures a day apart dispute it.
  const sameTime = kind === 'count' ? aboutSameTime : sameDate;
  if (tolls && (monotone(rs, false, sameTime) || (falls && monotone(rs, true, sameTime)))) return { status: 'evolving', reason: `the figure changes with publication date: ${describe(sortByDate(values))}` };
  if (tolls && (converged(rs, false, sameTime) || (falls && converged(rs, true, sameTime)))) {
    return { status: 'evolving', reason: `the figure changes with publication date and the latest reports agree: ${describe(sortByDate(values))}` };
  }
  const disputed = tolls ? movedThenDisputed(rs, falls) : null;
  if (disputed) return { status: 'conflicting', reason: `the figure ${disputed.way} with publication date, then the latest reports disagree: ${describe(disputed.last)}` };
  return { status: 'conflicting', reason: `independent sources disagree: ${describe(values)}` };
}

/**
 * A toll that moved one way from the first reports to the last, whose last reports disagree (two
 * authorities' final counts): conflicting, with a reason that tells the movement from the dispute.
 */
function movedThenDisputed(rs: Dated[], falls: boolean): { way: string; last: ClaimValue[] } | null {
  if (rs.some((x) => !x.at)) return null;
  const at = figureDates(rs);
  const dates = [...new Set(at)].sort();
  if (dates.length < 3) return null;
  const last = rs.filter((_, i) => at[i] === dates[dates.length - 1]);
  if (!last.some((a) => last.some((b) => !compatible(a.r, b.r, true)))) return null;
  const first = rs.filter((x, i) => at[i] === dates[0] && !x.v.vague);
  const lastStated = last.filter((x) => !x.v.vague);
  if (!first.length || !lastStated.length) return null;
  const rose = first.every((a) => lastStated.every((b) => a.r.point < b.r.point));
  const fell = falls && first.every((a) => lastStated.every((b) => a.r.point > b.r.point));
  return rose || fell ? { way: rose ? 'rose' : 'fell', last: last.map((x) => x.v) } : null;
}

function sortByDate(values: readonly ClaimValue[]): ClaimValue[] {
  return [...values].sort((a, b) => (a.published ?? '').localeCompare(b.published ?? ''));
}

/**
 * The date each figure was first given by its independence group: a copy republished days later
 * repeats the original's figure as of the original's day, it does not report it anew.
 */
function figureDates(rs: readonly Dated[]): string[] {
  const first = new Map<string, string>();
  for (const { v, r, at } of rs) {
    const key = `${v.group}\u0000${r.point}`;
    const d = first.get(key);
    if (d === undefined || at! < d) first.set(key, at!);
  }
  return rs.map(({ v, r }) => first.get(`${v.group}\u0000${r.point}`)!);
}

/** Whether two values, as of the dates given, were given at about the same time. */
type SameTime = (a: ClaimValue, da: string, b: ClaimValue, db: string) => boolean;
const sameDate: SameTime = (_a, da, _b, db) => da === db;

/**
 * Every later-dated figure can be at least (falling: at most) every earlier one, and figures given
 * at about the same time agree (`sameTime`). Ranges compare by their bounds: "dozens" on Monday
 * and 47 on Tuesday can be a fall.
 */
function monotone(rs: Dated[], falling: boolean, sameTime: SameTime): boolean {
  if (rs.some((x) => !x.at)) return false;
  const at = figureDates(rs);
  const dates = new Set(at);
  if (dates.size < 2) return false;
  for (let i = 0; i < rs.length; i++) {
    for (let j = 0; j < rs.length; j++) {
      const a = rs[i];
      const b = rs[j];
      const da = at[i];
      const db = at[j];
      if ((da === db || a.v.group !== b.v.group) && !compatible(a.r, b.r, true) && sameTime(a.v, da, b.v, db)) return false;
      if (da < db && (falling ? a.r.high < b.r.low : a.r.low > b.r.high)) return false;
    }
  }
  return true;
}

/**
 * A toll's status is its final state: disagreements on the way ("40" from one authority, "47"
 * treated from another, on one day) that the latest reports no longer show leave it evolving, as
 * long as the figure moved from the first reports to the latest ones in one direction. When the
 * latest reports still disagree it stays conflicting.
 */
function converged(rs: Dated[], falling: boolean, sameTime: SameTime): boolean {
  if (rs.some((x) => !x.at)) return false;
  const at = figureDates(rs);
  const dates = [...new Set(at)].sort();
  if (dates.length < 3) return false;
  const last = rs.filter((_, i) => at[i] === dates[dates.length - 1]);
  for (const a of last) for (const b of last) if (!compatible(a.r, b.r, true)) return false;
  // A later report that repeats one side of the last dispute ("the directorate says 6,500") has
  // not settled it: only figures the count moved on to do. Figures given at about the same time on
  // two days are a dispute as of the later one; at the last date it is not settled.
  const disputes = dates.filter((d) => {
    const day = rs.filter((_, i) => at[i] === d);
    return day.some((a) => day.some((b) => !compatible(a.r, b.r, true)))
      || rs.some((a, i) => at[i] < d && day.some((b) => a.v.group !== b.v.group && !compatible(a.r, b.r, true) && sameTime(a.v, at[i], b.v, d)));
  });
  const lastDispute = disputes[disputes.length - 1];
  if (lastDispute !== undefined && lastDispute >= dates[dates.length - 1]) return false;
  // The count fell (rose, for counts that fall) below a figure no one disputed on its day: another
  // source's lower count, not a settling of a dispute.
  const disputed = new Set(disputes);
  for (let i = 0; i < rs.length; i++) {
    if (disputed.has(at[i])) continue;
    for (let j = 0; j < rs.length; j++) {
      if (at[j] > at[i] && rs[j].v.group !== rs[i].v.group && (falling ? rs[i].r.high < rs[j].r.low : rs[i].r.low > rs[j].r.high)) return false;
    }
  }
  if (lastDispute !== undefined) {
    // A vague word's point ("dozens" read as 12) is no figure anyone gave.
    const sides = new Set(rs.filter((x, i) => at[i] === lastDispute && !x.v.vague).map((x) => x.r.point));
    if (rs.some((x, i) => at[i] > lastDispute && !x.v.vague && sides.has(x.r.point))) return false;
  }
  // "At least 45" or "more than 110" first and 96 last is a rise: the figures as written, not
  // bounds, say which way it went; a vague word ("many") has a point but no size.
  const first = rs.filter((x, i) => at[i] === dates[0] && !x.v.vague);
  const lastStated = last.filter((x) => !x.v.vague);
  if (!first.length || !lastStated.length) return false;
  return first.every((a) => lastStated.every((b) => (falling ? a.r.point > b.r.point : a.r.point < b.r.point)));
}

const GLOBAL = new Map<RegExp, RegExp>();

/** The statement without any word of the contradiction pair (every occurrence, both sides). */
function withoutPair(value: string, left: RegExp, right: RegExp): string {
  let out = value;
  for (const re of [left, right]) {
    let g = GLOBAL.get(re);
    if (!g) GLOBAL.set(re, (g = new RegExp(re.source, `${re.flags}g`)));
    out = out.replace(g, ' ');
  }
  return out;
}

/** Content words of a statement that say what it is about, without the words of the contradiction pair. */
function topicWords(value: string, left: RegExp, right: RegExp): Set<string> {
  const words = withoutPair(value, left, right).toLowerCase().match(/\p{L}{4,}/gu) ?? [];
  return new Set(words.filter((w) => !GENERIC_STATEMENT_WORDS.has(w)));
}

/** What a statement is about, for one contradiction pair: its topic words, or null for a bare predicate. */
type Topic = Set<string> | null;

/**
 * Two statements contradict when they fall on the two sides of a pair and are about the same thing
 * (they share a content word, or one is a bare predicate):
 * "four people are confirmed dead" and "two people were pulled alive" from one speaker are two
 * facts, "expelled the envoy" and "kept the envoy from returning" are one disputed fact.
 */
function contradicts(x: ClaimValue, y: ClaimValue, topicOf: (v: ClaimValue) => Topic): boolean {
  if (x.group === y.group) return false;
  const a = topicOf(x);
  const b = topicOf(y);
  // A bare predicate ("expelled", "barred from returning") was slotted by what it is about already.
  if (a === null || b === null) return true;
  for (const w of b) if (a.has(w)) return true;
  return false;
}

/** Nothing but the words of the contradiction pair: "expelled", "barred from returning". */
function barePredicate(value: string, left: RegExp, right: RegExp): boolean {
  return !/\p{L}/u.test(withoutPair(value, left, right));
}

/** One sentence of one document. */
const saidIn = (v: ClaimValue): string => `${v.document}\u0000${v.text}`;

const speechVerbs = (v: ClaimValue): number => (v.text.match(SPEECH_VERB) ?? []).length;

/**
 * Both sides told by one report in its own voice are a sequence it tells, not two accounts, and
 * count for neither side: in one sentence with fewer than two speech verbs ("police stormed the
 * bank and the robbers surrendered"), or anywhere in a report that credits neither to anyone
 * ("Police stormed the bank. The robbers surrendered."). "The minister says X, the lawyer says Y"
 * gives two voices, two accounts.
 */
function toldTogether(a: readonly ClaimValue[], b: readonly ClaimValue[]): Set<ClaimValue> {
  const inB = new Set(b.map(saidIn));
  const sentences = new Set(a.filter((v) => inB.has(saidIn(v))).map(saidIn));
  const docsA = new Set(a.map((v) => v.document));
  const docsB = new Set(b.map((v) => v.document));
  const both = [...a, ...b].filter((v) => docsA.has(v.document) && docsB.has(v.document));
  const credited = new Set(both.filter((v) => v.attribution !== null || speechVerbs(v) > 0).map((v) => v.document));
  return new Set(both.filter((v) => !credited.has(v.document) || (sentences.has(saidIn(v)) && speechVerbs(v) < 2)));
}

function statementStatus(values: readonly ClaimValue[]): StatusResult {
  for (const [left, right, label] of CONTRADICTIONS) {
    const sideA = values.filter((v) => left.test(String(v.value)) && !right.test(String(v.value)));
    const sideB = values.filter((v) => right.test(String(v.value)) && !left.test(String(v.value)));
    const sequence = toldTogether(sideA, sideB);
    const a = sideA.filter((v) => !sequence.has(v));
    const b = sideB.filter((v) => !sequence.has(v));
    if (!a.length || !b.length) continue;
    // Each statement's topic is read once per pair, not once per statement it is compared with.
    const topics = new Map<ClaimValue, Topic>();
    const topicOf = (v: ClaimValue): Topic => {
      let t = topics.get(v);
      if (t === undefined) {
        const text = String(v.value);
        t = barePredicate(text, left, right) ? null : topicWords(text, left, right);
        topics.set(v, t);
      }
      return t;
    };
    if (a.some((x) => b.some((y) => contradicts(x, y, topicOf)))) {
      return {
        status: 'conflicting',
        reason: `${label}: ${[...new Set(a.map((v) => v.document))].join(', ')} vs ${[...new Set(b.map((v) => v.document))].join(', ')}`,
      };
    }
  }
  return { status: 'agreed', reason: `${new Set(values.map((v) => v.group)).size} independent sources report it without contradiction` };
}
