import type { CopyRelation, Doc, IndependenceGroup, Provenance } from '../../../core/index.ts';
import { CopyIndex, UnionFind } from '../../../corpus-index/index.ts';
import type { CopyIndexOptions } from '../../../corpus-index/index.ts';
import { documentWords } from './document-words.ts';
import { outletKey } from './outlet-key.ts';
import { ParaphraseIndex } from './paraphrase.ts';
import { ORIGIN_EVIDENCE_KINDS } from './patterns.ts';

/** The original publisher a document credits, if the metadata stage found evidence for one. */
export function creditedOutlet(doc: Doc): string | null {
  const meta = doc.layers.metadata;
  if (!meta) return doc.hints.outlet ?? null;
  if (meta.outlet) return meta.outlet;
  const ev = meta.outletEvidence.find((e) => ORIGIN_EVIDENCE_KINDS.has(e.kind));
  return ev ? ev.outlet : null;
}

/**
 * The outlet a document credits as the origin of its text (an agency tag, a credit line, a
 * container's source field), or null when its outlet is only the page's own name (its masthead,
 * site or feed title, the desk it names): one outlet's own reports are separate stories, so
 * sharing a publisher does not make two documents copies of one original.
 */
function originOutlet(doc: Doc): string | null {
  const meta = doc.layers.metadata;
  if (!meta) return doc.hints.outlet ?? null;
  const credits = meta.outletEvidence.filter((e) => ORIGIN_EVIDENCE_KINDS.has(e.kind));
  if (meta.outlet) return credits.some((e) => e.outlet === meta.outlet) ? meta.outlet : null;
  return credits[0]?.outlet ?? null;
}

/**
 * Keeps the copy index and the grouping so documents can be added one at a time; `result()`
 * renders the layer. Groups are joined by near-duplicate text, by a paraphrase that keeps the
 * original's sentences in order, or by crediting the same original outlet.
 */
export class ProvenanceTracker {
  private readonly copies: CopyIndex;
  private readonly paraphrases = new ParaphraseIndex();
  private readonly sets = new UnionFind();
  private readonly ids: string[] = [];
  private readonly index = new Map<string, number>();
  private readonly byOutlet = new Map<string, number>();
  private readonly outletName: (string | null)[] = [];
  private readonly relations: CopyRelation[] = [];
  /** Reasons per pair of joined documents, keyed by the later one. */
  private readonly reasons = new Map<number, string[]>();

  constructor(options: Partial<CopyIndexOptions> = {}) {
    this.copies = new CopyIndex(options);
  }

  add(doc: Doc): void {
    const i = this.sets.push();
    this.ids.push(doc.id);
    this.index.set(doc.id, i);
    // Tokenised once for both checks: it is most of what adding a document costs.
    const words = documentWords(doc);
    for (const m of this.copies.add(doc.id, doc.text, words.words)) {
      const similarity = Math.round(m.jaccard * 1000) / 1000;
      this.relations.push({ a: m.a, b: m.b, relation: m.relation, similarity });
      const j = this.index.get(m.a)!;
      this.sets.union(i, j);
      this.note(i, `${m.relation === 'duplicate' ? 'near-duplicate text' : 'rewritten text'} of ${m.a} (Jaccard ${similarity.toFixed(2)}, containment ${m.containment.toFixed(2)})`);
    }
    // Only documents not already joined to this one are worth the sentence-by-sentence check.
    const joined = (other: string): boolean => this.sets.find(this.index.get(other)!) === this.sets.find(i);
    this.paraphrases.add(doc.id, words, joined, (m) => {
      const similarity = Math.round(m.jaccard * 1000) / 1000;
      this.relations.push({ a: m.a, b: m.b, relation: 'rewrite', similarity });
      this.sets.union(i, this.index.get(m.a)!);
      this.note(i, `paraphrase of ${m.a} (${Math.round(m.ordered * 100)}% of the longer text's sentences in the same order, word Jaccard ${similarity.toFixed(2)})`);
    });
    this.outletName.push(creditedOutlet(doc));
    const outlet = originOutlet(doc);
    if (outlet) {
      const key = outletKey(outlet);
      const j = this.byOutlet.get(key);
      if (j === undefined) this.byOutlet.set(key, i);
      else {
        this.sets.union(i, j);
        this.note(i, `both ${doc.id} and ${this.ids[j]} credit ${outlet}`);
      }
    }
  }

  private note(i: number, reason: string): void {
    const list = this.reasons.get(i) ?? [];
    list.push(reason);
    this.reasons.set(i, list);
  }

  /** Group id of a document in the last `result()`, by root index. */
  result(): Provenance {
    const byRoot = new Map<number, number[]>();
    for (let i = 0; i < this.ids.length; i++) {
      const r = this.sets.find(i);
      const list = byRoot.get(r) ?? [];
      list.push(i);
      byRoot.set(r, list);
    }
    const groups: IndependenceGroup[] = [];
    for (const members of byRoot.values()) {
      const outlets = members.map((i) => this.outletName[i]).filter((o): o is string => o !== null);
      groups.push({
        id: `g${groups.length + 1}`,
        documents: members.map((i) => this.ids[i]),
        outlet: mostCommon(outlets),
        reasons: members.flatMap((i) => this.reasons.get(i) ?? []),
      });
    }
    return { groups, relations: [...this.relations] };
  }
}

function mostCommon(values: string[]): string | null {
  const counts = new Map<string, number>();
  let best: string | null = null;
  let bestN = 0;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (n > bestN) {
      best = v;
      bestN = n;
    }
  }
  return best;
}

export function buildProvenance(docs: readonly Doc[], options: Partial<CopyIndexOptions> = {}): Provenance {
  const t = new ProvenanceTracker(options);
  for (const d of docs) t.add(d);
  return t.result();
}

/** Document id → independence group id. */
export function groupOf(provenance: Provenance | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const g of provenance?.groups ?? []) for (const d of g.documents) out.set(d, g.id);
  return out;
}
