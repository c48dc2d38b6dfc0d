// Small indexes for the merge rules: node indices bucketed by a string (a key, a name part, a
// run of initials), and "the distinct groups among some nodes, up to two", which is all a rule
// needs to know to refuse an ambiguous merge.

import type { UnionFind } from '../../../corpus-index/union-find.ts';

/** A string -> node indices multimap; each node is listed at most once per bucket. */
export class Buckets {
  private readonly map = new Map<string, number[]>();

  add(key: string, node: number): void {
    const list = this.map.get(key);
    if (!list) this.map.set(key, [node]);
    else if (list[list.length - 1] !== node) list.push(node);
  }

  get(key: string): readonly number[] {
    return this.map.get(key) ?? NONE;
  }

  values(): IterableIterator<number[]> {
    return this.map.values();
  }
}

const NONE: readonly number[] = [];

/**
 * The single group (union-find root) among the nodes of `candidates` that `accept` takes, other
 * than `exclude`; -1 when there is none or more than one. Stops at the second distinct group.
 */
export function singleRoot(uf: UnionFind, candidates: readonly number[], accept: (j: number) => boolean, exclude = -1): number {
  let found = -1;
  for (const j of candidates) {
    if (!accept(j)) continue;
    const r = uf.find(j);
    if (r === exclude || r === found) continue;
    if (found !== -1) return -1;
    found = r;
  }
  return found;
}
