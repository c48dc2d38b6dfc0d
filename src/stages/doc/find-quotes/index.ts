import type { DocStage, EntityMention, Quote, Sentence, TextSpan } from '../../../core/index.ts';
import { findSpeaker } from './find-speaker.ts';
import { MIN_UNATTRIBUTED_WORDS } from './patterns.ts';
import { quoteSpans } from './quote-spans.ts';

export { quoteSpans } from './quote-spans.ts';

function sentenceIndexAt(sentences: readonly Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start <= pos) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** The PERSON or ORG mention inside the speaker span, preferring the longest. */
function speakerEntity(speaker: TextSpan, mentions: readonly EntityMention[]): string | null {
  let best: EntityMention | null = null;
  for (const m of mentions) {
    if (m.type !== 'PERSON' && m.type !== 'ORG') continue;
    if (m.start < speaker.start || m.end > speaker.end) continue;
    if (best === null || m.end - m.start > best.end - best.start) best = m;
  }
  return best?.entity ?? null;
}

function countWords(s: string): number {
  const m = s.match(/[\p{L}\p{N}]+/gu);
  return m ? m.length : 0;
}

/**
 * Direct quotations with their speaker when the sentence names one. Short quoted phrases without a
 * speaker are scare quotes ("so-called") and are left out.
 */
export const findQuotes: DocStage = {
  kind: 'doc',
  name: 'find-quotes',
  reads: ['sentences', 'mentions'],
  writes: ['quotes'],
  run(doc) {
    const text = doc.text;
    const sentences = doc.layers.sentences ?? [];
    const mentions = doc.layers.mentions ?? [];
    const quotes: Quote[] = [];
    for (const q of quoteSpans(text)) {
      const si = sentenceIndexAt(sentences, q.start);
      const first = sentences[si] ?? { start: q.start, end: q.end };
      // The speaker may sit in the sentence where the quote ends ("... the rest,” she said.").
      const last = sentences[sentenceIndexAt(sentences, Math.max(q.start, q.end - 1))] ?? first;
      const speaker = findSpeaker(text, q, { start: first.start, end: last.end });
      if (!speaker && countWords(text.slice(q.start, q.end)) < MIN_UNATTRIBUTED_WORDS) continue;
      quotes.push({
        start: q.start,
        end: q.end,
        speaker,
        speakerEntity: speaker ? speakerEntity(speaker, mentions) : null,
        sentence: si,
      });
    }
    doc.layers.quotes = quotes;
  },
};
