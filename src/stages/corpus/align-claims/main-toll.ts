import type { ClaimKind, ClaimSlot, Corpus } from '../../../core/index.ts';

/**
 * The toll of the story's main happening among slots of one kind: the one the most independent
 * sources report, then the one nearest the top of its reports (reports lead with their own
 * happening; other incidents, city-wide tallies and national statistics come later).
 */
export function mainToll(slots: readonly ClaimSlot[], corpus: Corpus, kind: ClaimKind = 'killed'): ClaimSlot | null {
  const length = new Map(corpus.documents.map((d) => [d.id, Math.max(1, d.text.length)]));
  let best: ClaimSlot | null = null;
  let bestPosition = Number.POSITIVE_INFINITY;
  for (const s of slots) {
    if (s.kind !== kind || s.reconciled?.best === null || s.reconciled?.best === undefined) continue;
    let position = Number.POSITIVE_INFINITY;
    for (const v of s.values) position = Math.min(position, v.quantity.start / (length.get(v.document) ?? 1));
    if (!best || s.independentSources > best.independentSources || (s.independentSources === best.independentSources && position < bestPosition)) {
      best = s;
      bestPosition = position;
    }
  }
  return best;
}
