// Scores a dossier against the answer key of a bundled example, one figure per part of the analysis.
// Every figure names what it counts so a table can be read without this file. Definitions:
//  - stories: B-cubed over documents (scripts/eval/bcubed.ts);
//  - provenance: pairs of documents put in one independence group, precision/recall against the key;
//  - junk: key junk lines absent from the clean text / listed; real lines lost = key-reader lines of
//    six words or more, neither junk nor metadata, whose start is absent from the clean text;
//  - metadata: published day, title, kind, outlet equal to the key's (titles and outlets compared
//    case- and space-insensitively);
//  - entities: key entities with a dossier entity that carries one of their full names (or their
//    only alias) with the key's type; alias pairs as scripts/eval/example-alias-pairs.ts counts them;
//  - claims: value recall = key values found in their document under the slot's kind (numbers
//    within 0.5%; a statement when a statement claim was read from the key value's quoted words,
//    whatever its label); a key slot is "held" when one dossier slot holds every found value, and
//    its status is right when that slot's status is the key's (or the key's final status) and, for
//    statements, each key wording is met by one system label of its own; fragmentation =
//    dossier slots holding any of a key slot's values (mean over key slots with a value found);
//  - timeline: scripts/eval/timeline.ts scoreTimeline.
import type { TimelineEntry } from '../../src/core/index.ts';
import type { Dossier, DossierClaim, DossierClaimValue } from '../../src/report/dossier-types.ts';
import { bcubed } from './bcubed.ts';
import { countAliasPairs, uniqueAliases } from './example-alias-pairs.ts';
import { normalize, sameDoc, type AnswerKey, type KeySlot } from './example-key.ts';
import { scoreTimeline } from './timeline.ts';

export interface Ratio {
  hit: number;
  of: number;
}

export interface SlotScore {
  slot: string;
  kind: string;
  keyStatus: string;
  found: Ratio;
  /** Values some dossier claim of the document holds, whatever its kind: read, if not as the key's kind. */
  anyKind: Ratio;
  /** The dossier slot holding most of the found values, if any. */
  home: { subject: string; status: string; holdsAll: boolean } | null;
  statusRight: boolean;
  fragments: number;
  missed: string[];
}

export interface ExampleScore {
  stories: { precision: number; recall: number; f1: number; predicted: number; gold: number };
  provenance: { precision: number; recall: number; predictedPairs: number; goldPairs: number };
  junk: { removed: Ratio; realLost: Ratio; kept: string[]; lost: string[] };
  metadata: { published: Ratio; title: Ratio; kind: Ratio; outlet: Ratio; wrong: string[] };
  entities: { found: Ratio; missing: string[]; aliasPairs: { precision: number; recall: number; tp: number; fp: number; fn: number; merged: string[] } };
  claims: { values: Ratio; anyKind: Ratio; held: Ratio; status: Ratio; meanFragments: number; slots: SlotScore[] };
  timeline: { recall: number; precision: number; matched: number; gold: number; entries: number; missed: string[] };
}

const ratio = (hit: number, of: number): Ratio => ({ hit, of });
const wordIn = (line: string, word: string): boolean => ` ${line} `.includes(` ${word} `);

/** Key document id -> dossier document id. */
function idMap(key: AnswerKey, dossier: Dossier): Map<string, string> {
  const out = new Map<string, string>();
  for (const k of Object.keys(key.documents)) {
    const ours = dossier.documents.find((d) => sameDoc(d.id, k));
    if (ours) out.set(k, ours.id);
  }
  return out;
}

function pairs(groups: readonly (readonly string[])[]): Set<string> {
  const out = new Set<string>();
  for (const g of groups) {
    const sorted = [...g].sort();
    for (let i = 0; i < sorted.length; i++) for (let j = i + 1; j < sorted.length; j++) out.add(`${sorted[i]}\u0000${sorted[j]}`);
  }
  return out;
}

function scoreStories(key: AnswerKey, dossier: Dossier, ids: Map<string, string>): ExampleScore['stories'] {
  const gold = new Map<string, number>();
  key.stories.forEach((s, i) => s.documents.forEach((d) => gold.set(ids.get(d) ?? d, i)));
  const predicted = new Map<string, string>();
  for (const s of dossier.stories) for (const d of s.documents) predicted.set(d, s.id);
  // A document no story holds is a story of its own.
  for (const d of dossier.documents) if (!predicted.has(d.id)) predicted.set(d.id, `alone:${d.id}`);
  return { ...bcubed(predicted, gold), predicted: new Set(predicted.values()).size, gold: key.stories.length };
}

function scoreProvenance(key: AnswerKey, dossier: Dossier, ids: Map<string, string>): ExampleScore['provenance'] {
  const gold = pairs(key.provenance.groups.map((g) => g.documents.map((d) => ids.get(d) ?? d)));
  const ours = pairs((dossier.provenance?.groups ?? []).map((g) => g.documents));
  const tp = [...ours].filter((p) => gold.has(p)).length;
  return {
    precision: ours.size ? tp / ours.size : gold.size ? 0 : 1,
    recall: gold.size ? tp / gold.size : 1,
    predictedPairs: ours.size,
    goldPairs: gold.size,
  };
}

function scoreJunk(key: AnswerKey, dossier: Dossier, ids: Map<string, string>, lines: Map<string, string[]>): ExampleScore['junk'] {
  const textOf = new Map(dossier.documents.map((d) => [d.id, normalize(d.text)]));
  const linesOf = new Map(dossier.documents.map((d) => [d.id, d.text.split('\n').map(normalize)]));
  let removed = 0;
  let listed = 0;
  const kept: string[] = [];
  for (const [k, junk] of Object.entries(key.junk)) {
    const id = ids.get(k) ?? '';
    for (const j of junk) {
      listed++;
      const needle = normalize(j.text);
      // A one- or two-word label ("Tweet", "Read More") can be a word of the story: it counts as
      // kept only on a short line (a widget row), not inside a sentence.
      const present =
        needle.split(' ').length <= 2
          ? (linesOf.get(id) ?? []).some((l) => l.split(' ').length <= 8 && wordIn(l, needle))
          : (textOf.get(id) ?? '').includes(needle);
      if (present) kept.push(`${k}: ${j.text}`);
      else removed++;
    }
  }
  let real = 0;
  const lost: string[] = [];
  for (const [k, docLines] of lines) {
    const text = textOf.get(ids.get(k) ?? '') ?? '';
    const skip = new Set([...(key.junk[k] ?? []), ...(key.metadata_lines[k] ?? [])].map((l) => normalize(l.text)));
    // The headline moves to the title; a byline or a row of links is not a line of the story.
    skip.add(normalize(key.documents[k]?.title ?? ''));
    for (const line of docLines) {
      const n = normalize(line);
      if (n.split(' ').length < 6 || skip.has(n) || [...skip].some((s) => s.length > 20 && n.includes(s))) continue;
      if (/^by /.test(n) || (n.match(/ [|·] /g) ?? []).length >= 2) continue;
      real++;
      // Either end may carry a label the reader strips ("Outlet: ...") or a trailer.
      if (!text.includes(n.slice(0, 50)) && !text.includes(n.slice(-50))) lost.push(`${k}: ${line.trim().slice(0, 90)}`);
    }
  }
  return { removed: ratio(removed, listed), realLost: ratio(lost.length, real), kept, lost };
}

const same = (a: string | null | undefined, b: string | null | undefined): boolean => normalize(a ?? '') === normalize(b ?? '');

function scoreMetadata(key: AnswerKey, dossier: Dossier, ids: Map<string, string>): ExampleScore['metadata'] {
  const tally = { published: 0, title: 0, kind: 0, outlet: 0 };
  const wrong: string[] = [];
  const entries = Object.entries(key.documents);
  for (const [k, d] of entries) {
    const ours = dossier.documents.find((x) => x.id === ids.get(k));
    const checks: [keyof typeof tally, boolean, string][] = [
      ['published', (ours?.published ?? '').slice(0, 10) === (d.published ?? ''), `${ours?.published ?? 'none'} for ${d.published ?? 'none'}`],
      ['title', same(ours?.title, d.title), `"${ours?.title ?? ''}"`],
      ['kind', ours?.kind === d.kind, `${ours?.kind ?? 'none'} for ${d.kind}`],
      ['outlet', same(ours?.outlet, d.outlet), `"${ours?.outlet ?? 'none'}" for "${d.outlet}"`],
    ];
    for (const [field, ok, what] of checks) {
      if (ok) tally[field]++;
      else wrong.push(`${k} ${field}: ${what}`);
    }
  }
  const n = entries.length;
  return { published: ratio(tally.published, n), title: ratio(tally.title, n), kind: ratio(tally.kind, n), outlet: ratio(tally.outlet, n), wrong };
}

function scoreEntities(key: AnswerKey, dossier: Dossier): ExampleScore['entities'] {
  const spellings = dossier.entities.map((e) => new Set([e.name, ...e.aliases]));
  let found = 0;
  const missing: string[] = [];
  for (const k of key.entities) {
    const names = k.aliases.filter((a) => a.includes(' '));
    const wanted = names.length ? names : k.aliases;
    const hit = dossier.entities.some((e, i) => e.type === k.type && wanted.some((a) => spellings[i].has(a)));
    if (hit) found++;
    else missing.push(`${k.canonical} (${k.type})`);
  }
  const { tp, fp, fn, merged: pairs } = countAliasPairs(uniqueAliases(key.entities), (a, b) => spellings.some((s) => s.has(a.alias) && s.has(b.alias)));
  const merged = pairs.map(([a, b]) => `${a.alias} + ${b.alias}`);
  return {
    found: ratio(found, key.entities.length),
    missing,
    aliasPairs: { precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1, tp, fp, fn, merged },
  };
}

const close = (a: number, b: number): boolean => Math.abs(a - b) <= Math.max(1e-9, Math.abs(b) * 0.005);

/** Lowercase, straight quotes, markup emphasis dropped, single spaces: each folded character keeps where it was. */
function fold(text: string): { folded: string; at: number[] } {
  let folded = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let c = text[i]!;
    if (/[\s*_#>`]/.test(c)) c = ' ';
    else if (/[\u2018\u2019]/.test(c)) c = "'";
    else if (/[\u201c\u201d]/.test(c)) c = '"';
    else if (c.toLowerCase().length === 1) c = c.toLowerCase();
    if (c === ' ' && (folded === '' || folded.endsWith(' '))) continue;
    folded += c;
    at.push(i);
  }
  return { folded, at };
}

/** Every place in `text` where the key's quoted words stand, compared as normalize() compares lines. */
export function quotedSpans(text: string, quoted: string): { start: number; end: number }[] {
  const { folded, at } = fold(text);
  const needle = fold(quoted).folded.trim();
  const out: { start: number; end: number }[] = [];
  if (!needle) return out;
  for (let i = folded.indexOf(needle); i >= 0; i = folded.indexOf(needle, i + 1)) out.push({ start: at[i]!, end: at[i + needle.length - 1]! + 1 });
  return out;
}

/** What a key value is matched against in one document: a number, or the document's spans of a statement's quoted words. */
type Wanted = { doc: string; value: number } | { doc: string; spans: { start: number; end: number }[] };

/** How far (characters) a statement's span may reach past the key's quoted words: a word or two. */
const BEYOND_QUOTE = 20;

/** Characters two spans share. */
const shared = (a: { start: number; end: number }, b: { start: number; end: number }): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/**
 * The claim's values that meet a key value: a figure within rounding; a statement read from the
 * key's quoted words: its span overlaps them and reaches at most a word or two beyond, so a claim
 * citing the whole sentence around them (what a speaker said) is not one. The key names a statement
 * in free words ("left in the first lifeboat"), so the system's label is no test: which words it
 * was read from is.
 */
function readings(claim: DossierClaim, want: Wanted): DossierClaimValue[] {
  return claim.values.filter((v) => {
    if (v.document !== want.doc) return false;
    if ('value' in want) return typeof v.value === 'number' && close(v.value, want.value);
    const q = v.quantity;
    return typeof v.value === 'string' && q !== undefined && want.spans.some((s) => shared(q, s) > 0 && q.end - q.start - shared(q, s) <= BEYOND_QUOTE);
  });
}

const holds = (claim: DossierClaim, want: Wanted): boolean => readings(claim, want).length > 0;

/**
 * A statement slot's accounts are told apart as the key tells them: each key wording is met by one
 * system label and no label meets two wordings. Otherwise a slot can look conflicting while an
 * account was read as its opposite.
 */
function accountsMatch(slot: KeySlot, home: DossierClaim, wants: readonly Wanted[]): boolean {
  const labelOf = new Map<string, Set<string>>();
  const wordingOf = new Map<string, Set<string>>();
  slot.values.forEach((v, i) => {
    if (typeof v.value !== 'string') return;
    const wording = v.value.toLowerCase();
    for (const r of readings(home, wants[i]!)) {
      const label = String(r.value).toLowerCase();
      labelOf.set(wording, (labelOf.get(wording) ?? new Set()).add(label));
      wordingOf.set(label, (wordingOf.get(label) ?? new Set()).add(wording));
    }
  });
  return [...labelOf.values(), ...wordingOf.values()].every((s) => s.size === 1);
}

function scoreSlot(slot: KeySlot, dossier: Dossier, ids: Map<string, string>): SlotScore {
  const ofKind = dossier.claims.filter((c) => c.kind === slot.kind);
  const textOf = new Map(dossier.documents.map((d) => [d.id, d.text]));
  const foundIn = new Map<number, DossierClaim[]>();
  const missed: string[] = [];
  let anyKind = 0;
  const wants = slot.values.map((v): Wanted => {
    const doc = ids.get(v.document) ?? v.document;
    return typeof v.value === 'number' ? { doc, value: v.value } : { doc, spans: quotedSpans(textOf.get(doc) ?? '', v.text) };
  });
  slot.values.forEach((v, i) => {
    const want = wants[i]!;
    const holders = ofKind.filter((c) => holds(c, want));
    if (dossier.claims.some((c) => holds(c, want))) anyKind++;
    if (holders.length) foundIn.set(i, holders);
    else missed.push(`${v.document} ${v.value} "${v.text}"${'spans' in want && !want.spans.length ? ' (quoted words not in the clean text)' : ''}`);
  });
  const count = new Map<DossierClaim, number>();
  for (const holders of foundIn.values()) for (const c of holders) count.set(c, (count.get(c) ?? 0) + 1);
  const ranked = [...count].sort((a, b) => b[1] - a[1]);
  const top = ranked[0];
  const home = top ? { subject: top[0].subject, status: top[0].status, holdsAll: top[1] === slot.values.length } : null;
  const statusRight = Boolean(home?.holdsAll && (home.status === slot.status || home.status === slot.final_status) && accountsMatch(slot, top![0], wants));
  return { slot: slot.slot, kind: slot.kind, keyStatus: slot.status, found: ratio(foundIn.size, slot.values.length), anyKind: ratio(anyKind, slot.values.length), home, statusRight, fragments: count.size, missed };
}

function scoreClaims(key: AnswerKey, dossier: Dossier, ids: Map<string, string>): ExampleScore['claims'] {
  const slots = key.claims.map((s) => scoreSlot(s, dossier, ids));
  const sum = (f: (s: SlotScore) => number): number => slots.reduce((a, s) => a + f(s), 0);
  return {
    values: ratio(sum((s) => s.found.hit), sum((s) => s.found.of)),
    anyKind: ratio(sum((s) => s.anyKind.hit), sum((s) => s.anyKind.of)),
    held: ratio(slots.filter((s) => s.home?.holdsAll).length, slots.length),
    status: ratio(slots.filter((s) => s.statusRight).length, slots.length),
    // Over key slots with at least one value found: a slot not extracted at all is not fragmented.
    meanFragments: sum((s) => s.fragments) / Math.max(1, slots.filter((s) => s.fragments > 0).length),
    slots,
  };
}

export function scoreExample(key: AnswerKey, dossier: Dossier, timeline: readonly TimelineEntry[], lines: Map<string, string[]>): ExampleScore {
  const ids = idMap(key, dossier);
  const t = scoreTimeline(timeline, key.timeline);
  return {
    stories: scoreStories(key, dossier, ids),
    provenance: scoreProvenance(key, dossier, ids),
    junk: scoreJunk(key, dossier, ids, lines),
    metadata: scoreMetadata(key, dossier, ids),
    entities: scoreEntities(key, dossier),
    claims: scoreClaims(key, dossier, ids),
    timeline: {
      recall: t.recall,
      precision: t.precision,
      matched: t.matched,
      gold: t.gold,
      entries: t.entries,
      missed: key.timeline.filter((_, i) => !t.usedGold.has(i)).map((g) => `${g.date} ${g.what}`),
    },
  };
}
