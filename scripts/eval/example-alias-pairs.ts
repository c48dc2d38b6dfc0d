// Pairwise alias scoring, as scripts/eval/example-score.ts, test/entities-example.test.ts and
// test/entities-seeds.test.ts count it: every pair of spellings is a pair the key says are one
// entity or two, and the system joins into one entity or not.

/** A spelling and the index of the key entity it belongs to. */
export interface OwnedAlias {
  alias: string;
  owner: number;
}

export interface AliasPairCounts<T> {
  /** Joined, and one key entity. */
  tp: number;
  /** Joined, but two key entities: the pairs are in `merged`. */
  fp: number;
  /** One key entity, not joined: the pairs are in `missed`. */
  fn: number;
  merged: [T, T][];
  missed: [T, T][];
}

/** Aliases that name one key entity only: a bare surname two people share says nothing of either. */
export function uniqueAliases(key: readonly { aliases: readonly string[] }[]): OwnedAlias[] {
  const owners = new Map<string, Set<number>>();
  key.forEach((k, i) => k.aliases.forEach((a) => owners.set(a, (owners.get(a) ?? new Set()).add(i))));
  return [...owners].filter(([, s]) => s.size === 1).map(([alias, s]) => ({ alias, owner: [...s][0]! }));
}

/** Every unordered pair of `items`, counted by whether `joined` puts them in one entity and whether they share an owner. */
export function countAliasPairs<T extends { owner: number }>(items: readonly T[], joined: (a: T, b: T) => boolean): AliasPairCounts<T> {
  const out: AliasPairCounts<T> = { tp: 0, fp: 0, fn: 0, merged: [], missed: [] };
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i]!;
      const b = items[j]!;
      const same = a.owner === b.owner;
      if (joined(a, b)) {
        if (same) out.tp++;
        else {
          out.fp++;
          out.merged.push([a, b]);
        }
      } else if (same) {
        out.fn++;
        out.missed.push([a, b]);
      }
    }
  }
  return out;
}
