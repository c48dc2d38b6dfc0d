// Deterministic synthetic news reports for the benchmark: many invented events, each reported by
// several invented outlets on different days, with copies, rewrites, rising and conflicting
// tolls, quotes, relative dates and junk lines. Same (n, seed) -> same reports.
import type { RawDocument } from '../../src/core/index.ts';
import {
  AGENCY_NAMES, CIVIC_BODY, CIVIC_QUOTES, COUNTRY_HEADS, COUNTRY_TAILS, EVENT_TEMPLATES, FIRST_NAMES, JUNK_LINES, OUTLET_PATTERNS,
  PLACE_HEADS, PLACE_TAILS, REGION_KINDS, RELATED_LINES, REWRITE_SWAPS, SHARED_BODY, SHARED_QUOTES,
  SURNAME_HEADS, SURNAME_TAILS,
} from './synthetic-templates.ts';
import type { EventTemplate } from './synthetic-templates.ts';

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

type Rng = () => number;

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
const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2019, 0, 1);
// Ends ten days before 2026 so that late reports of the last events still fall in 2025.
const SPAN_DAYS = 7 * 365 - 10;
const SLOT = /\{(\w+)\}/g;

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function numberWords(n: number): string {
  return n <= 10 ? SMALL[n] : String(n);
}

interface EventFacts {
  id: string;
  template: EventTemplate;
  day: number; // ms at UTC midnight
  place: string;
  country: string;
  region: string;
  official: string;
  role: string;
  witness: string;
  expert: string;
  org: string;
  hospital: string;
  party: string;
  killed: number;
  injured: number;
  missing: number;
  dist: number;
  count: number;
  mag: string;
}

function personName(rng: Rng): string {
  return `${pick(rng, FIRST_NAMES)} ${pick(rng, SURNAME_HEADS)}${pick(rng, SURNAME_TAILS)}`;
}

function makeEvent(rng: Rng, index: number): EventFacts {
  const template = EVENT_TEMPLATES[Math.floor(rng() * EVENT_TEMPLATES.length)];
  const place = `${pick(rng, PLACE_HEADS)}${pick(rng, PLACE_TAILS)}`;
  const country = `${pick(rng, COUNTRY_HEADS)}${pick(rng, COUNTRY_TAILS)}`;
  return {
    id: `ev${String(index).padStart(5, '0')}`,
    template,
    day: FIRST_DAY + Math.floor(rng() * SPAN_DAYS) * DAY_MS,
    place,
    country,
    region: `${pick(rng, PLACE_HEADS)}${pick(rng, PLACE_TAILS)} ${pick(rng, REGION_KINDS)}`,
    official: personName(rng),
    role: pick(rng, template.roles),
    witness: personName(rng),
    expert: personName(rng),
    org: pick(rng, template.orgs),
    hospital: `${place} General Hospital`,
    party: `${pick(rng, ['Civic', 'National', 'Democratic', 'People\'s'])} ${pick(rng, ['Alliance', 'Front', 'Union', 'Movement'])}`,
    killed: between(rng, template.killed[0], template.killed[1]),
    injured: between(rng, template.injured[0], template.injured[1]),
    missing: between(rng, template.missing[0], template.missing[1]),
    dist: between(rng, 3, 180),
    count: between(rng, 2, 90) * 10,
    mag: (between(rng, 45, 78) / 10).toFixed(1),
  };
}

/** How a report dated `published` refers to the event day: reporters write weekdays within a week. */
function relativeDay(eventDay: number, published: number): string {
  const diff = Math.round((published - eventDay) / DAY_MS);
  return diff === 1 ? 'yesterday' : 'on ' + WEEKDAYS[new Date(eventDay).getUTCDay()];
}

/** Templates split once into literal text (even indexes) and slot names (odd indexes). */
const compiled = new Map<string, string[]>();

function compile(template: string): string[] {
  let parts = compiled.get(template);
  if (!parts) {
    parts = template.split(SLOT);
    compiled.set(template, parts);
  }
  return parts;
}

function fill(template: string, slots: Record<string, string>): string {
  const parts = compile(template);
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) out += (slots[parts[i]] ?? `{${parts[i]}}`) + parts[i + 1];
  return out.charAt(0).toUpperCase() + out.slice(1);
}

const pools = new Map<EventTemplate, { body: string[]; quotes: string[] }>();

function poolsOf(t: EventTemplate): { body: string[]; quotes: string[] } {
  let p = pools.get(t);
  if (!p) {
    p = { body: [...t.body, ...(t.civic ? CIVIC_BODY : SHARED_BODY)], quotes: [...t.quotes, ...(t.civic ? CIVIC_QUOTES : SHARED_QUOTES)] };
    pools.set(t, p);
  }
  return p;
}

interface Outlet {
  name: string;
  junky: boolean;
}

/** Writes one fresh report of the event as known `delay` days after it. */
function writeOriginal(rng: Rng, ev: EventFacts, outlet: Outlet, published: number, agency: string | null): string {
  const t = ev.template;
  const delay = Math.round((published - ev.day) / DAY_MS);
  // Tolls rise as days pass; a third of outlets quote a different source with a different figure.
  const share = Math.min(1, 0.55 + 0.2 * delay);
  const killed = Math.max(t.killed[0], Math.round(ev.killed * share));
  const injured = Math.max(t.injured[0], Math.round(ev.injured * share));
  const when = relativeDay(ev.day, published);
  const eventDate = new Date(ev.day);
  const lastMonth = MONTHS[(eventDate.getUTCMonth() + 11) % 12];
  const slots: Record<string, string> = {
    place: ev.place, country: ev.country, region: `the ${ev.region}`, killed: String(killed), injured: String(injured),
    missing: numberWords(ev.missing), dist: String(ev.dist), mag: ev.mag, when, day: when,
    official: ev.official, officialLast: ev.official.split(' ')[1], role: ev.role, witness: ev.witness,
    witnessLast: ev.witness.split(' ')[1], expert: ev.expert, expertLast: ev.expert.split(' ')[1], org: ev.org,
    hospital: ev.hospital, party: ev.party, count: String(ev.count), lastMonth: `in ${lastMonth}`,
    nextDay: 'on ' + WEEKDAYS[(new Date(published).getUTCDay() + 1) % 7], noun: t.noun,
  };
  const parts: string[] = [];
  const headline = fill(pick(rng, t.headlines), slots);
  if (outlet.junky && rng() < 0.6) parts.push(pick(rng, JUNK_LINES));
  parts.push(headline);
  const d = new Date(published);
  parts.push(rng() < 0.5 ? isoDay(published) : `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`);
  let lede = fill(pick(rng, t.ledes), slots);
  if (agency) lede = lede.replace(` — `, ` (${agency}) — `);
  parts.push(lede);

  const { body, quotes } = poolsOf(t);
  if (killed > 0) {
    const missing = ev.missing > 0 ? ` A further ${numberWords(ev.missing)} people were still missing, according to the ${ev.org}.` : '';
    parts.push(`The ${ev.org} said ${killed} people had died and ${injured} had been injured, ${numberWords(Math.min(10, Math.ceil(injured / 8)))} of them seriously.${missing}`);
  }
  const paragraphs = between(rng, 13, 19);
  let b = Math.floor(rng() * body.length);
  let q = Math.floor(rng() * quotes.length);
  for (let i = 0; i < paragraphs; i++) {
    const fromQuote = i % 3 === 1;
    const text = fromQuote ? quotes[q++ % quotes.length] : body[b++ % body.length];
    parts.push(fill(text, slots));
    if (outlet.junky && rng() < 0.15) parts.push(pick(rng, RELATED_LINES));
  }
  if (killed > 0 && rng() < 0.35) {
    const other = killed + between(rng, 1, Math.max(2, Math.round(killed * 0.4)));
    parts.push(`Hospital sources quoted by local media put the number of dead at ${other}, higher than the official figure of ${killed}.`);
  }
  if (rng() < 0.3) parts.push(`${ev.expert.split(' ')[0]} ${ev.expert.split(' ')[1]} contributed reporting from ${ev.place}.`);
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

function rewrite(rng: Rng, text: string, published: number): string {
  let out = text;
  for (const [re, to] of REWRITE_SWAPS) if (rng() < 0.7) out = out.replace(re, to);
  // The rewriter stamps its own date on the second line (after the headline).
  const paras = out.split('\n\n');
  paras[1] = isoDay(published);
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
    const name = fill(pick(rng, OUTLET_PATTERNS), { place: `${pick(rng, PLACE_HEADS)}${pick(rng, PLACE_TAILS)}`, country: `${pick(rng, COUNTRY_HEADS)}${pick(rng, COUNTRY_TAILS)}` });
    outlets.push({ name, junky: rng() < 0.3 });
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
