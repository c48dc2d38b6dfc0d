import type { Corpus } from '../../../core/index.ts';
import type { EntityResolver } from '../../../corpus-index/index.ts';
import { CONTAINS_GAP, INSIDE_GAP, LIST_AFTER } from './patterns.ts';

/** Longest text between two place names that is read for a relation. */
const MAX_GAP = 60;

/**
 * Which places lie inside which, as the documents themselves say it ("Tarvin, Norland",
 * "Norland's Harrow province", "a village in northern Kivu"). Reports name one happening at
 * the level they know (the town, the province or the country): places related this way are one
 * place at different levels, not two places.
 */
export class PlaceLevels {
  /** Corpus key → keys of the places it is said to lie in. */
  private readonly parents = new Map<string, Set<string>>();

  constructor(corpus: Corpus, resolver: EntityResolver) {
    for (const doc of corpus.documents) {
      const places = (doc.layers.mentions ?? []).filter((m) => m.type === 'PLACE');
      for (let i = 0; i + 1 < places.length; i++) {
        const a = places[i];
        const b = places[i + 1];
        if (b.start - a.end > MAX_GAP) continue;
        const ka = resolver.resolve(doc.id, a.entity);
        const kb = resolver.resolve(doc.id, b.entity);
        if (!ka || !kb || ka === kb) continue;
        const gap = doc.text.slice(a.end, b.start);
        // "Tarsa, Ulm and Brennik" is a list, not a place and its country.
        if (INSIDE_GAP.test(gap) && !(gap.trim() === ',' && LIST_AFTER.test(doc.text.slice(b.end, b.end + 60)))) this.add(ka, kb);
        else if (CONTAINS_GAP.test(gap)) this.add(kb, ka);
      }
    }
  }

  private add(inner: string, outer: string): void {
    // A pair said both ways is a misreading ("A, B" in one list, "B, A" in another): neither holds.
    if (this.parents.get(outer)?.has(inner)) {
      this.parents.get(outer)!.delete(inner);
      return;
    }
    const set = this.parents.get(inner) ?? new Set<string>();
    set.add(outer);
    this.parents.set(inner, set);
  }

  /** Whether `inner` lies in `outer`, directly or through places between. */
  within(inner: string, outer: string): boolean {
    const seen = new Set<string>([inner]);
    const stack = [inner];
    while (stack.length) {
      for (const p of this.parents.get(stack.pop()!) ?? []) {
        if (p === outer) return true;
        if (!seen.has(p)) {
          seen.add(p);
          stack.push(p);
        }
      }
    }
    return false;
  }

  /** The same place, or one inside the other. */
  related(a: string, b: string): boolean {
    return a === b || this.within(a, b) || this.within(b, a);
  }
}
