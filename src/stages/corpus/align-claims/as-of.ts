// Which of a slot's values speak for its status, and as of when: a report repeating others' figures
// under a wrong date, and figures a report itself supersedes, do not tell a disagreement.
import type { Doc } from '../../../core/index.ts';
import { isoDay } from '../../../corpus-index/index.ts';
import { FALLING_KINDS, RUNNING_TOTAL } from './patterns.ts';
import type { ClaimRecord } from './records.ts';

/**
 * The date each value held: its publication date, except for a report whose own date is not
 * trusted (an aggregator re-dated weeks after its content, an undated page). Such a report repeats
 * figures others gave: each of its figures is as of the first trusted report of the same figure,
 * else as of its story's date. Without this a digest three weeks late makes a toll that rose
 * 160 → 175 → 181 look as if it fell back to 175.
 */
export function asOfDates(records: readonly ClaimRecord[]): (string | null)[] {
  const first = new Map<number | string, string>();
  for (const r of records) {
    if (!r.dated || r.published === null) continue;
    const d = first.get(r.claim.value);
    if (d === undefined || r.published < d) first.set(r.claim.value, r.published);
  }
  return records.map((r) => (r.dated ? r.published : (first.get(r.claim.value) ?? (r.docDay !== null ? isoDay(r.docDay) : r.published))));
}

/** A live blog's posts are successive updates of one story: its figures of a toll are the toll as it stood. */
export function isLiveBlog(doc: Doc): boolean {
  return doc.layers.metadata?.kind === 'live-blog';
}

/**
 * The figures their own report supersedes in the slot: those before a running total it carries on
 * ("three were arrested ... bringing the number in custody to seven"), and a live blog's earlier
 * posts (below its latest figure; above it for counts that fall). The report itself says they no
 * longer hold, so they are left out of the status and the reconciled reading: they are not another
 * source's disagreement. They stay among the slot's values.
 */
export function supersededIn(records: readonly ClaimRecord[]): boolean[] {
  const falling = records.length > 0 && FALLING_KINDS.has(records[0].claim.kind);
  const latest = new Map<Doc, number>();
  for (const r of records) {
    const v = r.claim.value;
    if (typeof v !== 'number' || !(isLiveBlog(r.doc) || (r.update && RUNNING_TOTAL.test(r.claim.sentenceText)))) continue;
    const cur = latest.get(r.doc);
    if (cur === undefined || (falling ? v < cur : v > cur)) latest.set(r.doc, v);
  }
  return records.map((r) => {
    const top = latest.get(r.doc);
    const v = r.claim.value;
    return top !== undefined && typeof v === 'number' && (falling ? v > top : v < top);
  });
}
