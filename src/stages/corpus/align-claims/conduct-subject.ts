// Who an account of a person in charge is about ("the driver fled", "the conductor stayed at his post"),
// so that accounts of different people are different slots and one person's are one however each
// report names them: "the captain" in one, "Captain Ada Roe" or a name the alias stage knows as the
// captain in another. The extractor records who as the claim's `counted` ("the driver of the night
// train", "Captain Ada Roe, 54,", "he", "his client").
import type { ClaimMention, Corpus, Doc } from '../../../core/index.ts';
import { EntityResolver, normalizeWord, UnionFind } from '../../../corpus-index/index.ts';
import { CONDUCT } from './contradictions.ts';
import type { ClaimRecord } from './records.ts';
import { escapeRegExp } from '../../../text/escape-regexp.ts';

/** Words that stand for someone the report named before: a pronoun, a lawyer's "his client". */
const STANDS_FOR: ReadonlySet<string> = new Set(['he', 'she', 'they', 'him', 'her', 'them', 'client', 'accused', 'defendant']);
/** Words that name no one, dropped from the end of a phrase read for its role ("the driver who", "Captain the"). */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'who', 'which', 'and', 'or', 'of', 'by', 'said', 'says']);
/** Words before a role that tell one holder of it from another: "the first officer", "the chief engineer". */
const RANK: ReadonlySet<string> = new Set(['first', 'second', 'third', 'chief', 'senior', 'junior', 'assistant', 'deputy', 'head', 'relief']);
/** An "of" tail ending in a relative pronoun: the verb after it is said of the tail's noun. */
const RELATIVE_OF = /\s+of\s+(.+?)\s+(?:who|that|which)\s*$/i;
/** Other names of one post: a ship's master or skipper is its captain, a tram's motorman its driver. */
const SAME_POST: Readonly<Record<string, string>> = { skipper: 'captain', master: 'captain', motorman: 'driver' };
/**
 * The kind of craft a role is told of, when a report names it ("the bus driver", "the driver of the
 * freight train", "the tanker's captain"): a driver of a train and one of a bus are two people, as the
 * captains of a ferry and of a plane. Kinds, not words: a report calls one craft a ship, a vessel, a ferry.
 */
const CRAFT: Readonly<Record<string, string>> = Object.fromEntries([
  ...['train', 'tram', 'locomotive', 'railcar', 'metro', 'subway'].map((w) => [w, 'rail']),
  ...['bus', 'coach', 'minibus', 'lorry', 'truck', 'van', 'car', 'taxi', 'tanker-truck'].map((w) => [w, 'road']),
  ...['ship', 'vessel', 'boat', 'ferry', 'tanker', 'trawler', 'barge', 'tug', 'freighter', 'yacht', 'liner'].map((w) => [w, 'water']),
  ...['plane', 'aircraft', 'jet', 'airliner', 'helicopter', 'flight'].map((w) => [w, 'air']),
]);

/** An account of what a person in charge did: a label of a conduct pair, in a report's own words (not a quote slotted by speaker). */
export function isConduct(r: ClaimRecord): boolean {
  if (r.claim.kind !== 'statement' || (r.quoted && r.speaker)) return false;
  const value = String(r.claim.value);
  return CONDUCT.some(([a, b]) => a.test(value) || b.test(value));
}

/**
 * The role a phrase names: its last word, with a rank before it ("the ferry's captain" → captain,
 * "the train driver" → driver, "the first officer" → first officer); null for a pronoun, a lawyer's
 * "his client" or no word at all.
 */
export function roleOf(phrase: string): string | null {
  const words = phrase.split(/\s+/).map((w) => w.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '')).filter(Boolean);
  // "the driver who": a relative pronoun or article after the role is no part of it.
  while (words.length && FUNCTION_WORDS.has(words[words.length - 1]!.toLowerCase())) words.pop();
  const last = words[words.length - 1];
  if (last === undefined || !/^\p{L}/u.test(last)) return null;
  const word = normalizeWord(last);
  if (STANDS_FOR.has(word)) return null;
  const head = SAME_POST[word] ?? word;
  const before = words[words.length - 2]?.toLowerCase();
  return before !== undefined && RANK.has(before) ? `${before} ${head}` : head;
}

/** The first word of a phrase that names a craft ("the freight train's driver" → train), or null. */
export function craftOf(phrase: string): string | null {
  for (const w of phrase.split(/[\s,]+/)) {
    // "coaches", "buses": the plural of a word ending in a hiss keeps its e in `normalizeWord`.
    const word = normalizeWord(w.replace(/[^\p{L}'’-]/gu, '')).replace(/(?<=[sxz]|[cs]h)e$/, '');
    if (CRAFT[word]) return word;
  }
  return null;
}

/** A role as a name token (`r:driver`, or `r:driver@rail` with the kind of craft the phrase tells) and how it is shown. */
function roleToken(phrase: string, whole = phrase): [string, string] | null {
  const role = roleOf(phrase);
  if (!role) return null;
  const craft = craftOf(whole);
  return craft ? [`r:${role}@${CRAFT[craft]!}`, `the ${role} of the ${craft}`] : [`r:${role}`, `the ${role}`];
}

/** Where the claim's subject phrase starts in its document, or null when it is not found in its sentence. */
function subjectStart(doc: Doc, claim: ClaimMention): number | null {
  const sentence = doc.layers.sentences?.[claim.sentence];
  if (!sentence || !claim.counted) return null;
  const at = claim.sentenceText.lastIndexOf(claim.counted, claim.quantity.end - sentence.start);
  return at < 0 ? null : sentence.start + at;
}

/** What the corpus knows of people: the roles the alias stage gathered, and every written form of a person's name. */
interface People {
  resolver: EntityResolver;
  rolesOf: ReadonlyMap<string, readonly string[]>;
  byName: ReadonlyMap<string, string>;
}

/** Capitalized words ending a phrase: "Captain Lev Oran", "Lev Oran". */
const CAPITALIZED_END = /(?:\p{Lu}[\p{Ll}'’-]+\s+)+\p{Lu}[\p{Ll}'’-]+\s*$/u;

/**
 * A person another report named, written at the end of a part the recognizer found no person in
 * (missed, or read as a place): the longest run of its last capitalized words, of two or more, that
 * is a known form of a person's name. Returns the key and where the name starts in the part.
 */
function knownName(part: string, byName: ReadonlyMap<string, string>): [string, number] | null {
  const run = CAPITALIZED_END.exec(part);
  if (!run) return null;
  const words = run[0].trim().split(/\s+/);
  for (let i = 0; i + 1 < words.length; i++) {
    const key = byName.get(words.slice(i).join(' ').toLowerCase());
    if (key !== undefined) return [key, run.index + words.slice(0, i).reduce((n, w) => n + w.length + 1, 0)];
  }
  return null;
}

/**
 * What the record names its subject by: `e:` a corpus entity, `r:` a role. A name brings the roles
 * written with it (a title before it, its mention's role) and those the alias stage gathered for its
 * entity; an appositive ("Ada Roe, the ship's master,") brings its role; an "of" tail ("the driver of
 * the night train") is no part of the role.
 */
function namesOf(r: ClaimRecord, people: People): Map<string, string> {
  const { resolver, rolesOf, byName } = people;
  const out = new Map<string, string>();
  const role = (phrase: string | null | undefined, whole?: string): void => {
    const x = phrase ? roleToken(phrase, whole) : null;
    if (x && !out.has(x[0])) out.set(x[0], x[1]);
  };
  const person = (key: string): void => {
    out.set(`e:${key}`, resolver.name(key));
    for (const x of rolesOf.get(key) ?? []) role(x);
  };
  const phrase = r.claim.counted ?? '';
  const start = subjectStart(r.doc, r.claim);
  // The head and an appositive, each a name or a role: "the captain, Ada Roe," / "Ada Roe, the ship's master,".
  const cut = phrase.indexOf(',');
  for (const [part, from] of cut < 0 ? [[phrase, 0] as const] : [[phrase.slice(0, cut), 0] as const, [phrase.slice(cut + 1), cut + 1] as const]) {
    const at = start === null ? null : start + from;
    const persons = at === null ? [] : (r.doc.layers.mentions ?? []).filter((m) => m.type === 'PERSON' && m.start >= at && m.end <= at + part.length);
    let title: string | null = null;
    if (persons.length && at !== null) {
      for (const m of persons) {
        const key = resolver.resolve(r.doc.id, m.entity);
        if (key !== null) person(key);
        role(m.role);
      }
      title = r.doc.text.slice(at, persons[0]!.start);
    } else {
      const named = knownName(part, byName);
      if (named) {
        person(named[0]);
        title = part.slice(0, named[1]);
      }
    }
    // A title before the name ("Captain Ada Roe"); with no name, the part is the role, without its "of"
    // tail, unless a relative clause tells of the tail ("two supervisors of the guards who | were on duty").
    const relative = RELATIVE_OF.exec(part);
    role(title ?? (relative ? relative[1] : part.replace(/\s+of\s.*$/i, '')), part);
  }
  return out;
}

/** The words just before a role a craft may be named in ("the freight train's | driver"), and the "of" tail after it. */
const CRAFT_BEFORE = /(?:\S+\s+){0,3}$/;
const CRAFT_AFTER = /^\s+of\s+(?:the\s+|an?\s+|its\s+)?(?:[\w-]+\s+)?[\w'’-]+/i;

/**
 * The name token a role written in the text stands for among the story's (`known`): the one of its
 * craft, else the bare role, else the one craft the story tells that role of.
 */
function knownRole(role: string, craft: string | null, known: ReadonlySet<string>): string | null {
  if (craft && known.has(`r:${role}@${craft}`)) return `r:${role}@${craft}`;
  if (known.has(`r:${role}`)) return `r:${role}`;
  const crafts = [...known].filter((t) => t.startsWith(`r:${role}@`));
  return crafts.length === 1 ? crafts[0]! : null;
}

/**
 * For a subject that stands for someone named before ("he", "his client"), the name the story's
 * accounts use that its report wrote last before it: "neighbours say the night guard fled; the firm
 * says she stayed at her post" → the guard. `roles` matches every role word the story's accounts use.
 */
function antecedent(r: ClaimRecord, roles: RegExp | null, known: ReadonlySet<string>, resolver: EntityResolver): string | null {
  const text = r.doc.text;
  const at = subjectStart(r.doc, r.claim) ?? r.claim.quantity.start;
  let best: string | null = null;
  let bestAt = -1;
  if (roles) {
    for (const m of text.slice(0, at).matchAll(roles)) {
      const role = roleOf(m[0]);
      const end = m.index + m[0].length;
      const around = `${CRAFT_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index))?.[0] ?? ''} ${CRAFT_AFTER.exec(text.slice(end, end + 40))?.[0] ?? ''}`;
      const craft = craftOf(around);
      const token = role ? knownRole(role, craft ? CRAFT[craft]! : null, known) : null;
      if (token) {
        best = token;
        bestAt = m.index;
      }
    }
  }
  for (const m of r.doc.layers.mentions ?? []) {
    if (m.start >= at) break;
    const key = m.type === 'PERSON' ? resolver.resolve(r.doc.id, m.entity) : null;
    if (key !== null && known.has(`e:${key}`) && m.start > bestAt) {
      best = `e:${key}`;
      bestAt = m.start;
    }
  }
  return best;
}

/**
 * Sets `who` on each account of what a person in charge did: the person its slot is named by, one
 * per story for all the names that are one person (a role and a name written together, a name and the
 * roles the alias stage knows for it). A subject that stands for someone named before takes them; one
 * that cannot be told (no antecedent, several people in the story) has none and its slot is its own.
 */
export function conductSubjects(records: readonly ClaimRecord[], corpus: Corpus, resolver: EntityResolver): void {
  const rolesOf = new Map<string, readonly string[]>();
  const byName = new Map<string, string>();
  for (const e of corpus.layers.entities ?? []) {
    if (e.roles.length) rolesOf.set(e.id, e.roles);
    if (e.type === 'PERSON') for (const form of [e.name, ...e.aliases]) if (form.includes(' ') && !byName.has(form.toLowerCase())) byName.set(form.toLowerCase(), e.id);
  }
  const people: People = { resolver, rolesOf, byName };
  const byStory = new Map<string, ClaimRecord[]>();
  for (const r of records) {
    if (!isConduct(r)) continue;
    const list = byStory.get(r.story);
    if (list) list.push(r);
    else byStory.set(r.story, [r]);
  }
  for (const accounts of byStory.values()) {
    const index = new Map<string, number>();
    const sets = new UnionFind();
    const idOf = (token: string): number => {
      let i = index.get(token);
      if (i === undefined) index.set(token, (i = sets.push()));
      return i;
    };
    const shownAs = new Map<string, string>();
    const named = accounts.map((r) => {
      const names = namesOf(r, people);
      for (const [t, label] of names) if (!shownAs.has(t)) shownAs.set(t, label);
      return [...names.keys()];
    });
    const uses = new Map<string, number>();
    for (const tokens of named) {
      for (const t of tokens) {
        sets.union(idOf(tokens[0]!), idOf(t));
        uses.set(t, (uses.get(t) ?? 0) + 1);
      }
    }
    // "The driver" is the train driver in a story that tells of no other driver; beside a bus driver it
    // could be either, and its accounts are their own.
    for (const t of index.keys()) {
      if (!t.startsWith('r:') || t.includes('@')) continue;
      const crafts = [...index.keys()].filter((x) => x.startsWith(`${t}@`));
      if (crafts.length === 1) sets.union(index.get(t)!, index.get(crafts[0]!)!);
    }
    // Each person is shown by the role most accounts give them ("the captain"), else by name.
    const shown = new Map<number, string>();
    const rank = (t: string): number => (t.startsWith('r:') ? 1_000_000 : 0) + (uses.get(t) ?? 0);
    for (const t of [...index.keys()].sort((a, b) => rank(b) - rank(a) || a.localeCompare(b))) {
      const root = sets.find(index.get(t)!);
      if (shown.has(root)) continue;
      // Two people are never shown (and so slotted) as one: the second "the driver" is numbered.
      const label = shownAs.get(t)!;
      const taken = new Set(shown.values());
      shown.set(root, taken.has(label) ? `${label} (${shown.size + 1})` : label);
    }
    const known = new Set(index.keys());
    const heads = new Set([...known].filter((t) => t.startsWith('r:')).map((t) => t.slice(2).replace(/@.*$/, '')));
    // A role is written under any name of its post: "the skipper" is the captain.
    for (const [word, post] of Object.entries(SAME_POST)) if (heads.has(post)) heads.add(word);
    const roleWords = [...heads].sort((a, b) => b.length - a.length);
    const roles = roleWords.length ? new RegExp(String.raw`\b(?:${roleWords.map(escapeRegExp).join('|')})(?:e?s)?\b`, 'giu') : null;
    const only = shown.size === 1 ? [...shown.values()][0]! : null;
    for (const [i, r] of accounts.entries()) {
      const token = named[i]![0] ?? antecedent(r, roles, known, resolver);
      r.who = token !== undefined && token !== null ? shown.get(sets.find(index.get(token)!))! : only;
    }
  }
}
