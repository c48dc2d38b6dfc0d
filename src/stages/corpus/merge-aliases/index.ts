import type { CorpusEntity, CorpusStage, DocSpan, EntityType, Corpus } from '../../../core/index.ts';
import { majorityType, mergeNodes } from './merge.ts';
import { buildNodes, type Node } from './nodes.ts';

/**
 * The canonical name: for persons and organizations the most complete form (most words), then
 * the most frequent; for places and other names the most frequent, then the longest. Never an
 * acronym when a written-out form exists.
 */
function canonical(forms: Map<string, number>, type: EntityType, acronyms: Set<string>): string {
  let best = '';
  let bestScore = -Infinity;
  for (const [form, count] of forms) {
    if (acronyms.has(form) && forms.size > acronyms.size) continue;
    const words = form.split(/[\s-]+/).length;
    const score = type === 'PERSON' || type === 'ORG' ? words * 10000 + count : count * 100 + words;
    if (score > bestScore) {
      bestScore = score;
      best = form;
    }
  }
  return best;
}

export function mergeCorpusEntities(corpus: Corpus): CorpusEntity[] {
  const nodes = buildNodes(corpus);
  const uf = mergeNodes(nodes);
  const groups = new Map<number, Node[]>();
  nodes.forEach((n, i) => {
    const r = uf.find(i);
    let g = groups.get(r);
    if (!g) groups.set(r, (g = []));
    g.push(n);
  });
  const out: CorpusEntity[] = [];
  for (const members of groups.values()) {
    const forms = new Map<string, number>();
    const types = new Map<EntityType, number>();
    const acronyms = new Set<string>();
    // Sets keep first-seen order, and a place named in thousands of documents stays linear.
    const roles = new Set<string>();
    const documents = new Set<string>();
    const mentions: DocSpan[] = [];
    for (const n of members) {
      documents.add(n.doc);
      if (n.acronym) acronyms.add(n.acronym);
      for (const r of n.entity.roles) roles.add(r);
      const weight = Math.max(1, n.mentions.length);
      types.set(n.type, (types.get(n.type) ?? 0) + weight);
      for (const m of n.mentions) {
        forms.set(m.text, (forms.get(m.text) ?? 0) + 1);
        mentions.push({ document: n.doc, start: m.start, end: m.end, text: m.text });
      }
      if (n.mentions.length === 0) for (const a of n.entity.aliases) forms.set(a, (forms.get(a) ?? 0) + 1);
    }
    const type = majorityType(types);
    out.push({ id: '', name: canonical(forms, type, acronyms), type, aliases: [...forms.keys()], documents: [...documents], mentions, roles: [...roles] });
  }
  out.sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
  out.forEach((e, i) => (e.id = `ent${i + 1}`));
  return out;
}

export const mergeAliases: CorpusStage = {
  kind: 'corpus',
  name: 'merge-aliases',
  reads: ['entities', 'mentions'],
  writes: ['entities'],
  run(corpus) {
    corpus.layers.entities = mergeCorpusEntities(corpus);
  },
};
