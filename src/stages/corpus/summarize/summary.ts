import type { ClaimSlot, ClaimValue, Corpus, Doc, SummarySentence } from '../../../core/index.ts';
import { contentWords } from '../../../corpus-index/index.ts';
import { lexRank, vectors } from './lexrank.ts';
import {
  CITE_SIMILARITY,
  DANGLING_START,
  LEAD_SENTENCES,
  MAX_CANDIDATES,
  MAX_WORDS,
  MIN_WORDS,
  MMR_LAMBDA,
  REDUNDANT,
  SUMMARY_MAX,
  SUMMARY_MIN,
} from './patterns.ts';

interface Candidate {
  doc: Doc;
  start: number;
  end: number;
  text: string;
}

const SENTENCE = /[^.!?\n]+(?:[.!?]+["”’]?|$)/g;

function sentencesOf(doc: Doc): { start: number; end: number }[] {
  if (doc.layers.sentences && doc.layers.sentences.length > 0) return doc.layers.sentences;
  const out: { start: number; end: number }[] = [];
  for (const m of doc.text.matchAll(SENTENCE)) {
    const lead = m[0].length - m[0].trimStart().length;
    const t = m[0].trim();
    if (t) out.push({ start: m.index! + lead, end: m.index! + lead + t.length });
  }
  return out;
}

/** The documents of the largest story: one summary tells one story. */
function summarizedDocs(corpus: Corpus): Doc[] {
  const stories = corpus.layers.stories ?? [];
  if (stories.length <= 1) return corpus.documents;
  const largest = stories.reduce((a, b) => (b.documents.length > a.documents.length ? b : a));
  const ids = new Set(largest.documents);
  return corpus.documents.filter((d) => ids.has(d.id));
}

function outletName(doc: Doc): string {
  return doc.layers.metadata?.outlet ?? doc.hints.outlet ?? doc.id;
}

function fmt(v: ClaimValue): string {
  return v.low !== null && v.high === null ? `at least ${v.low}` : String(v.value);
}

/**
 * "Reports of people killed range from 7 (Source A, citing X) to 9 (Source B and 2 copies)." Copies
 * of one original are named once, by the group's outlet.
 */
export function disputedLine(slot: ClaimSlot, docs: ReadonlyMap<string, Doc>, groupOutlet: ReadonlyMap<string, string | null> = new Map()): SummarySentence {
  const byFigure = new Map<string, { n: number; groups: Map<string, { name: string; copies: number; attribution: string | null; docs: Set<string> }> }>();
  for (const v of slot.values) {
    const n = v.low ?? (typeof v.value === 'number' ? v.value : 0);
    // "7" and "at least 7" are one figure; it reads "at least" only when every source hedges it so.
    const prev = [...byFigure.keys()].find((k) => byFigure.get(k)!.n === n);
    const key = prev ?? fmt(v);
    if (prev && prev !== fmt(v) && prev.startsWith('at least')) {
      byFigure.set(String(n), byFigure.get(prev)!);
      byFigure.delete(prev);
    }
    const e = byFigure.get(prev && byFigure.has(String(n)) ? String(n) : key) ?? { n, groups: new Map() };
    const doc = docs.get(v.document);
    const g = e.groups.get(v.group);
    if (g) {
      if (!g.docs.has(v.document)) g.copies++;
      g.docs.add(v.document);
      g.attribution ??= v.attribution;
    } else {
      e.groups.set(v.group, { name: groupOutlet.get(v.group) ?? (doc ? outletName(doc) : v.document), copies: 0, attribution: v.attribution, docs: new Set([v.document]) });
    }
    if (!byFigure.has(String(n)) || byFigure.get(String(n)) !== e) byFigure.set(prev && byFigure.has(String(n)) ? String(n) : key, e);
  }
  const figures = [...byFigure].sort((a, b) => a[1].n - b[1].n);
  const who = (g: { name: string; copies: number; attribution: string | null }) =>
    `${g.name}${g.copies ? ` and ${g.copies} ${g.copies === 1 ? 'copy' : 'copies'}` : ''}${g.attribution ? `, citing ${g.attribution}` : ''}`;
  const part = ([fig, e]: [string, { groups: Map<string, { name: string; copies: number; attribution: string | null }> }]) =>
    `${fig} (${[...e.groups.values()].map(who).join('; ')})`;
  const text =
    slot.status === 'evolving'
      ? `Reported ${slot.subject} rose over time: ${figures.map(part).join(', then ')}.`
      : figures.length === 2
        ? `Reports of ${slot.subject} range from ${part(figures[0])} to ${part(figures[1])}.`
        : `Reports of ${slot.subject} differ: ${figures.map(part).join(', ')}.`;
  return { text, citations: [...new Set(slot.values.map((v) => v.document))], source: null };
}

/**
 * Extractive summary: LexRank centrality over the lead sentences of the story's documents, MMR to
 * drop redundancy, each sentence citing every document that carries it or a close paraphrase;
 * disputed figures are stated as ranges with who says what, never as one source's number.
 */
export function summarizeCorpus(corpus: Corpus, slots: readonly ClaimSlot[]): SummarySentence[] {
  const docs = summarizedDocs(corpus);
  const byId = new Map(corpus.documents.map((d) => [d.id, d]));
  const disputed = slots.filter((s) => (s.status === 'conflicting' || s.status === 'evolving') && s.kind !== 'statement' && s.values.some((v) => byId.has(v.document)));
  // Sentences that state a disputed figure as fact would mislead out of context.
  const contested = new Set<string>();
  for (const s of disputed) for (const v of s.values) contested.add(`${v.document}#${v.quantity.start}`);
  const candidates: Candidate[] = [];
  for (const doc of docs) {
    const quantities = [...contested].filter((k) => k.startsWith(`${doc.id}#`)).map((k) => Number(k.slice(doc.id.length + 1)));
    for (const s of sentencesOf(doc).slice(0, LEAD_SENTENCES)) {
      const text = doc.text.slice(s.start, s.end).replace(/\s+/g, ' ').trim();
      const words = text.split(' ').length;
      if (words < MIN_WORDS || words > MAX_WORDS || !/[.!?]["”’]?$/.test(text) || DANGLING_START.test(text)) continue;
      if (quantities.some((q) => q >= s.start && q < s.end)) continue;
      candidates.push({ doc, start: s.start, end: s.end, text });
      if (candidates.length >= MAX_CANDIDATES) break;
    }
  }
  const outlets = new Map((corpus.layers.provenance?.groups ?? []).map((g) => [g.id, g.outlet]));
  const out: SummarySentence[] = disputed.slice(0, SUMMARY_MAX - SUMMARY_MIN).map((s) => disputedLine(s, byId, outlets));
  if (candidates.length === 0) return out;
  const vs = vectors(candidates.map((c) => contentWords(c.text)));
  const { scores, sim } = lexRank(vs);
  const n = candidates.length;
  const maxScore = Math.max(...scores) || 1;
  const chosen: number[] = [];
  const limit = SUMMARY_MAX - out.length;
  while (chosen.length < limit) {
    let best = -1;
    let bestScore = -Infinity;
    for (let i = 0; i < n; i++) {
      if (chosen.includes(i)) continue;
      let red = 0;
      for (const j of chosen) red = Math.max(red, sim[i * n + j]);
      if (red >= REDUNDANT) continue;
      const score = MMR_LAMBDA * (scores[i] / maxScore) - (1 - MMR_LAMBDA) * red;
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    if (best < 0) break;
    chosen.push(best);
  }
  for (const i of chosen) {
    const c = candidates[i];
    const citations = new Set<string>([c.doc.id]);
    for (let j = 0; j < n; j++) if (sim[i * n + j] >= CITE_SIMILARITY) citations.add(candidates[j].doc.id);
    out.push({ text: c.text, citations: [...citations], source: { document: c.doc.id, start: c.start, end: c.end, text: c.doc.text.slice(c.start, c.end) } });
  }
  return out;
}
