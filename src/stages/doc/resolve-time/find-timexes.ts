import type { DatePrecision, Sentence, TimeExpression } from '../../../core/index.ts';
import { sentenceIndexAt } from '../../../nlp/sentence-spans.ts';
import { TRIGGER_FORMS } from '../extract-events/patterns.ts';
import { parseNumber } from '../../../nlp/numbers.ts';
import type { Ymd } from './calendar.ts';
import {
  addDays, addMonths, formatDay, formatIsoWeek, formatMonth, formatQuarter, isValidDate, parseYmd, PRECISION_ORDER, weekday,
} from './calendar.ts';
import {
  ANCHOR_RE, ANNOUNCEMENT_RE, SINCE_BEFORE_RE, WOULD_BEFORE_RE, APPOSITION_GAP_RE, FIXED_HOLIDAYS, FORWARD_PREPOSITION_RE, FUTURE_CUE_RE, LONGER_PERIOD_RE, MONTHS, PARTS_OF_DAY, PAST_CUE_RE, QUARTERLY_DOC_RE, RULES, SEASONS, SMALL_NUMBERS, UNIT_CODES, VAGUE_AMOUNTS, WEEKDAYS,
} from './patterns.ts';

type TimexType = TimeExpression['timexType'];
type Tense = 'past' | 'future' | 'none';
const TENSE_CUES: readonly [RegExp, Tense][] = [
  [new RegExp(FUTURE_CUE_RE.source, 'gi'), 'future'],
  [new RegExp(PAST_CUE_RE.source, 'gi'), 'past'],
];

interface Candidate {
  kind: string;
  start: number;
  end: number;
  groups: (string | undefined)[];
}

interface Resolved {
  value: string;
  precision: DatePrecision;
  timexType: TimexType;
  basis: string;
}

interface Context {
  ref: Ymd | null;
  refText: string;
  tense: Tense;
  surface: string;
  /** The words of its sentence right before the expression ("mourning from "). */
  before: string;
  /** A "would" and its verb phrase stand right before it: see WOULD_BEFORE_RE. */
  reportedFuture: boolean;
  /** Its sentence announces a measure or a plan ("declared", "ordered", "will"): see ANNOUNCEMENT_RE. */
  announces: boolean;
  /** The sentence talks about quarters (results reporting): "a year earlier" then means that quarter a year before. */
  quarterly: boolean;
  /** The latest calendar date the text gave in this or the previous few sentences: "the following year" counts from it. */
  narrative: { ymd: Ymd; precision: DatePrecision; text: string } | null;
}

/**
 * How many sentences back an anaphoric "the following year" or "two days later" looks for the date it
 * counts from: a witness's quote of three sentences may stand between them (TimeBank values same at 3, 4 and 5).
 */
const NARRATIVE_REACH = 4;
const NARRATIVE_VALUE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The latest dated expression before the candidate, close enough to be what "the following month" refers to. */
function narrativeAnchor(found: readonly TimeExpression[], sentence: number): Context['narrative'] {
  for (let i = found.length - 1; i >= 0; i--) {
    const t = found[i]!;
    if (t.sentence < sentence - NARRATIVE_REACH) return null;
    const m = t.timexType === 'DATE' ? NARRATIVE_VALUE_RE.exec(t.value) : null;
    if (m) return { ymd: { y: +m[1]!, m: m[2] ? +m[2] : 1, d: m[3] ? +m[3] : 1 }, precision: m[3] ? 'day' : m[2] ? 'month' : 'year', text: t.text };
  }
  return null;
}

const QUARTER_RE = /\bquarter\b/i;

/** The latest completed quarter, a year before: what results reports compare with. */
function lastYearsQuarter(ref: Ymd, surface: string, from: string): Resolved {
  const idx = ref.y * 4 + Math.floor((ref.m - 1) / 3) - 1 - 4;
  return { value: formatQuarter(Math.floor(idx / 4), (idx % 4) + 1), precision: 'month', timexType: 'DATE', basis: `"${surface.trim()}": the same quarter a year earlier${from}` };
}

/** The last month of each season that lies within one calendar year (TimeML season codes). */
const SEASON_LAST_MONTH: Readonly<Record<string, number>> = { SP: 5, SU: 8, FA: 11 };

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * Finds time expressions in `text` and normalizes them (TimeML values) against `reference`
 * (YYYY-MM-DD). Without a reference, relative expressions get X placeholders ("XXXX-01-16") or are
 * left out when nothing of their value is known.
 */
export function findTimexes(text: string, sentences: readonly Sentence[], reference: string | null): TimeExpression[] {
  const ref = parseYmd(reference);
  const candidates = pickLongest(collect(text));
  const out: TimeExpression[] = [];
  const anchors: { c: Candidate; sentence: number }[] = [];
  const quarterlyDoc = QUARTERLY_DOC_RE.test(text);
  for (const c of candidates) {
    const sentence = sentenceIndexAt(sentences, c.start);
    if (c.kind === 'anchor') {
      anchors.push({ c, sentence });
      continue;
    }
    const surface = text.slice(c.start, c.end);
    const s = sentences[sentence];
    const sText = s ? text.slice(s.start, s.end) : '';
    const quarterly = (quarterlyDoc && !LONGER_PERIOD_RE.test(sText)) || QUARTER_RE.test(sText);
    const narrative = narrativeAnchor(out, sentence);
    const before = text.slice(Math.max(s ? s.start : 0, c.start - LEAD_WINDOW), c.start);
    const reportedFuture = WOULD_BEFORE_RE.test(text.slice(Math.max(s ? s.start : 0, c.start - WOULD_WINDOW), c.start));
    const ctx: Context = { ref, refText: reference ?? '', tense: tenseAround(text, s, c), surface, before, reportedFuture, announces: ANNOUNCEMENT_RE.test(sText), quarterly, narrative };
    const r = resolve(c, ctx);
    if (!r) continue;
    out.push({ start: c.start, end: c.end, text: surface, ...r, sentence });
  }
  for (const { c, sentence } of anchors) {
    const r = resolveAnchor(c, sentence, out, text) ?? resolveAnchorAcross(c, sentence, out, text, sentences);
    if (r) out.push({ start: c.start, end: c.end, text: text.slice(c.start, c.end), ...r, sentence });
  }
  out.sort((a, b) => a.start - b.start);
  return mergeClockAndDay(out, text);
}

const CLOCK_VALUE_RE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})$/;
const DAY_VALUE_RE = /^\d{4}-\d{2}-\d{2}$/;
const CLOCK_DAY_GAP_RE = /^\s*(?:[A-Z]{2,4}\s+)?(?:on\s+)?$/;

/** "10 p.m. Wednesday", "noon on Thursday": one time on that day, not a clock time on the reference date. */
function mergeClockAndDay(found: TimeExpression[], text: string): TimeExpression[] {
  const out: TimeExpression[] = [];
  for (let i = 0; i < found.length; i++) {
    const t = found[i]!;
    const next = found[i + 1];
    const clock = t.timexType === 'TIME' ? CLOCK_VALUE_RE.exec(t.value) : null;
    if (clock && next && next.timexType === 'DATE' && DAY_VALUE_RE.test(next.value) && CLOCK_DAY_GAP_RE.test(text.slice(t.end, next.start))) {
      out.push({ ...next, start: t.start, text: text.slice(t.start, next.end), value: next.value + clock[1]!, timexType: 'TIME', basis: `${t.text.trim()} on ${next.basis}` });
      i++;
      continue;
    }
    out.push(t);
  }
  return out;
}

/** How far back a rule's lead words may reach. */
const LEAD_WINDOW = 32;
/** How far before a weekday its "would" and verb phrase are looked for ("would tour the flooded district on"). */
const WOULD_WINDOW = 64;
const noGroups = new Map<RegExp, undefined[]>();
function leadGroupsNone(lead: RegExp): undefined[] {
  let g = noGroups.get(lead);
  if (!g) {
    g = new Array<undefined>(new RegExp(`${lead.source}|`).exec('')!.length - 1).fill(undefined);
    noGroups.set(lead, g);
  }
  return g;
}

function collect(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(text))) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      let start = m.index;
      let groups: (string | undefined)[] = m.slice(1);
      if (rule.lead) {
        const l = rule.lead.exec(text.slice(Math.max(0, start - LEAD_WINDOW), start));
        if (rule.needLead && !(l && l[0].length > 0)) continue;
        if (l && l[0].length > 0) start -= l[0].length;
        groups = [...(l ? l.slice(1) : leadGroupsNone(rule.lead)), ...groups];
      }
      found.push({ kind: rule.kind, start, end: m.index + m[0].length, groups });
    }
  }
  ANCHOR_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ANCHOR_RE.exec(text))) {
    found.push({ kind: 'anchor', start: m.index, end: m.index + m[0].length, groups: m.slice(1) });
  }
  return found;
}

/** Keeps non-overlapping candidates, the longest first (ties: the earlier rule, then the earlier start). */
function pickLongest(found: Candidate[]): Candidate[] {
  const order = found.map((c, i) => ({ c, i }));
  order.sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.i - b.i);
  const taken: Candidate[] = [];
  for (const { c } of order) {
    let clash = false;
    for (const t of taken) {
      if (c.start < t.end && t.start < c.end) {
        clash = true;
        break;
      }
    }
    if (!clash) taken.push(c);
  }
  taken.sort((a, b) => a.start - b.start);
  return taken;
}

function tenseAround(text: string, sentence: Sentence | undefined, c: Candidate): Tense {
  const from = Math.max(sentence ? sentence.start : 0, c.start - 60);
  const to = Math.min(sentence ? sentence.end : text.length, c.end + 40);
  // The cue nearest the expression decides: "will rest with the council, she warned on Wednesday" is past.
  const before = text.slice(from, c.start);
  const after = text.slice(c.end, to);
  let best: Tense = 'none';
  let bestDist = Infinity;
  for (const [re, tense] of TENSE_CUES) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(before))) {
      const dist = before.length - m.index - m[0].length;
      if (dist < bestDist) {
        bestDist = dist;
        best = tense;
      }
    }
    re.lastIndex = 0;
    m = re.exec(after);
    if (m && m.index + 2 < bestDist) {
      bestDist = m.index + 2;
      best = tense;
    }
  }
  return best;
}

const day = (d: Ymd, basis: string): Resolved => ({ value: formatDay(d), precision: 'day', timexType: 'DATE', basis });

function year2(y: string): number {
  if (y.startsWith("'")) y = y.slice(1);
  const n = Number(y);
  if (y.length === 2) return n >= 50 ? 1900 + n : 2000 + n;
  return n;
}

/** The year for a month (and day) given without one: nearest to the reference, tense breaking ties. */
function pickYear(ref: Ymd, month: number, dayOfMonth: number, tense: Tense): number {
  const candidates = [ref.y - 1, ref.y, ref.y + 1];
  let best = ref.y;
  let bestCost = Infinity;
  for (const y of candidates) {
    const diff = (y - ref.y) * 372 + (month - ref.m) * 31 + (dayOfMonth - ref.d);
    let cost = Math.abs(diff);
    // Past tense pushes away from the future and vice versa, but only beyond about two months: a
    // date a few weeks ahead in a past-tense sentence is mostly an upcoming one ("payable Dec. 15",
    // "talks set for Jan. 14"), not one nearly a year back. (Measured on TimeBank: 0.765 → 0.776 F1.)
    if (tense === 'past' && diff > 62) cost += 400;
    if (tense === 'future' && diff < -3) cost += 400;
    if (cost < bestCost) {
      bestCost = cost;
      best = y;
    }
  }
  return best;
}

function resolve(c: Candidate, ctx: Context): Resolved | null {
  const g = c.groups;
  const { ref } = ctx;
  const from = ctx.refText ? ` from the reference date ${ctx.refText}` : '';
  switch (c.kind) {
    case 'iso': {
      const y = Number(g[0]), m = Number(g[1]), d = Number(g[2]);
      if (!isValidDate(y, m, d)) return null;
      if (g[3]) return { value: `${g[0]}-${g[1]}-${g[2]}T${g[3]}:${g[4]}`, precision: 'day', timexType: 'TIME', basis: 'explicit date and time' };
      return day({ y, m, d }, 'explicit date');
    }
    case 'numeric': {
      let m = Number(g[0]), d = Number(g[1]);
      const y = year2(g[2]!);
      if (m > 12) [m, d] = [d, m];
      if (!isValidDate(y, m, d)) return null;
      return day({ y, m, d }, 'explicit numeric date (month first)');
    }
    case 'day-month':
    case 'month-day': {
      const d = Number(c.kind === 'day-month' ? g[0] : g[1]);
      const m = MONTHS[(c.kind === 'day-month' ? g[1] : g[0])!.toLowerCase().replace('.', '')]!;
      const yText = g[2];
      if (yText) {
        const y = year2(yText);
        if (!isValidDate(y, m, d)) return null;
        return day({ y, m, d }, 'explicit date');
      }
      if (!ref) return isValidDate(2000, m, d) ? { value: `XXXX-${formatMonth(0, m).slice(5)}-${String(d).padStart(2, '0')}`, precision: 'day', timexType: 'DATE', basis: 'day and month without a year or reference date' } : null;
      const y = pickYear(ref, m, d, ctx.tense);
      if (!isValidDate(y, m, d)) return null;
      return day({ y, m, d }, `day and month, year ${y} the nearest${from}`);
    }
    case 'month': {
      const mod = g[0]?.toLowerCase();
      const m = MONTHS[g[1]!.toLowerCase().replace('.', '')]!;
      if (g[2]) return { value: formatMonth(Number(g[2]), m), precision: 'month', timexType: 'DATE', basis: 'explicit month and year' };
      if (g[3] && ref) {
        // "June last year", "in March next year".
        const rel = g[3].toLowerCase();
        const y = ref.y + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
        return { value: formatMonth(y, m), precision: 'month', timexType: 'DATE', basis: `month of ${rel} year${from}` };
      }
      // A lone capitalized "May" is too often the verb; only take it with a modifier or a preposition.
      if (!mod && /^may$/i.test(g[1]!) && !/\b(?:in|of|since|until|by|from|during)\s+$/i.test(ctx.surface)) return null;
      if (!ref) return { value: `XXXX-${String(m).padStart(2, '0')}`, precision: 'month', timexType: 'DATE', basis: 'month without a year or reference date' };
      let y: number;
      if (mod === 'last') y = m < ref.m ? ref.y : ref.y - 1;
      else if (mod === 'next') y = m > ref.m ? ref.y : ref.y + 1;
      else if (mod === 'this' || mod === 'earlier this' || mod === 'later this') y = ref.y;
      else y = pickYear(ref, m, 15, ctx.tense === 'none' ? 'none' : ctx.tense);
      return { value: formatMonth(y, m), precision: 'month', timexType: 'DATE', basis: `month name, year ${y}${from}` };
    }
    case 'decade': {
      const digits = g[1] ?? (ref && g[2] ? String(Math.floor(ref.y / 100)) + g[2] : null);
      if (!digits) return null;
      // TimeML writes a decade as its first three digits ("the 1960s" → 196), as TimeBank annotates it.
      return { value: digits, precision: 'decade', timexType: 'DATE', basis: 'decade' };
    }
    case 'year': {
      return { value: g[0]!, precision: 'year', timexType: 'DATE', basis: 'explicit year' };
    }
    case 'weekday':
      return resolveWeekday(g, ctx);
    case 'deictic':
      return resolveDeictic(g[0]!.toLowerCase(), ctx);
    case 'relative-unit':
      return resolveRelativeUnit(g, ctx);
    case 'ago':
      return resolveAgo(g, ctx);
    case 'adjacent-day': {
      // Counted from the day the story last gave (in this or the few sentences before), else from the reference.
      const which = (g[0] ?? g[3]!).toLowerCase();
      const base = ctx.narrative && ctx.narrative.precision === 'day' ? ctx.narrative : ref ? { ymd: ref, text: ctx.refText } : null;
      if (!base) return null;
      const shift = which === 'previous' || which === 'before' ? -1 : 1;
      return day(addDays(base.ymd, shift), `"${ctx.surface.trim()}" next to "${base.text}"`);
    }
    case 'year-earlier': {
      if (!ref) return null;
      const unit = g[0]!.toLowerCase();
      if (unit === 'year' && (g[2] || ctx.quarterly)) return lastYearsQuarter(ref, ctx.surface, from);
      return shiftByUnit(ref, unit, -1, `${ctx.surface.trim()}${from}`);
    }
    case 'duration':
      return resolveDuration(g, ctx);
    case 'set': {
      const w = g[0]!.toLowerCase();
      if (/hour/.test(w)) return { value: 'PT1H', precision: 'day', timexType: 'SET', basis: 'recurring' };
      const code = /day|daily/.test(w) ? 'D' : /week/.test(w) ? 'W' : /month/.test(w) ? 'M' : /quarter/.test(w) ? 'Q' : 'Y';
      return { value: `P1${code}`, precision: 'day', timexType: 'SET', basis: 'recurring' };
    }
    case 'spelled-year': {
      if (g[2]) return { value: '2000', precision: 'year', timexType: 'DATE', basis: 'year in words' };
      const tens = parseNumber(g[0]!.toLowerCase())!;
      const y = 1900 + tens + (g[1] ? parseNumber(g[1].toLowerCase())! : 0);
      return { value: String(y), precision: 'year', timexType: 'DATE', basis: 'year in words' };
    }
    case 'holiday':
      return resolveHoliday(g, ctx);
    case 'vague-span': {
      const which = g[0]!.toLowerCase();
      const unit = singularUnit(g[1]!);
      const code = unit === 'quarter' ? 'Q' : UNIT_CODES[unit];
      if (!code) return null;
      // "coming months" is written as a future reference, the others as spans of unknown length.
      if (which === 'coming' && unit === 'month') return { value: 'FUTURE_REF', precision: 'month', timexType: 'DATE', basis: 'vague future' };
      return { value: `PX${code}`, precision: precisionOfUnit(unit), timexType: 'DURATION', basis: 'an unspecified number of units' };
    }
    case 'quarter-year-ago':
      return ref ? lastYearsQuarter(ref, ctx.surface, from) : null;
    case 'the-quarter': {
      if (!ref) return null;
      return shiftByUnit(ref, 'quarter', -1, `the latest completed quarter${from}`);
    }
    case 'quarter': {
      if (!ref) return null;
      const which = g[0]!.toLowerCase();
      const isHalf = g[1]!.toLowerCase() === 'half';
      const curQ = Math.ceil(ref.m / 3);
      const ordinal: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };
      if (isHalf) {
        const h = which === 'last' ? 2 : ordinal[which];
        if (g[2] && h && h <= 2) return { value: `${g[2]}-H${h}`, precision: 'month', timexType: 'DATE', basis: 'explicit half year' };
        if (!h || h > 2) return null;
        return { value: `${ref.y}-H${h}`, precision: 'month', timexType: 'DATE', basis: `half year${from}` };
      }
      let q = ordinal[which];
      let y = ref.y;
      if (g[2]) {
        if (isHalf) return null;
        if (which === 'last') q = 4;
        if (!q) return null;
        return { value: formatQuarter(Number(g[2]), q), precision: 'month', timexType: 'DATE', basis: 'explicit quarter and year' };
      }
      if (which === 'last') return null;
      if (!q) {
        if (which === 'fiscal') return null;
        q = which === 'latest' ? curQ - 1 : curQ;
        if (q === 0) {
          q = 4;
          y--;
        }
      } else if (q > curQ && ctx.tense === 'past') y--;
      return { value: formatQuarter(y, q), precision: 'month', timexType: 'DATE', basis: `quarter${from}` };
    }
    case 'the-year': {
      // "the year ended March 31": a twelve-month span, not a calendar year.
      if (g[0]) return { value: 'P1Y', precision: 'year', timexType: 'DURATION', basis: 'a year-long period' };
      if (!ref) return null;
      return { value: String(ref.y), precision: 'year', timexType: 'DATE', basis: `the year of the reference date ${ctx.refText}` };
    }
    case 'relative-year-quarter': {
      if (!ref) return null;
      const rel = g[0]!.toLowerCase();
      const y = ref.y + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
      const n = ({ first: 1, second: 2, third: 3, fourth: 4 } as Record<string, number>)[g[1]!.toLowerCase()]!;
      if (g[2]!.toLowerCase() === 'half') return n <= 2 ? { value: `${y}-H${n}`, precision: 'month', timexType: 'DATE', basis: `half of ${rel} year${from}` } : null;
      return { value: formatQuarter(y, n), precision: 'month', timexType: 'DATE', basis: `quarter of ${rel} year${from}` };
    }
    case 'year-quarter': {
      const y = Number(g[0]);
      const unit = g[2]!.toLowerCase();
      const ord: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };
      if (unit === 'half') return g[1] && ord[g[1].toLowerCase()]! <= 2 ? { value: `${y}-H${ord[g[1].toLowerCase()]!}`, precision: 'month', timexType: 'DATE', basis: 'explicit half year' } : null;
      let q = g[1] ? ord[g[1].toLowerCase()]! : 0;
      if (!q) {
        // "the 1988 quarter": the quarter being reported, the latest completed one.
        if (!ref) return null;
        q = Math.ceil(ref.m / 3) - 1 || 4;
      }
      return { value: formatQuarter(y, q), precision: 'month', timexType: 'DATE', basis: `quarter of ${y}` };
    }
    case 'season': {
      const s = SEASONS[g[0]!.toLowerCase()]!;
      const lead = ctx.surface.toLowerCase();
      if (g[1]) return { value: `${g[1]}-${s}`, precision: 'month', timexType: 'DATE', basis: 'explicit season' };
      if (!ref) return null;
      const y = lead.startsWith('last') ? ref.y - 1 : lead.startsWith('next') ? ref.y + 1 : ref.y;
      if (!/^(this|last|next|the)\b/.test(lead)) return null;
      return { value: `${y}-${s}`, precision: 'month', timexType: 'DATE', basis: `season${from}` };
    }
    case 'clock': {
      if (!ref) return null;
      let h: number;
      let min = 0;
      if (g[3]) h = g[3].toLowerCase() === 'midnight' ? 24 : 12;
      else {
        h = Number(g[0]);
        min = g[1] ? Number(g[1]) : 0;
        if (h > 12 || min > 59) return null;
        const pm = g[2]!.toLowerCase().startsWith('p');
        if (pm && h < 12) h += 12;
        if (!pm && h === 12) h = 0;
      }
      const hh = String(h).padStart(2, '0');
      const mm = String(min).padStart(2, '0');
      return { value: `${formatDay(ref)}T${hh}:${mm}`, precision: 'day', timexType: 'TIME', basis: `clock time on the reference date ${ctx.refText}` };
    }
    case 'ref': {
      const w = g[0]!.toLowerCase();
      if (w === 'the weekend') {
        if (!ref) return null;
        const back = ctx.tense === 'future' ? 0 : weekday(ref) === 6 || weekday(ref) === 0 ? 0 : -7;
        return { value: `${formatIsoWeek(addDays(ref, back))}-WE`, precision: 'week', timexType: 'DATE', basis: `the weekend${from}` };
      }
      const value = /^(now|currently|current|nowadays|at present|the present|these days)$/.test(w)
        ? 'PRESENT_REF'
        : /future|term/.test(w)
          ? 'FUTURE_REF'
          : 'PAST_REF';
      return { value, precision: 'day', timexType: 'DATE', basis: 'reference to the present, past or future' };
    }
    default:
      return null;
  }
}

function resolveWeekday(g: (string | undefined)[], ctx: Context): Resolved | null {
  const mod = g[0]?.toLowerCase();
  const name = g[1]!.toLowerCase().replace('.', '');
  const wd = WEEKDAYS[name]!;
  const { ref } = ctx;
  if (!ref) return null;
  const refWd = weekday(ref);
  // "mourning from Tuesday", "closed until Friday" in an announcement: the measure runs from or to the coming day.
  const announced = !mod && ctx.announces && FORWARD_PREPOSITION_RE.test(ctx.before);
  // "closed since Friday" counts from a day gone by, whatever tense the rest of the sentence is in;
  // "said she would tour the district on Friday" looks ahead from the saying, as "will" does.
  const since = mod !== 'next' && mod !== 'coming' && SINCE_BEFORE_RE.test(ctx.before);
  const forward = !since && (mod === 'next' || mod === 'coming' || announced || (!mod && ctx.reportedFuture) || (ctx.tense === 'future' && mod !== 'last' && mod !== 'past'));
  let delta: number;
  let how: string;
  if (forward) {
    delta = (wd - refWd + 7) % 7;
    if (delta === 0 && mod === 'next') delta = 7;
    how = delta === 0 ? 'the same day' : 'the coming one';
  } else {
    // News reports past events: a bare weekday is the latest one on or before the article's date.
    delta = -((refWd - wd + 7) % 7);
    if (delta === 0 && (mod === 'last' || mod === 'past')) delta = -7;
    how = delta === 0 ? 'the same day' : 'the previous one';
  }
  const d = addDays(ref, delta);
  // "Friday night" is annotated as the day more often than as TNI; morning, afternoon, evening get their code.
  const part = g[2]?.toLowerCase();
  return withPartOfDay(day(d, `${WEEKDAY_NAMES[wd]} (${how}) from the reference date ${ctx.refText}`), part && part !== 'night' ? PARTS_OF_DAY[part] : undefined);
}

/** 4th Thursday of November. */
function thanksgiving(y: number): Ymd {
  const nov1 = { y, m: 11, d: 1 };
  return addDays(nov1, ((4 - weekday(nov1) + 7) % 7) + 21);
}

function resolveHoliday(g: (string | undefined)[], ctx: Context): Resolved | null {
  const mod = g[0]?.toLowerCase();
  const name = g[1]!.toLowerCase().replace('\u2019', "'");
  const { ref } = ctx;
  if (!ref) return null;
  const dateIn = (y: number): Ymd => {
    if (name.startsWith('thanksgiving')) return thanksgiving(y);
    const [m, d] = FIXED_HOLIDAYS[name]!;
    return { y, m, d };
  };
  // The nearest occurrence, "last"/"next" forcing the direction.
  const here = dateIn(ref.y);
  const diff = (here.m - ref.m) * 31 + here.d - ref.d;
  let y = ref.y;
  if (mod === 'last' ? diff >= 0 : mod === 'next' ? false : diff > 183 || (diff > 0 && ctx.tense === 'past' && diff > 62)) y--;
  if (mod === 'next' ? diff <= 0 : mod !== 'last' && diff < -183) y++;
  return day(dateIn(y), `${g[1]} in ${y}, from the reference date ${ctx.refText}`);
}

function resolveDeictic(w: string, ctx: Context): Resolved | null {
  const { ref } = ctx;
  if (!ref) return null;
  // "today's" is nearly always "current" ("today's markets"), not a date.
  if (w === 'today' && /['\u2019]s$/.test(ctx.surface)) return null;
  let delta = 0;
  if (w.startsWith('yesterday') || w === 'last night') delta = -1;
  else if (w.startsWith('tomorrow')) delta = 1;
  const d = day(addDays(ref, delta), `"${w}" from the reference date ${ctx.refText}`);
  return withPartOfDay(d, PARTS_OF_DAY[w] ?? PARTS_OF_DAY[w.split(' ').pop()!]);
}

/** "Tuesday night", "this morning": the day with TimeML's part-of-day code (a TIME). */
function withPartOfDay(d: Resolved, code: string | undefined): Resolved {
  return code ? { ...d, value: `${d.value}T${code}`, timexType: 'TIME' } : d;
}

function shiftByUnit(ref: Ymd, unit: string, n: number, basis: string): Resolved | null {
  switch (unit) {
    case 'day':
      return day(addDays(ref, n), basis);
    case 'week':
    case 'weekend': {
      const w = formatIsoWeek(addDays(ref, 7 * n));
      return { value: unit === 'weekend' ? `${w}-WE` : w, precision: 'week', timexType: 'DATE', basis };
    }
    case 'fortnight':
      return { value: formatIsoWeek(addDays(ref, 14 * n)), precision: 'week', timexType: 'DATE', basis };
    case 'month': {
      const m = addMonths(ref, n);
      return { value: formatMonth(m.y, m.m), precision: 'month', timexType: 'DATE', basis };
    }
    case 'quarter': {
      const idx = ref.y * 4 + Math.floor((ref.m - 1) / 3) + n;
      return { value: formatQuarter(Math.floor(idx / 4), (idx % 4) + 1), precision: 'month', timexType: 'DATE', basis };
    }
    case 'year':
    case 'fiscal year':
      return { value: String(ref.y + n), precision: 'year', timexType: 'DATE', basis };
    case 'decade':
      return { value: String(Math.floor(ref.y / 10) + n), precision: 'decade', timexType: 'DATE', basis };
    case 'century':
      return { value: String(Math.floor(ref.y / 100) + n), precision: 'decade', timexType: 'DATE', basis };
    default: {
      const s = SEASONS[unit];
      // "Last spring" is the latest spring that has ended: in September this year's (its last month is
      // past), in April last year's. Winter straddles two years and keeps the year before.
      const ended = n === -1 && SEASON_LAST_MONTH[s ?? ''] !== undefined && ref.m > SEASON_LAST_MONTH[s!]!;
      if (s) return { value: `${ref.y + (ended ? 0 : n)}-${s}`, precision: 'month', timexType: 'DATE', basis };
      return null;
    }
  }
}

function resolveRelativeUnit(g: (string | undefined)[], ctx: Context): Resolved | null {
  const { ref } = ctx;
  const which = g[1]!.toLowerCase();
  const unit = g[2]!.toLowerCase();
  if (which === 'past' && unit !== 'weekend' && unit !== 'year') {
    // "the past month" is a stretch of time, not a calendar month ("the past year" is annotated as last year).
    const code = UNIT_CODES[unit];
    if (!code) return null;
    if (unit === 'decade' || unit === 'century') return { value: `P${unit === 'decade' ? 10 : 100}Y`, precision: 'decade', timexType: 'DURATION', basis: 'duration' };
    const t = code === 'H' || code === 'S' ? 'PT' : 'P';
    return { value: `${t}1${code}`, precision: precisionOfUnit(unit), timexType: 'DURATION', basis: 'duration' };
  }
  if (which === 'past' && unit === 'year' && ref) return shiftByUnit(ref, 'year', -1, `"${ctx.surface.trim()}" from the reference date ${ctx.refText}`);
  // "The following year", "the same month" never count from today: they continue the story's own
  // chronology, from the date the text last gave, when that date is at least as precise as the unit.
  const anchor = ctx.narrative;
  if ((which === 'following' || which === 'same') && anchor && PRECISION_ORDER[anchor.precision] <= PRECISION_ORDER[precisionOfUnit(unit)]) {
    return shiftByUnit(anchor.ymd, unit, which === 'following' ? 1 : 0, `"${ctx.surface.trim()}" after "${anchor.text}" earlier in the text`);
  }
  if (!ref) return null;
  const n = which === 'last' || which === 'previous' || which === 'prior' || which === 'latest'
    ? -1
    : which === 'next' || which === 'coming' || which === 'following'
      ? 1
      : 0;
  if (unit === 'weekend' && n === -1) {
    // The weekend just gone, in whichever ISO week it fell.
    const back = weekday(ref) === 0 ? -7 : -weekday(ref) - 1;
    return { value: `${formatIsoWeek(addDays(ref, back))}-WE`, precision: 'week', timexType: 'DATE', basis: `last weekend from the reference date ${ctx.refText}` };
  }
  return shiftByUnit(ref, unit, n, `"${ctx.surface.trim()}" from the reference date ${ctx.refText}`);
}

function countOf(word: string): number | null {
  const w = word.toLowerCase();
  if (w === 'a' || w === 'an') return 1;
  if (/\bcouple\b/.test(w)) return 2;
  return parseNumber(w);
}

function singularUnit(u: string): string {
  const w = u.toLowerCase();
  if (w === 'centuries') return 'century';
  return w.endsWith('s') ? w.slice(0, -1) : w;
}

function precisionOfUnit(unit: string): DatePrecision {
  if (unit.startsWith('week') || unit === 'fortnight' || unit === 'weekend') return 'week';
  if (unit.startsWith('month') || unit === 'quarter') return 'month';
  if (unit.startsWith('year')) return 'year';
  if (unit.startsWith('decade') || unit.startsWith('centur')) return 'decade';
  return 'day';
}

function resolveAgo(g: (string | undefined)[], ctx: Context): Resolved | null {
  const amount = g[0]!;
  const unit = singularUnit(g[1]!);
  const dir = g[2]!.toLowerCase();
  if (dir === 'since') return null;
  const n = countOf(amount);
  const sign = dir === 'ago' || dir === 'earlier' || dir === 'before' ? -1 : 1;
  if (n === null || VAGUE_AMOUNTS.has(amount.toLowerCase())) {
    return { value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF', precision: precisionOfUnit(unit), timexType: 'DATE', basis: 'vague distance in time' };
  }
  if (!ctx.ref) return null;
  if (unit === 'year' && n === 1 && ctx.quarterly) return lastYearsQuarter(ctx.ref, ctx.surface, '');
  // "Two days later" continues the story's chronology from the day it last gave; "two days ago" counts from today.
  // "35 minutes later" counts from a time of day the story gave, often a clock time whose day is not known: no date.
  const told = ctx.narrative && ctx.narrative.precision === 'day' ? ctx.narrative : null;
  const anaphoric = dir === 'later' || dir === 'earlier';
  if (unit === 'hour' || unit === 'minute' || unit === 'second') return anaphoric ? null : day(ctx.ref, `hours ago: the reference date ${ctx.refText}`);
  const basis = `"${ctx.surface.trim()}" from the reference date ${ctx.refText}`;
  if (unit === 'day' && anaphoric && told) {
    return day(addDays(told.ymd, sign * n), `"${ctx.surface.trim()}" after "${told.text}" earlier in the text`);
  }
  if (unit === 'day') return day(addDays(ctx.ref, sign * n), basis);
  if (unit === 'week') return shiftByUnit(ctx.ref, 'week', sign * n, basis);
  if (unit === 'month') return shiftByUnit(ctx.ref, 'month', sign * Math.round(n), basis);
  if (unit === 'year') return shiftByUnit(ctx.ref, 'year', sign * Math.round(n), basis);
  if (unit === 'decade') return shiftByUnit(ctx.ref, 'year', sign * 10 * n, basis);
  return null;
}

function resolveDuration(g: (string | undefined)[], ctx: Context): Resolved | null {
  const amount = g[1]!;
  const unit = singularUnit(g[2]!);
  const code = UNIT_CODES[unit];
  if (!code) return null;
  const a = amount.toLowerCase();
  let count: string;
  if (VAGUE_AMOUNTS.has(a) || /few|several|many|some|recent/.test(a)) count = 'X';
  else {
    const n = countOf(a);
    if (n === null) return null;
    count = String(n);
  }
  // A bare "a day" or "one week" is rarely worth a timex unless it is clearly a span.
  if ((a === 'a' || a === 'an') && !g[0] && !/^(the|a|an)\s/i.test(ctx.surface)) return null;
  // "a second group": the ordinal, not a second of time.
  if ((a === 'a' || a === 'one') && unit === 'second') return null;
  // TimeML writes decades and centuries as years ("two decades" → P20Y).
  if ((unit === 'decade' || unit === 'century') && count !== 'X') {
    return { value: `P${Number(count) * (unit === 'decade' ? 10 : 100)}Y`, precision: 'decade', timexType: 'DURATION', basis: 'duration' };
  }
  const t = unit === 'hour' || unit === 'minute' || unit === 'second' ? 'PT' : 'P';
  return { value: `${t}${count}${code}`, precision: precisionOfUnit(unit), timexType: 'DURATION', basis: 'duration' };
}

const WORD_RE = /[A-Za-z][A-Za-z-]*/g;
/** How many sentences back "a day after the strike" looks for the strike's date. */
const ANCHOR_LOOKBACK = 12;

function triggerLemmaOf(word: string): string | undefined {
  return TRIGGER_FORMS.get(word.toLowerCase())?.lemma;
}

/**
 * "A day after the strike, ...": the strike was dated in an earlier sentence ("Jets struck the camp on
 * Tuesday"). The event word is read from the next few words; the latest earlier sentence that names
 * the same event (any form of its lemma) and has a calendar day dates the anchor.
 */
function resolveAnchorAcross(c: Candidate, sentence: number, found: readonly TimeExpression[], text: string, sentences: readonly Sentence[]): Resolved | null {
  const n = SMALL_NUMBERS[c.groups[0]!.toLowerCase()] ?? Number(c.groups[0]);
  if (!Number.isFinite(n) || !/^(after|before)/i.test(c.groups[2]!)) return null;
  const after = text.slice(c.end, c.end + 50);
  let lemma: string | undefined;
  let words = 0;
  WORD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (!lemma && words++ < 4 && (m = WORD_RE.exec(after))) lemma = triggerLemmaOf(m[0]);
  if (!lemma) return null;
  for (let si = sentence - 1; si >= 0 && si >= sentence - ANCHOR_LOOKBACK; si--) {
    const dated = found.find((t) => t.sentence === si && t.precision === 'day' && /^\d{4}-\d{2}-\d{2}$/.test(t.value));
    if (!dated) continue;
    const st = text.slice(sentences[si]!.start, sentences[si]!.end);
    WORD_RE.lastIndex = 0;
    let named = false;
    while (!named && (m = WORD_RE.exec(st))) named = triggerLemmaOf(m[0]) === lemma;
    if (!named) continue;
    const unitDays = c.groups[1]!.toLowerCase().startsWith('week') ? 7 : 1;
    const sign = /^after/i.test(c.groups[2]!) ? 1 : -1;
    return day(addDays(parseYmd(dated.value)!, sign * n * unitDays), `${text.slice(c.start, c.end)} the ${lemma} dated ${dated.text} (${dated.value}) in an earlier sentence`);
  }
  return null;
}

/**
 * "a day after Tuesday's strike": the anchor date follows. "X came a day after Y": the anchor
 * precedes, and the expression dates Y, which comes before X.
 */
function resolveAnchor(c: Candidate, sentence: number, found: readonly TimeExpression[], text: string): Resolved | null {
  const n = SMALL_NUMBERS[c.groups[0]!.toLowerCase()] ?? Number(c.groups[0]);
  if (!Number.isFinite(n)) return null;
  const unitDays = c.groups[1]!.toLowerCase().startsWith('week') ? 7 : 1;
  const after = /^(after|later)/i.test(c.groups[2]!);
  const sameSentence = found.filter((t) => t.sentence === sentence && t.precision === 'day' && /^\d{4}-\d{2}-\d{2}$/.test(t.value));
  const following = sameSentence.find((t) => t.start >= c.end && t.start - c.end <= 25);
  if (following) {
    const d = addDays(parseYmd(following.value)!, (after ? 1 : -1) * n * unitDays);
    return day(d, `${text.slice(c.start, c.end)} ${following.text} (${following.value})`);
  }
  const preceding = [...sameSentence].reverse().find((t) => t.end <= c.start);
  // "On Monday, two days after the quake, ...": set off by a comma the phrase restates that day.
  if (preceding && APPOSITION_GAP_RE.test(text.slice(preceding.end, c.start))) {
    return day(parseYmd(preceding.value)!, `${text.slice(c.start, c.end)}... restates ${preceding.text} (${preceding.value})`);
  }
  if (preceding) {
    const d = addDays(parseYmd(preceding.value)!, (after ? -1 : 1) * n * unitDays);
    return day(d, `what came ${text.slice(c.start, c.end).toLowerCase()}... is dated from ${preceding.text} (${preceding.value})`);
  }
  return null;
}
