import type { ClaimRecord } from './records.ts';
import { RIVAL_BEFORE } from './patterns.ts';

/** How far before a count its comparison ("far more than the") is looked for. */
const RIVAL_CHARS = 40;

/**
 * Counts of differently named things that a report sets against each other as rival figures of one
 * quantity: "about 24,000 people were inside, far more than the 18,200 tickets sold". Within the
 * story, every count of the second noun then counts what the first one does, so each outlet's
 * figure, whichever way it names it, meets the other in one slot, where they conflict; a report
 * giving both gives two sources' figures, however far apart. Only counts (not tolls of named
 * kinds) are linked, one hop, by the comparison's own words. Counts of one noun so compared are
 * marked rivals and keep their noun.
 */
export function joinRivalCounts(records: ClaimRecord[]): void {
  const rival = new Map<string, string>();
  const bySentence = new Map<string, ClaimRecord[]>();
  for (const r of records) {
    if (r.claim.kind !== 'count') continue;
    const key = `${r.doc.id}\u0000${r.claim.sentence}`;
    const list = bySentence.get(key);
    if (list) list.push(r);
    else bySentence.set(key, [r]);
  }
  for (const list of bySentence.values()) {
    if (list.length < 2) continue;
    for (const r of list) {
      const q = r.claim.quantity.start;
      if (!RIVAL_BEFORE.test(r.doc.text.slice(Math.max(0, q - RIVAL_CHARS), q))) continue;
      const other = list.find((o) => o.claim.quantity.start < q && o.counted !== r.counted);
      if (other) rival.set(`${r.story}\u0000${r.counted}`, other.counted);
      // "Some 9,000 pilgrims were in the square, far more than the 6,500 pilgrims registered": the same people
      // counted by two sources. Both figures are rivals, so the report may give the slot both.
      const same = other ? undefined : list.find((o) => o.claim.quantity.start < q && o.counted === r.counted);
      if (same) same.rival = r.rival = true;
    }
  }
  if (rival.size === 0) return;
  for (const r of records) {
    const to = r.claim.kind === 'count' ? rival.get(`${r.story}\u0000${r.counted}`) : undefined;
    if (to === undefined) continue;
    r.counted = to;
    r.noun = to;
    r.rival = true;
  }
}
