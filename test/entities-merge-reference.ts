// The merge rules as first written: every rule compares each node with every other (quadratic).
// Kept only as the reference that the indexed rules in src/stages/corpus/merge-aliases/merge.ts
// must agree with, group for group (test/entities-merge-index.test.ts). Not used by the pipeline.
// One later fix is applied here too: acronym letters come from the unfolded name (Node.initials).

import { translitKey } from '../src/nlp/translit-key.ts';
import { isShortPersonForm, type Node } from '../src/stages/corpus/merge-aliases/nodes.ts';
import { UnionFind } from '../src/corpus-index/union-find.ts';
// The word-sequence tests are plain helpers; the reference differs from the index in how it finds pairs, not in these.
// So are a person's loose keys and the shapes of a mistyped person's and a company's names: what the rules compare, not how they find pairs.
import { isCompanyName, isContiguous, isSubsequence, looseNameKeys, mayBeCompanyShortName, mayBeMistypedPerson } from '../src/stages/corpus/merge-aliases/merge.ts';

/** Whether two nodes may be one entity as far as their types go. */
function typesCompatible(a: Node, b: Node): boolean {
  if (a.type === b.type) return true;
  // A person with a full name is never a place or group; a lone word may have been mistyped.
  const person = a.type === 'PERSON' ? a : b.type === 'PERSON' ? b : null;
  if (person) return person.parts.length === 1 && !(a.type === 'MISC' || b.type === 'MISC');
  return true;
}

function mergeByKeys(nodes: Node[], uf: UnionFind, keysOf: (n: Node) => string[], targetKeys: (n: Node) => string[]): void {
  const byKey = new Map<string, number[]>();
  nodes.forEach((n, i) => {
    for (const k of targetKeys(n)) {
      let list = byKey.get(k);
      if (!list) byKey.set(k, (list = []));
      list.push(i);
    }
  });
  nodes.forEach((n, i) => {
    for (const k of keysOf(n)) {
      for (const j of byKey.get(k) ?? []) if (j !== i && typesCompatible(n, nodes[j])) uf.union(i, j);
    }
  });
}

/** Groups (roots) that `pick` accepts, deduplicated. */
function candidateRoots(nodes: Node[], uf: UnionFind, pick: (n: Node) => boolean): Set<number> {
  const roots = new Set<number>();
  nodes.forEach((n, i) => {
    if (pick(n)) roots.add(uf.find(i));
  });
  return roots;
}

export function mergeNodesReference(nodes: Node[]): UnionFind {
  const uf = new UnionFind(nodes.length);
  // 1. Same transliteration key (full forms only: a person's bare surname is not a key).
  mergeByKeys(nodes, uf, (n) => n.keys, (n) => n.keys);
  // 2. Qualified and long forms ("US X" / "X", "Federal Republic of X" / "X").
  mergeByKeys(nodes, uf, (n) => n.bareKeys, (n) => n.keys);

  // 2b. Person full names that agree under looser transliteration (g/h, ts/c, kh/h, j/i, final i;
  // a Central European ch as kh, a j inside a surname as zh): any two persons sharing a loose key.
  const fullPersons = nodes.flatMap((n, i) => (n.type === 'PERSON' && !isShortPersonForm(n.parts) ? [i] : []));
  for (const i of fullPersons) {
    const keys = looseNameKeys(nodes[i]);
    for (const j of fullPersons) if (j !== i && looseNameKeys(nodes[j]).some((k) => keys.includes(k))) uf.union(i, j);
  }

  // 3. Acronyms: a use joins the one group that defines it, else the one group whose name spells it.
  const defined = new Map<string, Set<number>>();
  nodes.forEach((n, i) => {
    if (n.entity.acronym) {
      let s = defined.get(n.entity.acronym);
      if (!s) defined.set(n.entity.acronym, (s = new Set()));
      s.add(uf.find(i));
    }
  });
  nodes.forEach((n, i) => {
    if (!n.acronymOnly) return;
    const acr = n.entity.name;
    let roots = defined.get(acr);
    if (!roots || roots.size === 0) {
      const letters = acr.toLowerCase();
      roots = candidateRoots(nodes, uf, (m) => !m.acronymOnly && m.type !== 'PERSON' && m.parts.length >= 2 && m.initials === letters);
    }
    if (roots.size === 1) uf.union(i, [...roots][0]);
  });

  // 4. Person short forms and partial names: join the single group whose full name contains them
  // (partial full names first, then short forms).
  const byShortness = [...nodes.keys()].sort((a, b) => Number(isShortPersonForm(nodes[a].parts)) - Number(isShortPersonForm(nodes[b].parts)) || a - b);
  byShortness.forEach((i) => {
    const n = nodes[i];
    if (n.type !== 'PERSON' || n.parts.length === 0) return;
    const short = isShortPersonForm(n.parts);
    const initial = n.parts.length === 2 && n.parts[0].length === 1 ? n.parts[0] : null;
    const surname = n.parts[n.parts.length - 1];
    const roots = candidateRoots(nodes, uf, (m) => {
      if (m === n || m.type !== 'PERSON' || isShortPersonForm(m.parts) || m.parts.length <= (short ? 1 : n.parts.length - 1)) return false;
      if (short) return m.parts.slice(1).includes(surname) && (initial === null || m.parts[0][0] === initial);
      // A partial full name: same given name, the rest in order ("A B" within "A B C").
      return m.parts.length > n.parts.length && m.parts[0] === n.parts[0] && isSubsequence(n.parts, m.parts);
    });
    roots.delete(uf.find(i));
    if (roots.size === 1) uf.union(i, [...roots][0]);
  });

  // 4a. A full name typed as a group or thing that two or more other documents, more than its own
  // group's, write as one person under the loose or plain keys (one person group only; groups as
  // they stand before the rule).
  const groupsBefore = nodes.map((_, i) => uf.find(i));
  const docsOfGroup = (root: number): Set<string> => new Set(nodes.filter((_, j) => groupsBefore[j] === root).map((m) => m.doc));
  nodes.forEach((n, i) => {
    if (!mayBeMistypedPerson(n)) return;
    const keys = looseNameKeys(n);
    const plain = translitKey(n.entity.name);
    const persons = new Set(fullPersons.filter((j) => looseNameKeys(nodes[j]).some((k) => keys.includes(k)) || nodes[j].keys.includes(plain)).map((j) => groupsBefore[j]));
    if (persons.size !== 1) return;
    const person = [...persons][0];
    const personDocs = docsOfGroup(person);
    personDocs.delete(n.doc);
    if (personDocs.size >= 2 && personDocs.size > docsOfGroup(groupsBefore[i]).size) uf.union(i, person);
  });

  // 5. Organization partial names ("Revolutionary Guards" within "Islamic Revolutionary Guard Corps").
  nodes.forEach((n, i) => {
    if (n.type !== 'ORG' || n.acronymOnly || n.parts.length < 2) return;
    const parts = pluralFolded(n.parts);
    const roots = candidateRoots(nodes, uf, (m) => m !== n && m.type === 'ORG' && m.parts.length > n.parts.length && isContiguous(parts, pluralFolded(m.parts)));
    roots.delete(uf.find(i));
    if (roots.size === 1) uf.union(i, [...roots][0]);
  });
  // 6. A lone word typed as a person that no person's name explains, spelled like a place or group.
  const others = new Map<string, Set<number>>();
  nodes.forEach((n, i) => {
    if (n.type !== 'PLACE' && n.type !== 'ORG') return;
    for (const k of n.keys) {
      let s = others.get(k);
      if (!s) others.set(k, (s = new Set()));
      s.add(uf.find(i));
    }
  });
  // Groups as they stand before rules 6 and 7 (the rules read them, not each other's joins).
  const rootBefore = nodes.map((_, i) => uf.find(i));
  nodes.forEach((n, i) => {
    if (n.type !== 'PERSON' || n.parts.length !== 1) return;
    const root = uf.find(i);
    if (nodes.some((m, j) => j !== i && uf.find(j) === root)) return;
    const roots = others.get(translitKey(n.entity.name));
    if (roots && roots.size === 1) uf.union(i, [...roots][0]);
  });
  // 7. A full name typed as a person in one document only, keyed like one group or place that two
  // other documents write, and like no other person: that group.
  nodes.forEach((n, i) => {
    if (n.type !== 'PERSON' || n.parts.length === 1 || n.keys.length === 0) return;
    if (nodes.some((m, j) => j !== i && rootBefore[j] === rootBefore[i])) return;
    if (nodes.some((m, j) => j !== i && m.type === 'PERSON' && m.keys.some((k) => n.keys.includes(k)))) return;
    const roots = others.get(n.keys[0]);
    if (!roots || roots.size !== 1) return;
    const root = [...roots][0];
    const docs = new Set(nodes.filter((_, j) => rootBefore[j] === root).map((m) => m.doc));
    docs.delete(n.doc);
    if (docs.size >= 2) uf.union(i, root);
  });
  // 8. A one-word place or group always followed by the next or last word of one longer name.
  nodes.forEach((n, i) => {
    if (n.after.length === 0 || n.after.some((w) => w === null)) return;
    const roots = candidateRoots(
      nodes,
      uf,
      (m) => m.type !== 'PERSON' && !m.acronymOnly && m.parts.length >= 2 && m.parts[0] === n.parts[0] && n.after.every((w) => w === m.parts[1] || w === m.parts[m.parts.length - 1]),
    );
    roots.delete(uf.find(i));
    if (roots.size === 1) uf.union(i, [...roots][0]);
  });
  // 8b. A one-word group, place or thing alone in its group, always followed by the second word of one person's full name.
  const aloneBefore = nodes.map((_, i) => nodes.every((_, j) => j === i || uf.find(j) !== uf.find(i)));
  nodes.forEach((n, i) => {
    if (n.after.length === 0 || n.after.some((w) => w === null) || !aloneBefore[i]) return;
    const roots = candidateRoots(
      nodes,
      uf,
      (m) => m.type === 'PERSON' && !isShortPersonForm(m.parts) && m.parts[0] === n.parts[0] && n.after.every((w) => w === m.parts[1]),
    );
    roots.delete(uf.find(i));
    if (roots.size === 1) uf.union(i, [...roots][0]);
  });
  // 9. A one-word group or thing alone in its group, always followed by a lowercase noun that one
  // longer organization starting with it is also followed by (group sizes as before the rule).
  const sizeBefore = nodes.map((_, i) => nodes.filter((_, j) => uf.find(j) === uf.find(i)).length);
  nodes.forEach((n, i) => {
    if ((n.type !== 'ORG' && n.type !== 'MISC') || n.after.length === 0 || sizeBefore[i] !== 1) return;
    if (n.nounAfter.length === 0 || n.nounAfter.some((w) => w === null)) return;
    const roots = candidateRoots(
      nodes,
      uf,
      (m) => m.type === 'ORG' && !m.acronymOnly && m.parts.length >= 2 && m.parts[0] === n.parts[0] && n.nounAfter.every((w) => m.nounAfter.includes(w)),
    );
    roots.delete(uf.find(i));
    if (roots.size === 1) uf.union(i, [...roots][0]);
  });
  // 10. A lone word (not a place anywhere, no person's name part) that one company's name starts with.
  nodes.forEach((n, i) => {
    const places = new Set(nodes.filter((m) => m.type === 'PLACE').flatMap((m) => m.parts));
    const personParts = new Set(nodes.filter((m) => m.type === 'PERSON' && !isShortPersonForm(m.parts)).flatMap((m) => m.parts));
    if (!mayBeCompanyShortName(n, places, personParts)) return;
    const roots = candidateRoots(nodes, uf, (m) => isCompanyName(m) && m.parts[0] === n.parts[0]);
    roots.delete(uf.find(i));
    if (roots.size === 1) uf.union(i, [...roots][0]);
  });
  return uf;
}

/** Parts with plurals folded ("Guards" = "Guard") and "Saint" written as "St". */
function pluralFolded(parts: readonly string[]): string[] {
  return parts.map((p) => (p === 'saint' || p === 'ste' ? 'st' : p.length > 3 && p.endsWith('s') && !p.endsWith('ss') ? p.slice(0, -1) : p));
}
