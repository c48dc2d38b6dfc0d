// The merge rules, in order of confidence. Each works on groups (union-find roots) formed by the
// rules before it, and refuses a merge whenever more than one group would fit.

import type { EntityType } from '../../../core/index.ts';
import { looseNameKey, translitKey } from '../../../nlp/translit-key.ts';
import { loadGazetteer } from '../../../nlp/ner/index.ts';
import { isShortPersonForm, type Node } from './nodes.ts';
import { UnionFind } from '../../../corpus-index/union-find.ts';
import { Buckets, singleRoot } from './buckets.ts';
import { joinUnownedOffices, officeMayJoin, officeOwners } from './offices.ts';
// One list with find-entities, which types "X Lines" a company: its first word is then its short name here.
import { COMPANY_HEADS } from '../../doc/find-entities/patterns.ts';

/** Whether two nodes may be one entity as far as their types go. */
function typesCompatible(a: Node, b: Node): boolean {
  if (a.type === b.type) return true;
  // A person with a full name is never a place or group; a lone word may have been mistyped.
  const person = a.type === 'PERSON' ? a : b.type === 'PERSON' ? b : null;
  if (person) return person.parts.length === 1 && !(a.type === 'MISC' || b.type === 'MISC');
  return true;
}

/**
 * The compatibility class of a node: typesCompatible depends only on the type and, for persons,
 * on whether the name has one part. Nodes of one class are always compatible with each other.
 */
const NCLASSES = 5;
function classOf(n: Node): number {
  switch (n.type) {
    case 'PERSON':
      return n.parts.length === 1 ? 0 : 1;
    case 'ORG':
      return 2;
    case 'PLACE':
      return 3;
    default:
      return 4;
  }
}

/**
 * Joins every node listing a key in `keysOf` with every type-compatible other node listing it in
 * `targetKeys`, without comparing all pairs: the targets of one key are joined per class first,
 * then a source joins one target of each compatible class. The groups come out the same as with
 * all pairs, since nodes of one class sharing a key are joined anyway.
 */
function mergeByKeys(nodes: Node[], uf: UnionFind, keysOf: (n: Node) => string[], targetKeys: (n: Node) => string[]): void {
  const byKey = new Buckets();
  nodes.forEach((n, i) => {
    for (const k of targetKeys(n)) byKey.add(k, i);
  });
  // Per key: the first two targets of each class (two, so that a source can skip itself).
  const reps = new Map<string, Int32Array>();
  const repsOf = (k: string): Int32Array => {
    let r = reps.get(k);
    if (r) return r;
    r = new Int32Array(NCLASSES * 2).fill(-1);
    for (const j of byKey.get(k)) {
      const c = classOf(nodes[j]);
      if (r[2 * c] === -1) r[2 * c] = j;
      else {
        if (r[2 * c + 1] === -1) r[2 * c + 1] = j;
        uf.union(r[2 * c], j);
      }
    }
    reps.set(k, r);
    return r;
  };
  nodes.forEach((n, i) => {
    for (const k of keysOf(n)) {
      if (byKey.get(k).length === 0) continue;
      const r = repsOf(k);
      for (let c = 0; c < NCLASSES; c++) {
        const j = r[2 * c] === i ? r[2 * c + 1] : r[2 * c];
        if (j !== -1 && typesCompatible(n, nodes[j])) uf.union(i, j);
      }
    }
  });
}

/**
 * Signs of a Central European spelling (Polish, Czech, Slovak, German, Dutch), where "ch" is the
 * kh sound: sz, cz, rz, a final -ij for -iy, or a Polish or Czech marked letter. A w for v is a sign
 * only where English spelling would not put it (see `wForV`): English names are full of w.
 */
const CH_AS_KH_SPELLING = /sz|cz|rz|ij\b|[łčšžřěůśźżńć]/i;
/** A given name opening with W and a letter, the way Polish writes V ("Wadim"). */
const W_GIVEN = /^W\p{Ll}/u;

/**
 * A w that stands for v: in the same word as the "ch" ("Chorewin"), or opening a given name that no
 * list knows as written ("Wadim", not "William" or "Walter"). A w elsewhere in the name ("Edward
 * Chandler", "Lewis Chase") says nothing of how its ch is read.
 */
function wForV(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.some((w) => /w/i.test(w) && /ch/i.test(w))) return true;
  const given = words.length > 1 ? words[0]! : '';
  return W_GIVEN.test(given) && !loadGazetteer().has(given, 'first');
}
/** A "ch" that is not part of German sch / tsch or Polish cz (after foldPart, which leaves those). */
const LONE_CH = /(?<![stc])ch/g;

/**
 * A j inside a surname, between letters: French spelling writes the zh of "Zhukov" as j ("Joukov"),
 * where English writes zh and German sch. Not a first or last j (a Germanic J-, the -j of "-ij").
 */
const INNER_J = /(?<=\p{L})j(?=\p{L})/gu;

/**
 * A person's loose keys: the loose key of its parts and, for a name spelled the Central European
 * way ("Wadim", "Jurij"), the one that reads its "ch" as those spellings do, as kh ("Chalerin"
 * for "Khalerin"; English spellings write "ch" only for the ch of "church"); for a surname with a
 * j inside, the one that reads it as zh ("Bajenov" for "Bazhenov").
 */
export function looseNameKeys(n: Node): string[] {
  const keys = [looseNameKey(n.parts)];
  if (n.parts.some((p) => p.includes('ch')) && (CH_AS_KH_SPELLING.test(n.entity.name) || wForV(n.entity.name))) keys.push(looseNameKey(n.parts.map((p) => p.replace(LONE_CH, 'kh'))));
  const zh = n.parts.map((p, i) => (i === 0 ? p : p.replace(INNER_J, 'zh')));
  if (zh.some((p, i) => p !== n.parts[i])) keys.push(looseNameKey(zh));
  return keys;
}

/** A name of two or three words typed as a group or thing, which may be a person the model misread. */
export function mayBeMistypedPerson(n: Node): boolean {
  return (n.type === 'ORG' || n.type === 'MISC') && !n.acronymOnly && n.parts.length >= 2 && n.parts.length <= 3 && n.entity.name.split(/\s+/).every((w) => /^\p{Lu}\p{Ll}/u.test(w));
}

/**
 * 4a. A full name typed as a group or thing ("the <role> of the <site> X Y" read as a group in a
 * translated word order, a byline typed an organization) that two or more other documents, more
 * than its own group's, name as one person under the loose name keys or the plain key: that person. One person
 * only; groups as they stand before the rule.
 */
function joinMistypedPersons(nodes: Node[], uf: UnionFind, byLooseName: ReadonlyMap<string, number>): void {
  const candidates: number[] = [];
  nodes.forEach((n, i) => {
    if (mayBeMistypedPerson(n)) candidates.push(i);
  });
  if (candidates.length === 0) return;
  const before = nodes.map((_, i) => uf.find(i));
  const docs = new Map<number, Set<string>>();
  nodes.forEach((n, i) => {
    let d = docs.get(before[i]);
    if (!d) docs.set(before[i], (d = new Set()));
    d.add(n.doc);
  });
  // Persons by their plain keys too: "Abdelkarim X" is "Abdel-Karim X" written closed up, which the loose keys (by parts) miss.
  const byKey = new Map<string, number>();
  nodes.forEach((m, j) => {
    if (m.type === 'PERSON' && !isShortPersonForm(m.parts)) for (const k of m.keys) if (!byKey.has(k)) byKey.set(k, j);
  });
  for (const i of candidates) {
    const n = nodes[i];
    let person = -1;
    const found = [...looseNameKeys(n).map((k) => byLooseName.get(k)), byKey.get(translitKey(n.entity.name))];
    for (const first of found) {
      if (first === undefined) continue;
      if (person !== -1 && before[person] !== before[first]) {
        person = -1;
        break;
      }
      person = first;
    }
    if (person === -1) continue;
    const personDocs = docs.get(before[person])!;
    const others = personDocs.size - (personDocs.has(n.doc) ? 1 : 0);
    if (others >= 2 && others > docs.get(before[i])!.size) uf.union(i, person);
  }
}

function groupSizes(nodes: Node[], uf: UnionFind): Int32Array {
  const size = new Int32Array(nodes.length);
  for (let i = 0; i < nodes.length; i++) size[uf.find(i)]++;
  return size;
}

/** Whether `short`'s words appear in `long` in order, gaps allowed. */
export function isSubsequence(short: readonly string[], long: readonly string[]): boolean {
  let j = 0;
  for (let i = 0; i < long.length && j < short.length; i++) if (long[i] === short[j]) j++;
  return j === short.length;
}

/** Whether `short`'s words appear in `long` as one unbroken run. */
export function isContiguous(short: readonly string[], long: readonly string[]): boolean {
  outer: for (let s = 0; s + short.length <= long.length; s++) {
    for (let k = 0; k < short.length; k++) if (long[s + k] !== short[k]) continue outer;
    return true;
  }
  return false;
}

export function mergeNodes(nodes: Node[]): UnionFind {
  const uf = new UnionFind(nodes.length);
  // 1. Same transliteration key (full forms only: a person's bare surname is not a key).
  mergeByKeys(nodes, uf, (n) => n.keys, (n) => n.keys);
  // 2. Qualified and long forms ("US X" / "X", "Federal Republic of X" / "X").
  mergeByKeys(nodes, uf, (n) => n.bareKeys, (n) => n.keys);
  // 2a. An office named without its country joins the one country's office the corpus names.
  const owners = officeOwners(nodes);
  joinUnownedOffices(nodes, uf, owners);

  // 2b. Person full names that agree under looser transliteration (g/h, ts/c, kh/h, j/i, final i;
  // a Central European ch as kh).
  const byLooseName = new Map<string, number>();
  nodes.forEach((n, i) => {
    if (n.type !== 'PERSON' || isShortPersonForm(n.parts)) return;
    for (const k of looseNameKeys(n)) {
      const first = byLooseName.get(k);
      if (first === undefined) byLooseName.set(k, i);
      else uf.union(first, i);
    }
  });

  // 3. Acronyms: a use joins the one group that defines it, else the one group whose name spells it.
  const defined = new Map<string, Set<number>>();
  const byInitials = new Buckets();
  nodes.forEach((n, i) => {
    if (n.entity.acronym) {
      let s = defined.get(n.entity.acronym);
      if (!s) defined.set(n.entity.acronym, (s = new Set()));
      s.add(uf.find(i));
    }
    if (!n.acronymOnly && n.type !== 'PERSON' && n.parts.length >= 2) byInitials.add(n.initials, i);
  });
  nodes.forEach((n, i) => {
    if (!n.acronymOnly) return;
    const acr = n.entity.name;
    const roots = defined.get(acr);
    if (roots && roots.size > 0) {
      if (roots.size === 1) uf.union(i, [...roots][0]);
      return;
    }
    const root = singleRoot(uf, byInitials.get(acr.toLowerCase()), () => true);
    if (root !== -1) uf.union(i, root);
  });

  // 4. Person short forms and partial names: join the single group whose full name contains them.
  // Full names are indexed by their later parts (for surnames) and by their first part.
  const byLaterPart = new Buckets();
  const byFirstPart = new Buckets();
  nodes.forEach((m, j) => {
    if (m.type !== 'PERSON' || isShortPersonForm(m.parts)) return;
    byFirstPart.add(m.parts[0], j);
    for (let k = 1; k < m.parts.length; k++) byLaterPart.add(m.parts[k], j);
  });
  const joinPartOf = (n: Node, i: number): void => {
    const short = isShortPersonForm(n.parts);
    const initial = n.parts.length === 2 && n.parts[0].length === 1 ? n.parts[0] : null;
    const surname = n.parts[n.parts.length - 1];
    const accept = (j: number): boolean => {
      const m = nodes[j];
      if (j === i || m.parts.length <= (short ? 1 : n.parts.length - 1)) return false;
      if (short) return m.parts.slice(1).includes(surname) && (initial === null || m.parts[0][0] === initial);
      // A partial full name: same given name, the rest in order ("A B" within "A B C").
      return m.parts.length > n.parts.length && m.parts[0] === n.parts[0] && isSubsequence(n.parts, m.parts);
    };
    const root = singleRoot(uf, short ? byLaterPart.get(surname) : byFirstPart.get(n.parts[0]), accept, uf.find(i));
    if (root !== -1) uf.union(i, root);
  };
  // Partial full names first, so that a bare surname then finds "A C" and "A B C" one person.
  for (const shortForms of [false, true]) {
    nodes.forEach((n, i) => {
      if (n.type === 'PERSON' && n.parts.length > 0 && isShortPersonForm(n.parts) === shortForms) joinPartOf(n, i);
    });
  }

  // 4a. (see joinMistypedPersons) After the short forms, so that a report naming the person by the surname alone counts.
  joinMistypedPersons(nodes, uf, byLooseName);

  // 5. Organization partial names ("Revolutionary Guards" within "Islamic Revolutionary Guard Corps"),
  // indexed by every (plural-folded) part of the longer name.
  const orgParts: string[][] = nodes.map((n) => (n.type === 'ORG' ? pluralFolded(n.parts) : []));
  const byOrgPart = new Buckets();
  orgParts.forEach((parts, j) => {
    for (const p of parts) byOrgPart.add(p, j);
  });
  nodes.forEach((n, i) => {
    if (n.type !== 'ORG' || n.acronymOnly || n.parts.length < 2) return;
    const parts = orgParts[i];
    const accept = (j: number): boolean =>
      j !== i && nodes[j].parts.length > n.parts.length && isContiguous(parts, orgParts[j]) && officeMayJoin(n, nodes[j], owners);
    const root = singleRoot(uf, byOrgPart.get(parts[0]), accept, uf.find(i));
    if (root !== -1) uf.union(i, root);
  });
  // 6. A lone word typed as a person that no person's name explains, spelled like a place or group.
  const others = new Map<string, Set<number>>();
  nodes.forEach((n, i) => {
    if (n.type !== 'PLACE' && n.type !== 'ORG') return;
    for (const k of n.keys) {
      let s = others.get(k);
      if (!s) others.set(k, (s = new Set()));
      s.add(uf.find(i));
    }
  });
  // Sizes before this rule suffice: it only joins lone persons to groups holding a place or group.
  const size = groupSizes(nodes, uf);
  // 7. A full name typed as a person in one document that other documents, and no person, write
  // as one group or place ("X al-Y has ...") is that group: the type of the most documents wins.
  const docsOf = new Map<number, Set<string>>();
  nodes.forEach((n, i) => {
    const r = uf.find(i);
    let d = docsOf.get(r);
    if (!d) docsOf.set(r, (d = new Set()));
    d.add(n.doc);
  });
  const keyCount = new Map<string, number>();
  nodes.forEach((n) => {
    if (n.type === 'PERSON') for (const k of n.keys) keyCount.set(k, (keyCount.get(k) ?? 0) + 1);
  });
  nodes.forEach((n, i) => {
    if (n.type !== 'PERSON') return;
    const own = uf.find(i);
    if (n.parts.length === 1) {
      if (size[own] > 1) return;
      const roots = others.get(translitKey(n.entity.name));
      if (roots && roots.size === 1) uf.union(i, [...roots][0]);
      return;
    }
    if (size[own] > 1 || n.keys.length === 0 || n.keys.some((k) => (keyCount.get(k) ?? 0) > 1)) return;
    const roots = others.get(n.keys[0]);
    if (!roots || roots.size !== 1) return;
    const root = [...roots][0];
    const docs = docsOf.get(root)!;
    if (docs.size - (docs.has(n.doc) ? 1 : 0) >= 2) uf.union(i, root);
  });
  // 8. A one-word place or group always written as the start of one longer name ("X" in "the X
  // Channel bridge", "the X bridge" for "X Channel Bridge"): the word after it is that name's next
  // or last word. Joins the one group that fits.
  const byFirst = new Buckets();
  nodes.forEach((m, j) => {
    if (m.type !== 'PERSON' && m.parts.length >= 2 && !m.acronymOnly) byFirst.add(m.parts[0], j);
  });
  nodes.forEach((n, i) => {
    if (n.after.length === 0 || n.after.some((w) => w === null)) return;
    const accept = (j: number): boolean => {
      const p = nodes[j].parts;
      return n.after.every((w) => w === p[1] || w === p[p.length - 1]);
    };
    const root = singleRoot(uf, byFirst.get(n.parts[0]), accept, uf.find(i));
    if (root !== -1) uf.union(i, root);
  });

  // 8b. A given name typed a group, place or thing, always followed by the next word of one person's
  // full name ("X" + "Y" where the model tagged only X of "X Y", as in a credit line): that person.
  // Alone in its group: "X" elsewhere may be a firm's or a place's name.
  const alone = groupSizes(nodes, uf);
  nodes.forEach((n, i) => {
    if (n.after.length === 0 || n.after.some((w) => w === null) || alone[i] !== 1 || uf.find(i) !== i) return;
    const accept = (j: number): boolean => nodes[j].parts.length >= 2 && n.after.every((w) => w === nodes[j].parts[1]);
    const root = singleRoot(uf, byFirstPart.get(n.parts[0]), accept, uf.find(i));
    if (root !== -1) uf.union(i, root);
  });

  // 9. A one-word group or description that no other document writes, followed by the same noun
  // as one longer organization starting with it ("the X plant" / "the X Chemicals plant"): its
  // short name. Not places (a town X and its firm "X Chemicals" share the noun just as well).
  const sizes = groupSizes(nodes, uf);
  nodes.forEach((n, i) => {
    if ((n.type !== 'ORG' && n.type !== 'MISC') || n.after.length === 0 || sizes[uf.find(i)] !== 1) return;
    if (n.nounAfter.length === 0 || n.nounAfter.some((w) => w === null)) return;
    const accept = (j: number): boolean => nodes[j].type === 'ORG' && n.nounAfter.every((w) => nodes[j].nounAfter.includes(w));
    const root = singleRoot(uf, byFirst.get(n.parts[0]), accept, uf.find(i));
    if (root !== -1) uf.union(i, root);
  });
  joinCompanyShortNames(nodes, uf);
  return uf;
}

/** Whether a node is a company's full name: an organization of two or more words ending in a company word ("X Air Lines"). */
export function isCompanyName(n: Node): boolean {
  if (n.type !== 'ORG' || n.acronymOnly || n.parts.length < 2) return false;
  const name = n.entity.name;
  return COMPANY_HEADS.has(name.slice(name.lastIndexOf(' ') + 1).toLowerCase());
}

/** A people's or language's word ("Korean" of "Korean Air Lines"): never a company's short name. */
const DEMONYM_SHAPE = /(?:ian|ean|ese|ish|ic)$/;

/**
 * Whether a lone word may be a company's short name: typed a group, a thing or a person (the model
 * reads "X said" as a person), not a place anywhere in the corpus, no person's name part.
 */
export function mayBeCompanyShortName(n: Node, places: ReadonlySet<string>, personParts: ReadonlySet<string>): boolean {
  if (n.parts.length !== 1 || n.acronymOnly || n.type === 'PLACE') return false;
  const word = n.parts[0];
  return !places.has(word) && !personParts.has(word) && !DEMONYM_SHAPE.test(word) && !loadGazetteer().has(n.entity.name, 'demonym');
}

/**
 * 10. A company called by the first word of its name ("X said", "X's director" for "X Air Lines",
 * as reports shorten firms' names): the lone word joins the one company whose name starts with it.
 * Not a word that names a place anywhere in the corpus (the town of "X Chemicals" is X) or is part
 * of a person's full name (a founder's surname).
 */
function joinCompanyShortNames(nodes: Node[], uf: UnionFind): void {
  const companies = new Buckets();
  nodes.forEach((m, j) => {
    if (isCompanyName(m)) companies.add(m.parts[0], j);
  });
  if ([...companies.values()].length === 0) return;
  const places = new Set<string>();
  const personParts = new Set<string>();
  for (const m of nodes) {
    if (m.type === 'PLACE') for (const p of m.parts) places.add(p);
    if (m.type === 'PERSON' && !isShortPersonForm(m.parts)) for (const p of m.parts) personParts.add(p);
  }
  nodes.forEach((n, i) => {
    if (!mayBeCompanyShortName(n, places, personParts)) return;
    const root = singleRoot(uf, companies.get(n.parts[0]), () => true, uf.find(i));
    if (root !== -1) uf.union(i, root);
  });
}

/** Parts with plurals folded ("Guards" = "Guard") and "Saint" written as "St". */
function pluralFolded(parts: readonly string[]): string[] {
  return parts.map((p) => (p === 'saint' || p === 'ste' ? 'st' : p.length > 3 && p.endsWith('s') && !p.endsWith('ss') ? p.slice(0, -1) : p));
}

/**
 * The group's type: the one most of its mentions carry. On a tie the lists decide (`listed`:
 * the type the generic gazetteer gives the name, if any), then ORG, PLACE, PERSON, MISC: a group
 * that holds a person's node besides a place or group mostly holds it as one word (a full name
 * joins them only by rule 7, where their documents outnumber it), and a lone capitalized word is
 * a place or a group more often than a person ("X mutiny ends" in a headline, typed a person,
 * beside the dateline "Y, X (Agency) —").
 */
export function majorityType(counts: Map<EntityType, number>, listed: EntityType | null = null): EntityType {
  const order: EntityType[] = ['ORG', 'PLACE', 'PERSON', 'MISC'];
  let best: EntityType = 'MISC';
  let bestN = -1;
  for (const t of order) {
    const c = counts.get(t) ?? 0;
    if (c > bestN || (c === bestN && t === listed)) {
      best = t;
      bestN = c;
    }
  }
  return best;
}
