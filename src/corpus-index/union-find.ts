/** Disjoint sets over indices 0..n-1, for grouping by transitive evidence. */
export class UnionFind {
  private readonly parent: number[] = [];

  constructor(n = 0) {
    for (let i = 0; i < n; i++) this.parent.push(i);
  }

  push(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }

  find(i: number): number {
    const p = this.parent;
    while (p[i] !== i) {
      p[i] = p[p[i]];
      i = p[i];
    }
    return i;
  }

  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}
