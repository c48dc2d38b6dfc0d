import type { DocStage, Paragraph, Sentence, Span } from '../../../core/index.ts';
import { paragraphSpans } from './paragraph-spans.ts';
import { sentenceSpans } from './sentence-spans.ts';
import { isHeading } from './is-heading.ts';

export { sentenceSpans } from './sentence-spans.ts';
export { paragraphSpans } from './paragraph-spans.ts';
export { isHeading } from './is-heading.ts';

/**
 * Paragraphs (blank-line blocks, cut again at hard line breaks) with subheadings marked, and the
 * sentences of each. A heading is one sentence of its own; sentences never cross paragraphs.
 */
export const splitSentences: DocStage = {
  kind: 'doc',
  name: 'split-sentences',
  reads: ['text'],
  writes: ['paragraphs', 'sentences'],
  run(doc) {
    const text = doc.text;
    const spans = paragraphSpans(text);
    const paragraphs: Paragraph[] = [];
    const sentences: Sentence[] = [];
    const buffer: Span[] = [];
    for (const span of spans) {
      const index = paragraphs.length;
      // A document of one line is body text, whatever it looks like.
      const heading = spans.length > 1 && isHeading(text, span);
      paragraphs.push({ start: span.start, end: span.end, heading });
      if (heading) {
        sentences.push({ start: span.start, end: span.end, paragraph: index });
        continue;
      }
      buffer.length = 0;
      sentenceSpans(text, span.start, span.end, buffer);
      for (const s of buffer) sentences.push({ start: s.start, end: s.end, paragraph: index });
    }
    doc.layers.paragraphs = paragraphs;
    doc.layers.sentences = sentences;
  },
};
