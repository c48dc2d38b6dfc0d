import type { Corpus, FramingContrast } from '../../../core/index.ts';
import { EntityResolver } from '../../../corpus-index/index.ts';
import { loadGazetteer } from '../../../nlp/ner/index.ts';
import { FRAMING_CATEGORIES, GROUP_CATEGORIES, REFERENT_TYPES } from './patterns.ts';
import { escapeRegExp } from '../../../text/escape-regexp.ts';

interface Compiled {
  referent: string;
  re: RegExp;
  base: Map<string, string>;
}

const COMPILED: Compiled[] = FRAMING_CATEGORIES.map((c) => {
  const sorted = [...c.terms].sort((a, b) => b.length - a.length);
  const alt = sorted.map((t) => escapeRegExp(t).replace(/ /g, '\\s+') + '(?:s|es)?').join('|');
  return { referent: c.referent, re: new RegExp(`\\b(?:${alt})\\b`, 'gi'), base: new Map(sorted.map((t) => [t, t])) };
});

function baseForm(c: Compiled, surface: string): string {
  const s = surface.toLowerCase().replace(/\s+/g, ' ');
  if (c.base.has(s)) return s;
  for (const suffix of ['es', 's']) if (s.endsWith(suffix) && c.base.has(s.slice(0, -suffix.length))) return s.slice(0, -suffix.length);
  return s;
}

type Tally = Map<string, Map<string, { documents: Set<string>; count: number }>>;

function tally(t: Tally, referent: string, term: string, doc: string): void {
  const terms = t.get(referent) ?? new Map();
  t.set(referent, terms);
  const e = terms.get(term) ?? { documents: new Set<string>(), count: 0 };
  terms.set(term, e);
  e.documents.add(doc);
  e.count++;
}

/**
 * Contrasting labels for one referent: each label is tied to the organisation named in its
 * sentence when there is one (else to its category), and a referent is reported when sources
 * use two or more different labels for it.
 */
export function framingContrasts(corpus: Corpus): FramingContrast[] {
  const resolver = new EntityResolver(corpus);
  const gazetteer = loadGazetteer();
  const t: Tally = new Map();
  for (const doc of corpus.documents) {
    const sentences = doc.layers.sentences ?? [{ start: 0, end: doc.text.length, paragraph: 0 }];
    const mentions = (doc.layers.mentions ?? []).filter(
      (m) => REFERENT_TYPES.has(m.type) && !(m.type === 'MISC' && gazetteer.has(doc.text.slice(m.start, m.end), 'demonym')),
    );
    for (const s of sentences) {
      const text = doc.text.slice(s.start, s.end);
      const inSentence = mentions.filter((m) => m.start >= s.start && m.end <= s.end);
      for (const c of COMPILED) {
        c.re.lastIndex = 0;
        for (const m of text.matchAll(c.re)) {
          const term = baseForm(c, m[0]);
          tally(t, `${c.referent} (all)`, term, doc.id);
          if (!GROUP_CATEGORIES.has(c.referent) || inSentence.length === 0) continue;
          const at = s.start + m.index!;
          const nearest = inSentence.reduce((a, b) => (Math.abs(a.start - at) <= Math.abs(b.start - at) ? a : b));
          const key = resolver.resolve(doc.id, nearest.entity);
          if (key) tally(t, resolver.name(key), term, doc.id);
        }
      }
    }
  }
  const out: FramingContrast[] = [];
  for (const [referent, terms] of t) {
    if (terms.size < 2) continue;
    const docs = new Set<string>();
    for (const e of terms.values()) for (const d of e.documents) docs.add(d);
    if (docs.size < 2) continue;
    out.push({
      referent,
      terms: [...terms]
        .map(([term, e]) => ({ term, documents: [...e.documents], count: e.count }))
        .sort((a, b) => b.count - a.count || a.term.localeCompare(b.term)),
    });
  }
  return out;
}
