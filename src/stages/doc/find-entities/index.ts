import type { DocStage } from '../../../core/index.ts';
import { loadTagger } from '../../../nlp/ner/index.ts';
import { defineAcronyms, removeOverlaps } from './acronyms.ts';
import { TokenView } from './candidate.ts';
import { resolveEntities } from './resolve.ts';
import { findRoles } from './roles.ts';
import { candidatesFromTags, groupAdjectives, joinParticles, placeOf, stripTitles, trimSpans } from './rules.ts';
import { sentenceOfTokens, sentenceSpans, tokenizeDoc } from './token-doc.ts';
import type { Doc } from '../../../core/index.ts';

/** Finds the names in one document and groups them into entities. */
export function findDocEntities(doc: Doc): void {
  const tokens = tokenizeDoc(doc.text, sentenceSpans(doc));
  const tags = loadTagger().tag(tokens);
  const v = new TokenView(tokens);
  let cands = candidatesFromTags(tags);
  stripTitles(cands, v);
  cands = trimSpans(cands, v);
  cands = joinParticles(cands, v);
  cands = placeOf(cands, v);
  cands = removeOverlaps(cands);
  cands = defineAcronyms(cands, v);
  groupAdjectives(cands, v);
  findRoles(cands, v, sentenceOfTokens(tokens), tokens.sentStarts);
  const { mentions, entities } = resolveEntities(cands, v);
  doc.layers.mentions = mentions;
  doc.layers.entities = entities;
}

export const findEntities: DocStage = {
  kind: 'doc',
  name: 'find-entities',
  reads: ['sentences'],
  writes: ['mentions', 'entities'],
  run(doc) {
    findDocEntities(doc);
  },
};
