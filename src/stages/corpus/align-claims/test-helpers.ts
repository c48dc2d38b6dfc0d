import type { Corpus } from '../../../core/index.ts';
import { makeCorpus } from '../../../../test/fixtures/corpus/builder.ts';
import type { DocSpec } from '../../../../test/fixtures/corpus/builder.ts';
import { extractClaims } from '../../doc/extract-claims/index.ts';
import { buildProvenance } from '../detect-provenance/index.ts';
import { alignClaims } from './index.ts';

/** A report with its date words as the time stage would give them: [phrase, day]. */
export type DatedSpec = DocSpec & { dates?: [string, string][] };

/** Each date word [phrase, day] that the text holds: a report's share of dates given for several. */
export function datesIn(text: string, dates: readonly (readonly [string, string])[]): [string, string][] {
  return dates.filter(([phrase]) => text.includes(phrase)).map(([phrase, day]) => [phrase, day]);
}

/**
 * The reports built into a corpus, their date words set as time expressions, provenance found and claims aligned.
 * `extract`: the claims are read from each text by the real extractor (after its dates are set, as in the
 * pipeline) instead of taken from the specs.
 */
export function alignDated(specs: readonly DatedSpec[], extract = false): Corpus {
  const corpus = makeCorpus(specs);
  for (const [i, spec] of specs.entries()) {
    const doc = corpus.documents[i];
    doc.layers.timexes = (spec.dates ?? []).map(([phrase, value]) => {
      const start = doc.text.indexOf(phrase);
      const sentence = doc.layers.sentences!.findIndex((s) => s.start <= start && start < s.end);
      return { start, end: start + phrase.length, text: phrase, value, precision: 'day' as const, basis: 'fixture', timexType: 'DATE' as const, sentence };
    });
    if (extract) void extractClaims.run(doc, { options: {} });
  }
  corpus.layers.provenance = buildProvenance(corpus.documents);
  alignClaims.run(corpus, { options: {} });
  return corpus;
}
