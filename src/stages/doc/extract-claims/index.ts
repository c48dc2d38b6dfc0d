import type { ClaimKind, ClaimMention, Doc, DocStage, EntityMention, EventMention, EventType, ResolvedDate, TimeExpression } from '../../../core/index.ts';
import { sentencesOf } from '../../../nlp/sentence-spans.ts';
import { findAttribution, findHedge } from './attribution.ts';
import { cuesOf, findNumericClaims } from './find-quantities.ts';
import { findStatements } from './find-statements.ts';
import { STATEMENT_CUE } from './statement-patterns.ts';

/** Event types a claim of each kind is most likely about, best first. */
const KIND_EVENTS: Partial<Record<ClaimKind, readonly EventType[]>> = {
  killed: ['kill', 'attack', 'military', 'disaster', 'accident'],
  injured: ['attack', 'kill', 'disaster', 'accident', 'military'],
  missing: ['disaster', 'accident', 'attack'],
  rescued: ['rescue', 'disaster', 'accident'],
  arrested: ['arrest'],
  count: ['attack', 'military'],
  statement: ['diplomatic'],
};

function pickEvent(events: readonly EventMention[], kind: ClaimKind, at: number, text: string): EventMention | null {
  const wanted = KIND_EVENTS[kind] ?? [];
  let best: EventMention | null = null;
  let bestCost = Infinity;
  for (const ev of events) {
    const rank = wanted.indexOf(ev.type);
    const dist = Math.abs(ev.trigger.start - at);
    const cost = (rank < 0 ? 10 : rank) * 60 + Math.min(dist, 400);
    if (cost < bestCost) {
      bestCost = cost;
      best = ev;
    }
  }
  void text;
  return best;
}

function nearestDate(timexes: readonly TimeExpression[], at: number): ResolvedDate | null {
  let best: TimeExpression | null = null;
  for (const t of timexes) {
    if (t.timexType !== 'DATE' || !/^\d{4}/.test(t.value)) continue;
    if (!best || Math.abs(t.start - at) < Math.abs(best.start - at)) best = t;
  }
  return best ? { value: best.value, precision: best.precision, basis: best.basis } : null;
}

export function extractClaimsFrom(doc: Doc): ClaimMention[] {
  const text = doc.text;
  const sentences = sentencesOf(doc);
  const mentions = doc.layers.mentions ?? [];
  const events = doc.layers.events ?? [];
  const timexes = doc.layers.timexes ?? [];
  const claims: ClaimMention[] = [];
  let mi = 0;
  const docCues = cuesOf(text);
  // What the sentence before counted last: "X had counted 23 dead. The council says 19." (an authority's bare figure).
  let previousKind: ClaimKind | null = null;
  let previousCounted: string | null = null;
  for (let si = 0; si < sentences.length; si++) {
    const sent = sentences[si]!;
    const sText = text.slice(sent.start, sent.end);
    const raws = findNumericClaims(sText, docCues, previousKind, previousCounted);
    previousKind = raws.length ? raws[raws.length - 1]!.kind : null;
    previousCounted = raws.length ? raws[raws.length - 1]!.counted : null;
    // One cheap test: a sentence without any statement family's cue word holds no statement.
    const statements = STATEMENT_CUE.test(sText) ? findStatements(sText) : [];
    if (raws.length === 0 && statements.length === 0) continue;
    while (mi < mentions.length && mentions[mi]!.end <= sent.start) mi++;
    const sMentions: EntityMention[] = [];
    for (let j = mi; j < mentions.length && mentions[j]!.start < sent.end; j++) sMentions.push(mentions[j]!);
    const sEvents = events.filter((e) => e.sentence === si);
    const sTimexes = timexes.filter((t) => t.sentence === si);
    const place = sMentions.find((mn) => mn.type === 'PLACE' && /\b(?:in|at|near|of|outside)\s+(?:the\s+)?$/i.test(text.slice(Math.max(sent.start, mn.start - 12), mn.start)))
      ?? sMentions.find((mn) => mn.type === 'PLACE');
    const push = (c: Omit<ClaimMention, 'id' | 'sentence' | 'sentenceText' | 'event' | 'place' | 'date' | 'hedge' | 'attribution' | 'attributionEntity'>, localAt: number): void => {
      const at = sent.start + localAt;
      const ev = pickEvent(sEvents, c.kind, at, text);
      const attr = findAttribution(sText, sent.start, localAt, sMentions);
      claims.push({
        id: `c${claims.length + 1}`,
        ...c,
        sentence: si,
        sentenceText: sText,
        event: ev ? ev.id : null,
        place: place ? place.entity : null,
        date: ev?.date ?? nearestDate(sTimexes, at),
        hedge: findHedge(sText, localAt) ?? (ev?.hedged ? 'hedged' : null),
        attribution: attr ? attr.span : null,
        attributionEntity: attr ? attr.entity : null,
      });
    };
    for (const r of raws) {
      let end = r.end;
      while (end > r.start && /\s/.test(sText[end - 1]!)) end--;
      push(
        {
          kind: r.kind, value: r.value, low: r.low, high: r.high, vague: r.vague, unit: r.unit, counted: r.counted, parts: r.parts,
          ...(r.measures ? { measures: r.measures } : {}),
          ...(r.partOf ? { partOf: r.partOf } : {}),
          quantity: { start: sent.start + r.start, end: sent.start + end, text: sText.slice(r.start, end) },
        },
        r.start,
      );
    }
    for (const st of statements) {
      push(
        {
          kind: 'statement', value: st.label, low: null, high: null, vague: false, unit: null, counted: st.object, parts: [],
          quantity: { start: sent.start + st.start, end: sent.start + st.end, text: sText.slice(st.start, st.end) },
        },
        st.start,
      );
    }
  }
  return claims;
}

export const extractClaims: DocStage = {
  kind: 'doc',
  name: 'extract-claims',
  reads: ['sentences', 'mentions', 'events', 'timexes'],
  writes: ['claims'],
  run(doc) {
    doc.layers.claims = extractClaimsFrom(doc);
  },
};
