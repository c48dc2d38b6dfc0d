// Builds the NER gazetteer data: generic lists (given names, surnames, countries, cities,
// regions, nationalities, organizations) taken from compromise's lexicon (a dev dependency, used
// only here at training time), plus our handwritten cue words.

import { GAZ_CLASSES, type GazClass, type GazetteerData } from '../src/nlp/ner/gazetteer.ts';

const FROM_COMPROMISE: Record<string, GazClass> = {
  FirstName: 'first',
  MaleName: 'first',
  FemaleName: 'first',
  LastName: 'last',
  Country: 'country',
  City: 'city',
  Region: 'region',
  Place: 'city',
  Demonym: 'demonym',
  Organization: 'org',
  SportsTeam: 'org',
  Person: 'person',
};

/** Lexicon tags of ordinary words: a capitalized one is often just sentence-initial or a headline word. */
const COMMON_TAGS = new Set([
  'Adjective', 'Adverb', 'Preposition', 'Conjunction', 'Determiner', 'Infinitive', 'PastTense', 'PresentTense',
  'Gerund', 'Plural', 'Uncountable', 'Comparative', 'Superlative', 'Pronoun', 'Modal', 'Copula', 'QuestionWord',
  'Participle', 'PhrasalVerb',
]);

export async function buildGazetteerData(cues: GazetteerData): Promise<GazetteerData> {
  const sets = new Map<GazClass, Set<string>>(GAZ_CLASSES.map((c) => [c, new Set<string>()]));
  for (const [cls, words] of Object.entries(cues) as [GazClass, string[]][]) for (const w of words) sets.get(cls)!.add(w);
  const { default: nlp } = await import('compromise');
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  for (const [word, tags] of Object.entries(lexicon)) {
    for (const tag of Array.isArray(tags) ? tags : [tags]) {
      if (COMMON_TAGS.has(tag) && !word.includes(' ')) sets.get('common')!.add(word);
      if ((tag === 'PresentTense' || tag === 'PastTense') && !word.includes(' ')) sets.get('verb')!.add(word);
      const cls = FROM_COMPROMISE[tag];
      // Organization entries of one short word are mostly abbreviations (inc, dept): keep phrases.
      if (cls && !(tag === 'Organization' && word.length < 4)) sets.get(cls)!.add(word);
    }
  }
  const out: GazetteerData = {};
  for (const [cls, set] of sets) if (set.size > 0) out[cls] = [...set].sort();
  return out;
}
