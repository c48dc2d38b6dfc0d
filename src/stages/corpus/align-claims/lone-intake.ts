// A care facility's intake is a part of a toll only when the story gives the toll it is part of.
import { DATE_WINDOW_DAYS } from './patterns.ts';
import type { ClaimRecord } from './records.ts';

const keyOf = (r: ClaimRecord, day: number): string => `${r.story}\u0000${r.claim.kind}\u0000${day}`;
/** A facility's name without case or punctuation: "St. Brendan's" and "St Brendan's" are one. */
const facilityName = (name: string): string => name.toLowerCase().replace(/[^\p{L}]/gu, '');

/**
 * "Vell County Hospital admitted 16 of the injured" is one facility's intake beside a larger toll of
 * the same days ("more than 120 were hurt", in the story within a day of it); with no such toll and
 * no other facility named in the story, it is where the hurt were counted, and the figure is the
 * toll itself: a bus crash whose reports give
 * "nine admitted to Vell County Hospital", then "at Vell County Hospital, 16 were receiving
 * treatment", then "26 injured in all" tells one rising count. Clears the facility of such records.
 * Undated records and parts keep theirs.
 */
export function wholeAtFacility(records: readonly ClaimRecord[]): void {
  // Intakes of two facilities of one story are parts of a toll no report gave, not two tolls.
  const facilities = new Map<string, Set<string>>();
  for (const r of records) {
    if (r.facility === null) continue;
    const key = `${r.story}\u0000${r.claim.kind}`;
    facilities.set(key, (facilities.get(key) ?? new Set<string>()).add(facilityName(r.facility)));
  }
  const largest = new Map<string, number>();
  for (const r of records) {
    if (r.facility !== null || r.part || typeof r.claim.value !== 'number' || r.docDay === null) continue;
    const key = keyOf(r, r.docDay);
    if (r.claim.value > (largest.get(key) ?? 0)) largest.set(key, r.claim.value);
  }
  for (const r of records) {
    const value = r.claim.value;
    if (r.facility === null || r.part || typeof value !== 'number' || r.docDay === null) continue;
    if ((facilities.get(`${r.story}\u0000${r.claim.kind}`)?.size ?? 0) > 1) continue;
    let whole = false;
    for (let d = r.docDay - DATE_WINDOW_DAYS; d <= r.docDay + DATE_WINDOW_DAYS && !whole; d++) whole = (largest.get(keyOf(r, d)) ?? 0) > value;
    if (!whole) r.facility = null;
  }
}
