import type { CorpusEntity, CorpusStage, DocSpan, EntityType, Corpus } from '../../../core/index.ts';
import { loadGazetteer } from '../../../nlp/ner/index.ts';
import { majorityType, mergeNodes } from './merge.ts';
import { buildNodes, isListedPlace, type Node } from './nodes.ts';
import { QUALIFIER_WORDS } from './patterns.ts';
import { FACILITY_HEADS } from '../../doc/find-entities/patterns.ts';

/** How often a form is written, and in how many documents. */
interface FormUse {
  count: number;
  docs: Set<string>;
}

/** "X bases", "X news agency": a form ending in a lowercase word. */
const LOWERCASE_TAIL = /\s\p{Ll}[\p{Ll}-]*$/u;

/** "X Prison", "X Mine": a site's full name, which its short name "X" backs. */
const isFacility = (form: string): boolean => FACILITY_HEADS.has(form.slice(form.lastIndexOf(' ') + 1).toLowerCase());

/**
 * The canonical name: for persons the most complete form (most words), then the one most
 * documents write; for other names the form most documents write (for organizations and sites
 * counting the documents of the shorter forms inside it), preferring forms without a lowercase tail, then
 * the longest, then the most frequent. Never an acronym when a written-out
 * form exists.
 */
function canonical(forms: Map<string, FormUse>, type: EntityType, acronyms: Set<string>): string {
  let best = '';
  let bestScore = -Infinity;
  for (const [form, use] of forms) {
    if (acronyms.has(form) && forms.size > acronyms.size) continue;
    const words = form.split(/[\s-]+/).length;
    const docs = (type === 'ORG' || (type === 'PLACE' && isFacility(form))) && forms.size > 1 ? supportOf(form, forms) : use.docs.size;
    const score =
      type === 'PERSON'
        ? words * 1e8 + docs * 1e4 + use.count
        : (LOWERCASE_TAIL.test(form) ? 0 : 1e12) + docs * 1e8 + words * 1e4 + use.count;
    if (score > bestScore) {
      bestScore = score;
      best = form;
    }
  }
  return best;
}

/**
 * A place written only in capitals (a dateline: "TRESKA") is named in ordinary case ("Treska"); its
 * alias stays as written. Acronyms ("USA") keep their capitals.
 */
function shownName(name: string, type: EntityType, acronyms: ReadonlySet<string>): string {
  if (type !== 'PLACE' || acronyms.has(name) || name !== name.toUpperCase() || name === name.toLowerCase()) return name;
  return name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/**
 * The documents writing an organization's form or a shorter form inside it ("Ministry of Y" backs
 * "X Ministry of Y"), so that a fragment is not preferred to the whole name. A form led by a
 * qualifier ("US X") is backed by its own documents only: "X" is the name there.
 */
function supportOf(form: string, forms: Map<string, FormUse>): number {
  const own = forms.get(form)!.docs;
  const first = form.split(' ', 1)[0].toLowerCase();
  if (QUALIFIER_WORDS.has(first)) return own.size;
  const docs = new Set(own);
  const padded = ` ${form} `;
  for (const [other, use] of forms) {
    if (other.length < form.length && padded.includes(` ${other} `)) for (const d of use.docs) docs.add(d);
  }
  return docs.size;
}

/**
 * A form in capitals ("PORTVALE", a dateline) that another form writes in ordinary case is that
 * form, not an alias of its own: its uses are counted for the ordinary form. Acronyms stay.
 */
function foldCapitals(forms: Map<string, FormUse>, acronyms: ReadonlySet<string>): void {
  if (forms.size < 2) return;
  const byUpper = new Map<string, string>();
  for (const form of forms.keys()) if (form !== form.toUpperCase()) byUpper.set(form.toUpperCase(), form);
  for (const [form, use] of forms) {
    const plain = form === form.toUpperCase() && !acronyms.has(form) ? byUpper.get(form) : undefined;
    if (plain === undefined) continue;
    const to = forms.get(plain)!;
    to.count += use.count;
    for (const d of use.docs) to.docs.add(d);
    forms.delete(form);
  }
}

/** The type the generic lists give a name (a country, a city, a listed organization), if any. */
function listedType(name: string): EntityType | null {
  if (isListedPlace(name)) return 'PLACE';
  if (loadGazetteer().has(name, 'org')) return 'ORG';
  return null;
}

export function mergeCorpusEntities(corpus: Corpus): CorpusEntity[] {
  const nodes = buildNodes(corpus);
  const uf = mergeNodes(nodes);
  const groups = new Map<number, Node[]>();
  nodes.forEach((n, i) => {
    const r = uf.find(i);
    let g = groups.get(r);
    if (!g) groups.set(r, (g = []));
    g.push(n);
  });
  const out: CorpusEntity[] = [];
  for (const members of groups.values()) {
    const forms = new Map<string, FormUse>();
    const use = (form: string, doc: string): void => {
      let u = forms.get(form);
      if (!u) forms.set(form, (u = { count: 0, docs: new Set() }));
      u.count++;
      u.docs.add(doc);
    };
    const types = new Map<EntityType, number>();
    const acronyms = new Set<string>();
    // Sets keep first-seen order, and a place named in thousands of documents stays linear.
    const roles = new Set<string>();
    const documents = new Set<string>();
    const mentions: DocSpan[] = [];
    for (const n of members) {
      documents.add(n.doc);
      if (n.acronym) acronyms.add(n.acronym);
      for (const r of n.entity.roles) roles.add(r);
      const weight = Math.max(1, n.mentions.length);
      types.set(n.type, (types.get(n.type) ?? 0) + weight);
      // A mention written as more than the name ("X-based" for place X) is not a form of the name.
      const aliases = n.entity.aliases;
      for (const m of n.mentions) {
        if (aliases.includes(m.text)) use(m.text, n.doc);
        mentions.push({ document: n.doc, start: m.start, end: m.end, text: m.text });
      }
      for (const w of n.written ?? []) use(w, n.doc);
      if (n.mentions.length === 0) for (const a of aliases) use(a, n.doc);
      // An office split by owner shows only the forms its own mentions write.
      else if (!n.office) for (const a of aliases) if (!forms.has(a)) use(a, n.doc);
    }
    foldCapitals(forms, acronyms);
    // The lists only break a tie between types: looked up only when there are two, first listed name wins.
    let listed: EntityType | null = null;
    if (types.size > 1) for (const n of members) if ((listed = listedType(n.entity.name)) !== null) break;
    const type = majorityType(types, listed);
    out.push({ id: '', name: shownName(canonical(forms, type, acronyms), type, acronyms), type, aliases: [...forms.keys()], documents: [...documents], mentions, roles: [...roles] });
  }
  out.sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
  out.forEach((e, i) => (e.id = `ent${i + 1}`));
  return out;
}

export const mergeAliases: CorpusStage = {
  kind: 'corpus',
  name: 'merge-aliases',
  reads: ['entities', 'mentions'],
  writes: ['entities'],
  run(corpus) {
    corpus.layers.entities = mergeCorpusEntities(corpus);
  },
};
