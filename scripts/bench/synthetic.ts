// Deterministic synthetic news reports for the benchmark: many invented events, each reported by
// several invented outlets on different days, with copies, rewrites, rising and conflicting
// tolls, quotes, relative dates and junk lines. Same (n, seed) -> same reports.
import type { RawDocument } from '../../src/core/index.ts';
import { expand } from './phrase.ts';
import type { Rng } from './phrase.ts';
import { EVENT_KINDS } from './synthetic-kinds.ts';
import type { EventKind } from './synthetic-kinds.ts';
import {
  CIVIC_OFFICIAL_QUOTE, CIVIC_QUOTE, CIVIC_ROLES, CREDIT, DISASTER_ROLES, EXPERT_QUOTE, MISSING, OFFICIAL_QUOTE, RIVAL_TOLL, TOLL, WITNESS_QUOTE,
} from './synthetic-roles.ts';
import {
  AGENCY_NAMES, COUNTRY_HEADS, COUNTRY_TAILS, FIRST_NAMES, JUNK_LINES, OUTLET_PATTERNS, PLACE_HEADS, PLACE_TAILS, REGION_KINDS,
  RELATED_LINES, REWRITE_SWAPS, SURNAME_HEADS, SURNAME_TAILS,
} from './synthetic-templates.ts';

export interface SyntheticReport {
  id: string;
  text: string;
  /** YYYY-MM-DD. */
  published: string;
  /** The invented event it reports: the ground truth for story grouping. */
  event: string;
  /** How the text came about: written fresh, copied with junk, or lightly rewritten from another report. */
  origin: 'original' | 'copy' | 'rewrite';
  /** For copies and rewrites, the id of the report they come from. */
  source: string | null;
}

/** mulberry32: tiny, fast, good enough for test data. */
function makeRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
const between = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SMALL = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const HOURS = ['midnight', '2 a.m.', '4.30 a.m.', '7 a.m.', '9.15 a.m.', 'noon', '3 p.m.', '5.40 p.m.', '8 p.m.', '10.30 p.m.'];
const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2019, 0, 1);
// Ends ten days before 2026 so that late reports of the last events still fall in 2025.
const SPAN_DAYS = 7 * 365 - 10;

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function numberWords(n: number): string {
  return n <= 10 ? SMALL[n] : String(n);
}

interface EventFacts {
  id: string;
  kind: EventKind;
  day: number; // ms at UTC midnight
  killed: number;
  injured: number;
  missing: number;
  /** Slot values every report of the event shares: names, places, the kind's facets. */
  slots: Record<string, string>;
  /** What an official said at the news conference: outlets that were there quote it word for word. */
  statement: string;
}

function personName(rng: Rng): string {
  return `${pick(rng, FIRST_NAMES)} ${pick(rng, SURNAME_HEADS)}${pick(rng, SURNAME_TAILS)}`;
}

const lastName = (full: string): string => full.slice(full.indexOf(' ') + 1);

function makeEvent(rng: Rng, index: number): EventFacts {
  const kind = EVENT_KINDS[Math.floor(rng() * EVENT_KINDS.length)];
  const place = `${pick(rng, PLACE_HEADS)}${pick(rng, PLACE_TAILS)}`;
  const official = personName(rng);
  const expert = personName(rng);
  const slots: Record<string, string> = {
    place,
    country: `${pick(rng, COUNTRY_HEADS)}${pick(rng, COUNTRY_TAILS)}`,
    region: `the ${pick(rng, PLACE_HEADS)}${pick(rng, PLACE_TAILS)} ${pick(rng, REGION_KINDS)}`,
    official,
    officialLast: lastName(official),
    role: pick(rng, kind.offices),
    expert,
    expertLast: lastName(expert),
    org: pick(rng, kind.orgs),
    hospital: `${place} ${pick(rng, ['General Hospital', 'University Hospital', 'District Hospital', 'Central Clinic'])}`,
    party: `${pick(rng, ['Civic', 'National', 'Democratic', 'People\'s', 'Green', 'Labour'])} ${pick(rng, ['Alliance', 'Front', 'Union', 'Movement', 'Party'])}`,
    dist: String(between(rng, 3, 180)),
    count: String(between(rng, 2, 90) * 10),
    mag: (between(rng, 45, 78) / 10).toFixed(1),
    // A river belongs to its region: named per event, not drawn from a list every country shares.
    river: `the ${pick(rng, PLACE_HEADS)}${pick(rng, ['a', 'en', 'ar', 'ista', 'une'])} river`,
    hour: pick(rng, HOURS),
    noun: kind.noun,
  };
  for (const [name, values] of Object.entries(kind.facets)) slots[name] = pick(rng, values);
  const statement = expand(pick(rng, kind.civic ? CIVIC_OFFICIAL_QUOTE : OFFICIAL_QUOTE), rng, slots);
  return {
    id: `ev${String(index).padStart(5, '0')}`,
    kind,
    day: FIRST_DAY + Math.floor(rng() * SPAN_DAYS) * DAY_MS,
    killed: between(rng, kind.killed[0], kind.killed[1]),
    injured: between(rng, kind.injured[0], kind.injured[1]),
    missing: between(rng, kind.missing[0], kind.missing[1]),
    slots,
    statement,
  };
}

/** How a report dated `published` refers to the event day: reporters write weekdays within a week. */
function relativeDay(eventDay: number, published: number): string {
  const diff = Math.round((published - eventDay) / DAY_MS);
  return diff === 1 ? 'yesterday' : 'on ' + WEEKDAYS[new Date(eventDay).getUTCDay()];
}

interface Outlet {
  name: string;
  junky: boolean;
  /** How much background the outlet adds around the facts: brief wire-style items to long reads. */
  wordy: number;
}

/** A sentence of the body and where it tends to sit: the kind's own facts early, background late. */
interface Placed {
  text: string;
  at: number;
}

/** Each role told with probability `p`, in one of its wordings, now and then a second one too. */
function tellRoles(rng: Rng, roles: readonly string[][], p: number, early: number, slots: Record<string, string>, out: Placed[]): void {
  for (const role of roles) {
    if (rng() >= p) continue;
    const first = Math.floor(rng() * role.length);
    out.push({ text: expand(role[first], rng, slots), at: early + rng() });
    if (role.length > 1 && rng() < 0.45) out.push({ text: expand(role[(first + 1) % role.length], rng, slots), at: early + rng() });
  }
}

/** Writes one fresh report of the event as known on day `published`: its own choice of facts, order and wording. */
function writeOriginal(rng: Rng, ev: EventFacts, outlet: Outlet, published: number, agency: string | null): string {
  const k = ev.kind;
  const delay = Math.round((published - ev.day) / DAY_MS);
  // Tolls rise as days pass.
  const share = Math.min(1, 0.55 + 0.2 * delay);
  const killed = Math.max(k.killed[0], Math.round(ev.killed * share));
  const injured = Math.max(k.injured[0], Math.round(ev.injured * share));
  const when = relativeDay(ev.day, published);
  const eventDate = new Date(ev.day);
  const witness = personName(rng);
  const slots: Record<string, string> = {
    ...ev.slots,
    killed: String(killed),
    injured: String(injured),
    missing: numberWords(ev.missing),
    seriously: numberWords(Math.min(10, Math.ceil(injured / 8))),
    other: String(killed + between(rng, 1, Math.max(2, Math.round(killed * 0.4)))),
    when,
    witness,
    witnessLast: lastName(witness),
    reporter: personName(rng),
    lastMonth: `in ${MONTHS[(eventDate.getUTCMonth() + 11) % 12]}`,
    nextDay: 'on ' + WEEKDAYS[(new Date(published).getUTCDay() + 1) % 7],
  };
  // Its own sentence after the toll's: expand trims, so the space goes here.
  slots.missingClause = ev.missing > 0 && rng() < 0.7 ? ' ' + expand(pick(rng, MISSING), rng, slots) : '';

  const parts: string[] = [];
  if (outlet.junky && rng() < 0.6) parts.push(pick(rng, JUNK_LINES));
  parts.push(expand(pick(rng, k.headlines), rng, slots));
  const d = new Date(published);
  parts.push(rng() < 0.5 ? isoDay(published) : `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`);
  let lede = expand(pick(rng, k.ledes), rng, slots);
  if (agency) lede = lede.replace(' — ', ` (${agency}) — `);
  parts.push(lede);

  const body: Placed[] = [];
  if (killed > 0 && rng() < 0.85) body.push({ text: expand(pick(rng, TOLL), rng, slots), at: rng() * 0.5 });
  tellRoles(rng, k.roles, 0.9, 0, slots, body);
  tellRoles(rng, k.civic ? CIVIC_ROLES : DISASTER_ROLES, (k.civic ? 0.8 : 0.65) * outlet.wordy, 0.4, slots, body);
  const quotes = (k.civic ? [CIVIC_OFFICIAL_QUOTE, CIVIC_QUOTE] : [OFFICIAL_QUOTE, EXPERT_QUOTE])[Math.floor(rng() * 2)];
  for (const q of k.quotes) if (rng() < 0.6) body.push({ text: expand(pick(rng, WITNESS_QUOTE), rng, { ...slots, q: expand(q, rng, slots) }), at: rng() * 1.4 });
  body.push({ text: rng() < 0.5 ? ev.statement : expand(pick(rng, quotes), rng, slots), at: 0.2 + rng() });
  if (killed > 0 && rng() < 0.35) body.push({ text: expand(pick(rng, RIVAL_TOLL), rng, slots), at: 0.3 + rng() });
  body.sort((x, y) => x.at - y.at);
  // Paragraphs of one or two sentences, as news sites set them.
  for (let i = 0; i < body.length; i++) {
    let para = body[i].text;
    if (i + 1 < body.length && rng() < 0.3) para += ' ' + body[++i].text;
    parts.push(para);
    if (outlet.junky && rng() < 0.15) parts.push(pick(rng, RELATED_LINES));
  }
  if (rng() < 0.3) parts.push(expand(pick(rng, CREDIT), rng, slots));
  if (outlet.junky) parts.push(pick(rng, JUNK_LINES), pick(rng, JUNK_LINES));
  return parts.join('\n\n');
}

function copyWithJunk(rng: Rng, text: string): string {
  const paras = text.split('\n\n');
  const out = [pick(rng, JUNK_LINES), ...paras.slice(0, -1)];
  out.splice(between(rng, 3, out.length - 1), 0, pick(rng, RELATED_LINES));
  out.push('Source link', pick(rng, JUNK_LINES));
  return out.join('\n\n');
}

/** A lazy rewrite: some words swapped, now and then a paragraph dropped, the rewriter's own date. */
function rewrite(rng: Rng, text: string, published: number): string {
  let out = text;
  for (const [re, to] of REWRITE_SWAPS) if (rng() < 0.6) out = out.replace(re, to);
  const paras = out.split('\n\n');
  // The rewriter stamps its own date on the second line (after the headline).
  paras[1] = isoDay(published);
  if (paras.length > 8 && rng() < 0.5) paras.splice(between(rng, 4, paras.length - 1), 1);
  return paras.join('\n\n');
}

/**
 * `n` synthetic reports from seeded templates: events spread over 2019–2025, each told by 2–6
 * outlets over up to four days, about a quarter of them copies or rewrites of another report.
 */
export function generateReports(n: number, seed = 1): SyntheticReport[] {
  const rng = makeRng(seed);
  const out: SyntheticReport[] = [];
  const outlets: Outlet[] = [];
  for (let i = 0; i < 40; i++) {
    const name = expand(pick(rng, OUTLET_PATTERNS), rng, { place: `${pick(rng, PLACE_HEADS)}${pick(rng, PLACE_TAILS)}`, country: `${pick(rng, COUNTRY_HEADS)}${pick(rng, COUNTRY_TAILS)}` });
    outlets.push({ name, junky: rng() < 0.3, wordy: pick(rng, [0.7, 1, 1.2, 1.4]) });
  }
  let eventIndex = 0;
  while (out.length < n) {
    const ev = makeEvent(rng, eventIndex++);
    const reports = Math.min(n - out.length, between(rng, 2, 6));
    const agency = rng() < 0.4 ? pick(rng, AGENCY_NAMES) : null;
    const mine: SyntheticReport[] = [];
    for (let r = 0; r < reports; r++) {
      const id = `syn-${String(out.length + mine.length).padStart(6, '0')}`;
      const roll = rng();
      const base = mine.length > 0 ? pick(rng, mine) : null;
      // A copy or rewrite can only appear once its source has.
      const earliest = base && roll < 0.27 ? Date.parse(base.published) : ev.day;
      const published = earliest + between(rng, 0, 2) * DAY_MS;
      let text: string;
      let origin: SyntheticReport['origin'] = 'original';
      if (base && roll < 0.15) {
        text = copyWithJunk(rng, base.text);
        origin = 'copy';
      } else if (base && roll < 0.27) {
        text = rewrite(rng, base.text, published);
        origin = 'rewrite';
      } else {
        text = writeOriginal(rng, ev, pick(rng, outlets), published, r === 0 ? agency : null);
      }
      mine.push({ id, text, published: isoDay(published), event: ev.id, origin, source: origin === 'original' ? null : base!.id });
    }
    out.push(...mine);
  }
  // Interleave events the way a crawl would see them, while keeping the result deterministic.
  for (let start = 0; start < out.length; start += 64) {
    const end = Math.min(out.length, start + 64);
    for (let i = end - 1; i > start; i--) {
      const j = start + Math.floor(rng() * (i - start + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
  }
  return out;
}

export function toRawDocument(r: Pick<SyntheticReport, 'id' | 'text' | 'published'>): RawDocument {
  return { id: r.id, source: r.id, format: 'text', raw: r.text, text: r.text, hints: { published: r.published }, flags: [], removed: [] };
}
