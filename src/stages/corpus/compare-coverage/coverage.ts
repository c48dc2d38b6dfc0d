import type { ClaimSlot, Corpus, Coverage, TimelineEntry } from '../../../core/index.ts';
import { groupOf } from '../detect-provenance/provenance.ts';

interface Item {
  kind: 'claims' | 'events';
  id: string;
  documents: string[];
}

/**
 * Per document: the slots and timeline entries it reports, and those it leaves out although an
 * independent source in the same story reports them. Work is per story, so it grows with story
 * sizes rather than with the square of the corpus.
 */
export function coverageOf(corpus: Corpus, slots: readonly ClaimSlot[], timeline: readonly TimelineEntry[]): Coverage[] {
  const group = groupOf(corpus.layers.provenance);
  const storyOf = new Map<string, string>();
  for (const s of corpus.layers.stories ?? []) for (const d of s.documents) storyOf.set(d, s.id);
  const items: Item[] = [
    ...slots.map((s) => ({ kind: 'claims' as const, id: s.id, documents: [...new Set(s.values.map((v) => v.document))] })),
    ...timeline.map((e) => ({ kind: 'events' as const, id: e.id, documents: e.documents })),
  ];
  const byDoc = new Map<string, { claims: string[]; events: string[] }>();
  for (const d of corpus.documents) byDoc.set(d.id, { claims: [], events: [] });
  // Items per story: an item belongs to every story one of its documents is in.
  const storyItems = new Map<string, Item[]>();
  for (const it of items) {
    const seen = new Set<string>();
    for (const d of it.documents) {
      byDoc.get(d)?.[it.kind].push(it.id);
      const st = storyOf.get(d) ?? '';
      if (seen.has(st)) continue;
      seen.add(st);
      storyItems.set(st, [...(storyItems.get(st) ?? []), it]);
    }
  }
  return corpus.documents.map((doc) => {
    const reports = byDoc.get(doc.id)!;
    const omits = { claims: [] as string[], events: [] as string[] };
    const g = group.get(doc.id) ?? doc.id;
    const story = storyOf.get(doc.id) ?? '';
    for (const it of storyItems.get(story) ?? []) {
      if (it.documents.includes(doc.id)) continue;
      if (it.documents.some((d) => (group.get(d) ?? d) !== g && (storyOf.get(d) ?? '') === story)) omits[it.kind].push(it.id);
    }
    return { document: doc.id, reports, omits, kind: doc.layers.metadata?.kind ?? 'unknown' };
  });
}
