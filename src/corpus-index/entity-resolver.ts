import type { Corpus, DocEntity } from '../core/index.ts';

/**
 * Maps a document's entity ids to corpus-wide keys: the corpus entity id when alias merging has
 * run (matched by mention span, then by alias), else the lower-cased name, so documents can be
 * compared either way.
 */
export class EntityResolver {
  private readonly byDoc = new Map<string, Map<string, string>>();
  private readonly names = new Map<string, string>();
  private readonly types = new Map<string, string>();
  /** Lower-cased names and aliases of the corpus's places, to their keys. */
  private readonly placesByName = new Map<string, string>();

  constructor(corpus: Corpus) {
    const bySpan = new Map<string, string>();
    for (const ce of corpus.layers.entities ?? []) {
      this.names.set(ce.id, ce.name);
      this.types.set(ce.id, ce.type);
      for (const m of ce.mentions) bySpan.set(`${m.document}\u0000${m.start}`, ce.id);
    }
    const byAlias = new Map<string, string>();
    for (const ce of corpus.layers.entities ?? []) {
      for (const a of [ce.name, ...ce.aliases]) if (!byAlias.has(a.toLowerCase())) byAlias.set(a.toLowerCase(), ce.id);
      if (ce.type === 'PLACE') for (const a of [ce.name, ...ce.aliases]) if (!this.placesByName.has(a.toLowerCase())) this.placesByName.set(a.toLowerCase(), ce.id);
    }
    for (const doc of corpus.documents) {
      const map = new Map<string, string>();
      for (const m of doc.layers.mentions ?? []) {
        const id = bySpan.get(`${doc.id}\u0000${m.start}`);
        if (id && !map.has(m.entity)) map.set(m.entity, id);
      }
      for (const e of doc.layers.entities ?? []) {
        if (map.has(e.id)) continue;
        map.set(e.id, byAlias.get(e.name.toLowerCase()) ?? this.nameKey(e));
      }
      this.byDoc.set(doc.id, map);
    }
  }

  private nameKey(e: DocEntity): string {
    const key = `name:${e.name.toLowerCase()}`;
    if (!this.names.has(key)) {
      this.names.set(key, e.name);
      this.types.set(key, e.type);
    }
    return key;
  }

  resolve(document: string, entity: string | null | undefined): string | null {
    if (!entity) return null;
    return this.byDoc.get(document)?.get(entity) ?? null;
  }

  /** The key of the corpus place named so (any case), if alias merging found one. */
  placeNamed(name: string): string | null {
    return this.placesByName.get(name.toLowerCase()) ?? null;
  }

  /** Display name of a corpus key. */
  name(key: string): string {
    return this.names.get(key) ?? key.replace(/^name:/, '');
  }

  type(key: string): string | null {
    return this.types.get(key) ?? null;
  }

  /** Every corpus key the document's entities resolve to. */
  keysOf(document: string): string[] {
    return [...new Set(this.byDoc.get(document)?.values() ?? [])];
  }
}

/** The date a document's relative expressions are read against: reference date, else published. */
export function docDate(doc: { layers: { metadata?: { referenceDate: string | null; published: string | null } }; hints: { published?: string } }): string | null {
  const m = doc.layers.metadata;
  return m?.referenceDate ?? m?.published ?? (doc.hints.published && /^\d{4}-\d{2}-\d{2}/.test(doc.hints.published) ? doc.hints.published.slice(0, 10) : null);
}
