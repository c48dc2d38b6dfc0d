// Hand-made document entities for the merge tests (no recognizer involved; invented names).
import { createDoc, type Corpus, type CorpusEntity, type DocEntity, type EntityMention, type EntityType } from '../../../core/index.ts';

export interface Ent {
  name: string;
  type: EntityType;
  aliases?: string[];
  acronym?: string;
  roles?: string[];
  /** Mention texts when they differ from the aliases ("X-based" for X). */
  written?: string[];
}

/** A corpus with one document per list; each entity gets one mention per alias (or per written form). */
export function corpusOf(...docs: Ent[][]): Corpus {
  const documents = docs.map((ents, d) => {
    const id = `d${d + 1}`;
    const doc = createDoc({ id, source: id, format: 'text', raw: '', text: '', hints: {}, flags: [], removed: [] });
    const entities: DocEntity[] = [];
    const mentions: EntityMention[] = [];
    ents.forEach((e, k) => {
      const aliases = e.aliases ?? [e.name];
      entities.push({ id: `e${k + 1}`, name: e.name, type: e.type, aliases, roles: e.roles ?? [], acronym: e.acronym ?? null });
      for (const a of e.written ?? aliases) mentions.push({ start: 0, end: a.length, text: a, type: e.type, entity: `e${k + 1}`, role: null });
    });
    doc.layers.entities = entities;
    doc.layers.mentions = mentions;
    return doc;
  });
  return { documents, inputErrors: [], issues: [], layers: {} };
}

/**
 * One document from its text: entity k of `ents` ([name, type, forms?]) gets id `e{k+1}` and a mention
 * at every match of `formRe(form)` for each of its forms (its name when none are given).
 */
export function docFromText(id: string, text: string, ents: [string, EntityType, string[]?][], formRe: (form: string) => RegExp): Corpus['documents'][number] {
  const doc = createDoc({ id, source: id, format: 'text', raw: text, text, hints: {}, flags: [], removed: [] });
  const entities: DocEntity[] = [];
  const mentions: EntityMention[] = [];
  ents.forEach(([name, type, aliases], k) => {
    const forms = aliases ?? [name];
    entities.push({ id: `e${k + 1}`, name, type, aliases: forms, roles: [], acronym: null });
    for (const f of forms) {
      const re = formRe(f);
      for (let m = re.exec(text); m; m = re.exec(text)) mentions.push({ start: m.index, end: m.index + f.length, text: f, type, entity: `e${k + 1}`, role: null });
    }
  });
  doc.layers.entities = entities;
  doc.layers.mentions = mentions;
  return doc;
}

/** A corpus of these documents. */
export const corpus = (...documents: Corpus['documents']): Corpus => ({ documents, inputErrors: [], issues: [], layers: {} });

export const P = (name: string, aliases?: string[]): Ent => ({ name, type: 'PERSON', aliases });
export const O = (name: string, aliases?: string[], acronym?: string): Ent => ({ name, type: 'ORG', aliases, acronym });
export const L = (name: string, aliases?: string[]): Ent => ({ name, type: 'PLACE', aliases });

/** The merged entities that hold this alias: one when the merge did its job. */
export function holding(ents: CorpusEntity[], alias: string): CorpusEntity[] {
  return ents.filter((e) => e.aliases.includes(alias));
}
