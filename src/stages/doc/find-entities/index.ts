import type { Doc, DocStage } from '../../../core/index.ts';
import { loadTagger } from '../../../nlp/ner/index.ts';
import { defineAcronyms, removeOverlaps } from './acronyms.ts';
import { articleNames } from './article-names.ts';
import { datelinePlaces, splitDatelines, typeDatelines } from './dateline.ts';
import { featureNames, splitDivisionOf, splitKindAppositions, splitPlacePairs, typePlaceShapes } from './divisions.ts';
import { exclamations, metadataLines, numberWordNames, outletNames } from './page-furniture.ts';
import { placeEvidence } from './place-evidence.ts';
import { untaggedPlaces } from './place-spread.ts';
import { possessiveNames, prefixedNames } from './possessive-names.ts';
import { TokenView } from './candidate.ts';
import { resolveEntities } from './resolve.ts';
import { findRoles } from './roles.ts';
import {
  cutAffixes, ellipticalInstitutions, joinOfNames, namedThings, numeralWords, orgShortForms, sentenceStartWords, splitPossessives, tagLists, trimLowercaseTail, typeByShape,
} from './name-shape.ts';
import { candidatesFromTags, groupAdjectives, joinParticles, placeOf, stripTitles, trimSpans } from './rules.ts';
import {
  dropCommonWords, givenNames, orgHeadsAfter, orgTails, personsInSpans, groupCues, joinParts, joinPlacePairs, orAliases, rolesNotNames, splitConjoined,
  splitKnownPersons, trimConnectors,
} from './rules-more.ts';
import { sentenceOfTokens, sentenceSpans, tokenizeDoc } from './token-doc.ts';
import { agreeTypes, headOnlyNames, modifiersBeforeHead, ordinalUnits, orgHeadsBefore, publicationNames, untaggedInstitutions } from './org-heads.ts';
import { titleCaseLines } from './title-case.ts';
import { trailingPersons } from './trailing-person.ts';
import { clubPrefixes, clubTypes, scoreLines } from './clubs.ts';
import { numberedFeatures, placeInstitutions, venueNames } from './venues.ts';
import { titledOffices } from './titled-offices.ts';
import { givenNameSpellings } from './given-spellings.ts';
import { flightNumbers, namedTrains, untaggedVessels, vesselNames } from './vessels.ts';

/** The document's own outlet and site names, as its metadata and container give them. */
function outletsOf(doc: Doc): string[] {
  const out: string[] = [];
  for (const o of [doc.layers.metadata?.outlet, doc.hints.outlet, doc.hints.site]) if (o && /\s/.test(o.trim())) out.push(o);
  return out;
}

/** Finds the names in one document and groups them into entities. */
export function findDocEntities(doc: Doc): void {
  const tokens = tokenizeDoc(doc.text, sentenceSpans(doc));
  const v = new TokenView(tokens);
  const found = splitDatelines(tokens.sentStarts, v);
  const tags = loadTagger().tag(tokens);
  const sentenceOf = sentenceOfTokens(tokens);
  const sentStart = (i: number): boolean => tokens.sentStarts[sentenceOf[i]] === i;
  let cands = typeDatelines(candidatesFromTags(tags), found, v.n);
  cands = titleCaseLines(cands, v, tokens.sentStarts, doc.layers.metadata?.title ?? null);
  cands = dropCommonWords(cands, v, sentStart);
  cands = exclamations(cands, v);
  cands = sentenceStartWords(cands, v, sentStart);
  cands = numeralWords(cands, v);
  cands = tagLists(cands, v, tokens.sentStarts);
  cands = metadataLines(cands, v);
  stripTitles(cands, v);
  prefixedNames(cands, v);
  cands = possessiveNames(cands, v);
  cands = splitPossessives(cands, v, sentStart);
  ellipticalInstitutions(cands, v);
  cands = trimSpans(cands, v);
  cands = trimLowercaseTail(cands, v);
  scoreLines(cands, v, sentStart);
  cands = clubPrefixes(cands, v, sentStart);
  cands = splitConjoined(cands, v);
  cands = trimConnectors(cands, v);
  cands = joinParticles(cands, v, sentStart);
  cands = joinParts(cands, v, sentStart);
  cands = joinPlacePairs(cands, v, sentStart);
  cands = placeInstitutions(cands, v);
  cands = joinOfNames(cands, v, sentStart);
  orgHeadsBefore(cands, v);
  headOnlyNames(cands, v, sentStart);
  modifiersBeforeHead(cands, v, sentStart);
  cands = untaggedInstitutions(cands, v, sentStart);
  cands = placeOf(cands, v);
  cands = splitDivisionOf(cands, v);
  cands = splitPlacePairs(cands, v);
  cands = splitKindAppositions(cands, v);
  numberWordNames(cands, v);
  cands = splitKnownPersons(cands, v);
  cands = personsInSpans(cands, v);
  cands = trailingPersons(cands, v);
  givenNames(cands, v, sentStart);
  givenNameSpellings(cands, v);
  // Joins and extensions above can bring a title back to the front of a name.
  stripTitles(cands, v);
  cands = rolesNotNames(cands, v);
  cands = removeOverlaps(cands);
  cands = defineAcronyms(cands, v);
  cands = trimConnectors(cands, v);
  groupCues(cands, v);
  clubTypes(cands, v);
  orgTails(cands, v);
  orgHeadsAfter(cands, v, sentStart);
  ordinalUnits(cands, v);
  groupAdjectives(cands, v);
  typeByShape(cands, v);
  typePlaceShapes(cands, v);
  venueNames(cands, v);
  agreeTypes(cands, v);
  publicationNames(cands, v);
  featureNames(cands, v);
  namedThings(cands, v);
  cands = untaggedVessels(cands, v, sentStart);
  cands = flightNumbers(cands, v);
  namedTrains(cands, v, sentStart);
  vesselNames(cands, v);
  cands = numberedFeatures(cands, v);
  cands = titledOffices(cands, v);
  placeEvidence(cands, v, datelinePlaces(found));
  outletNames(cands, v, outletsOf(doc));
  cands = untaggedPlaces(cands, v, sentStart);
  orAliases(cands, v);
  orgShortForms(cands, v);
  cutAffixes(cands, v);
  articleNames(cands, v, sentStart);
  findRoles(cands, v, sentenceOf, tokens.sentStarts);
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
