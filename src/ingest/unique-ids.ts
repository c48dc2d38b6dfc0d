import type { RawDocument } from '../core/index.ts';
import type { InputOrigin } from './options.ts';

/**
 * Two inputs can yield the same id (`a/report.txt` and `b/report.txt`). Every document of such a
 * group takes its longer name (the path as given, keeping any `#n`); if that still collides, a
 * `~2`, `~3` ... in input order. Deterministic, and nothing is dropped.
 */
export function makeIdsUnique(docs: Array<{ doc: RawDocument; origin: InputOrigin }>): void {
  const count = new Map<string, number>();
  for (const { doc } of docs) count.set(doc.id, (count.get(doc.id) ?? 0) + 1);
  for (const { doc, origin } of docs) {
    if (count.get(doc.id)! < 2) continue;
    if (doc.id.startsWith(origin.name) && origin.longName !== origin.name) doc.id = origin.longName + doc.id.slice(origin.name.length);
  }
  const taken = new Set<string>();
  for (const { doc } of docs) {
    if (!taken.has(doc.id)) {
      taken.add(doc.id);
      continue;
    }
    let k = 2;
    while (taken.has(`${doc.id}~${k}`)) k++;
    doc.id = `${doc.id}~${k}`;
    taken.add(doc.id);
  }
}
