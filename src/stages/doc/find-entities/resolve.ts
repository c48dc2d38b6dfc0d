// Forms document entities from candidates: one entity per name (same type and transliteration
// key), acronym uses joined to their definition, and person short forms ("Smith", "J. Smith",
// "Ambassador Smith") joined to the one full name in the document with that surname and a
// compatible initial. A short form that fits two different full names stays its own entity:
// we would rather leave a mention unattached than attach it to the wrong person.

import type { DocEntity, EntityMention, EntityType } from '../../../core/index.ts';
import { keyParts, translitKey } from '../../../nlp/translit-key.ts';
import { loadGazetteer } from '../../../nlp/ner/index.ts';
import type { Candidate, TokenView } from './candidate.ts';
import { ADJECTIVE_BEFORE, PLACE_CUES_BEFORE, SPEECH_AFTER } from './patterns.ts';

interface Draft {
  type: EntityType;
  key: string;
  parts: readonly string[];
  forms: Map<string, number>;
  roles: string[];
  acronym: string | null;
  first: number;
}

export interface Resolved {
  mentions: EntityMention[];
  entities: DocEntity[];
}

function isShortForm(parts: readonly string[]): boolean {
  return parts.length === 1 || (parts.length === 2 && parts[0].length === 1);
}

function isProperSuffix(short: readonly string[], long: readonly string[]): boolean {
  if (short.length >= long.length) return false;
  const off = long.length - short.length;
  return short.every((p, i) => long[off + i] === p);
}

/**
 * Full names (2+ parts, not an initial) whose later parts include the short form's surname.
 * `bySurname` lists the person drafts under each of their later parts, so only drafts that share
 * the surname are looked at (a document listing hundreds of names stays linear).
 */
function matchFullNames(parts: readonly string[], bySurname: Map<string, Draft[]>): Draft[] {
  const surname = parts[parts.length - 1];
  const initial = parts.length === 2 ? parts[0] : null;
  return (bySurname.get(surname) ?? []).filter(
    (d) =>
      d.type === 'PERSON' &&
      d.parts.length >= 2 &&
      !isShortForm(d.parts) &&
      (isProperSuffix(parts, d.parts) ||
        (d.parts.slice(1).includes(surname) && (parts.length === 1 || initial !== null) && (initial === null || d.parts[0][0] === initial))),
  );
}

/** Every proper suffix of every person name, joined, for "is this a proper suffix of some person's name". */
function personSuffixes(cands: Candidate[], partsOf: readonly (readonly string[])[]): Set<string> {
  const out = new Set<string>();
  cands.forEach((c, ci) => {
    if (c.type !== 'PERSON') return;
    const parts = partsOf[ci];
    for (let k = 1; k <= parts.length; k++) out.add(parts.slice(k).join(SEP));
  });
  return out;
}

const SEP = '\u0001';

export function resolveEntities(cands: Candidate[], v: TokenView): Resolved {
  const drafts: Draft[] = [];
  const byKey = new Map<string, Draft>();
  const owner: (Draft | null)[] = cands.map(() => null);
  const texts = cands.map((c) => v.nameOf(c));
  const partsOf = texts.map((t) => keyParts(t));

  const bySurname = new Map<string, Draft[]>();

  const draftFor = (ci: number, type: EntityType): Draft => {
    const key = translitKey(texts[ci], type === 'ORG');
    const k = `${type}|${key}`;
    let d = byKey.get(k);
    if (!d) {
      d = { type, key, parts: partsOf[ci], forms: new Map(), roles: [], acronym: null, first: ci };
      byKey.set(k, d);
      drafts.push(d);
      for (let p = 1; p < d.parts.length; p++) {
        const list = bySurname.get(d.parts[p]);
        if (!list) bySurname.set(d.parts[p], [d]);
        else if (list[list.length - 1] !== d) list.push(d);
      }
    }
    return d;
  };

  // Pass 1: full names and every non-person name, by exact key; acronym uses wait for pass 2.
  const suffixes = personSuffixes(cands, partsOf);
  cands.forEach((c, ci) => {
    if (c.linkTo !== null) return;
    if (c.type === 'PERSON' && (isShortForm(partsOf[ci]) || suffixes.has(partsOf[ci].join(SEP)))) return;
    owner[ci] = draftFor(ci, c.type);
  });
  // Pass 2: person short forms, and one-word names of other types used like a person ("X said").
  cands.forEach((c, ci) => {
    if (c.linkTo !== null) {
      owner[ci] = owner[c.linkTo];
      return;
    }
    const parts = partsOf[ci];
    if (owner[ci] && !(parts.length === 1 && c.type !== 'PERSON' && notGroupAdjective(c, v))) return;
    if (parts.length === 0) {
      owner[ci] = owner[ci] ?? draftFor(ci, c.type);
      return;
    }
    const matches = c.type === 'PERSON' || parts.length === 1 ? matchFullNames(parts, bySurname) : [];
    if (matches.length === 1) {
      owner[ci] = matches[0];
      c.type = 'PERSON';
      return;
    }
    owner[ci] = owner[ci] ?? draftFor(ci, c.type);
  });

  cands.forEach((c, ci) => {
    const d = owner[ci]!;
    d.forms.set(texts[ci], (d.forms.get(texts[ci]) ?? 0) + 1);
    if (c.role && !d.roles.includes(c.role)) d.roles.push(c.role);
    if (c.acronym && !d.acronym) d.acronym = c.acronym;
  });

  const used = drafts.filter((d) => d.forms.size > 0).sort((a, b) => a.first - b.first);
  const ids = new Map<Draft, string>();
  const entities: DocEntity[] = used.map((d, i) => {
    const id = `e${i + 1}`;
    ids.set(d, id);
    return { id, name: canonicalForm(d.forms, d.acronym), type: d.type, aliases: [...d.forms.keys()], roles: d.roles, acronym: d.acronym };
  });
  const mentions: EntityMention[] = cands.map((c, ci) => {
    const d = owner[ci]!;
    const start = v.t.starts[c.ts];
    const end = v.t.ends[c.te - 1];
    const cut = c.cutStart !== undefined || c.cutEnd !== undefined || c.nameTe !== undefined || c.nameTs !== undefined;
    return { start, end, text: cut ? v.slice(c.ts, c.te) : texts[ci], type: cut ? (c.mentionType ?? d.type) : d.type, entity: ids.get(d)!, role: c.role };
  });
  return { mentions, entities };
}

/**
 * A one-word name followed by a lowercase noun ("X militants", "the X quarter") is used as an
 * adjective, not as a person. Followed by an ordinary non-noun word ("the firm of X last year") it
 * may still be the person, unless a determiner or a place cue comes before it ("the X", "in X").
 */
function notGroupAdjective(c: Candidate, v: TokenView): boolean {
  if (c.te >= v.n) return true;
  const next = v.word(c.te);
  const gaz = loadGazetteer();
  if (SPEECH_AFTER.has(v.lower[c.te]) || next !== next.toLowerCase() || !/\p{L}/u.test(next) || gaz.has(next, 'verb')) return true;
  const prev = c.ts > 0 ? v.lower[c.ts - 1] : '';
  if (ADJECTIVE_BEFORE.has(prev) || PLACE_CUES_BEFORE.has(prev) || /\p{L}{3,}s$/u.test(next)) return false;
  return gaz.has(next, 'common') && !gaz.has(next, 'placeword');
}

/** The most complete form (most words), then the most frequent; never the acronym if a name exists. */
export function canonicalForm(forms: Map<string, number>, acronym: string | null): string {
  let best = '';
  let bestScore = -1;
  for (const [form, count] of forms) {
    if (form === acronym && forms.size > 1) continue;
    const words = form.split(/[\s-]+/).length;
    const score = words * 1000 + count;
    if (score > bestScore) {
      bestScore = score;
      best = form;
    }
  }
  return best;
}
