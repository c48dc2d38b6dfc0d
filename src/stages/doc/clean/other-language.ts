// Reader UI of a foreign site in the same alphabet: an English report republished on a Polish or
// German page keeps that page's buttons and labels ("Artikel anhören", "Lo más leído"). Another
// script is caught letter by letter (`foreign-ui-label` in classify-line.ts); here the language
// gives it away: a short line with another language's function words or accented letters, and none
// of English's. One such line may be a name ("Kraków") or a quoted phrase, so they go only when
// the page has several: then they are its furniture.
import type { Removal } from '../../../core/index.ts';
import { STOPWORDS } from '../read-metadata/detect-language.ts';

/** A UI label or a widget sentence is short. */
const MAX_LABEL_CHARS = 100;
/** Fewer such lines than this on a page are names or quotes, not a foreign site's furniture. */
const MIN_LINES = 3;
/** The rest of the page is English when it has this many English function words ... */
const MIN_ENGLISH_WORDS = 10;
/** ... and this many times as many as other languages' function words. */
const ENGLISH_MAJORITY = 4;

/**
 * Words that make a line English: its function words but "in", which German, Dutch and Italian
 * write too. One-letter words are read as neither ("A+ A-", Spanish "y", Polish "w").
 */
const ENGLISH = new Set([
  ...STOPWORDS.en.filter((w) => w !== 'in'),
  'an', 'at', 'be', 'but', 'are', 'this', 'will', 'after', 'who', 'not', 'they', 'he', 'she', 'we', 'you', 'your', 'our', 'their', 'his', 'her', 'its', 'or', 'up', 'more', 'read', 'new',
]);
/** Function words of UI text beyond the language guesser's lists, and Polish, which it does not guess. */
const MORE_FOREIGN = [
  'sie', 'ihre', 'ihr', 'wir', 'mehr', 'oder', 'bei', 'nach', 'zum', 'zur', 'im', 'aus', 'wird', 'meine', 'diesem', 'alle',
  'vous', 'votre', 'nous', 'notre', 'lire', 'aussi', 'ce', 'cette',
  'su', 'lo', 'nuestro', 'nuestra', 'usted',
  'nostro', 'nostra', 'questo', 'tutti',
  'seu', 'sua', 'nosso', 'nossa', 'você',
  'się', 'nie', 'jest', 'że', 'dla', 'oraz', 'czy', 'przez', 'przy', 'już', 'tylko', 'jego', 'jej', 'twój', 'twoje', 'więcej', 'także', 'też', 'na',
  'je', 'jouw', 'uw', 'onze', 'meer', 'lees',
];
const FOREIGN = new Set([...Object.entries(STOPWORDS).flatMap(([lang, words]) => (lang === 'en' ? [] : words)), ...MORE_FOREIGN].filter((w) => w.length > 1 && !ENGLISH.has(w)));
const WORD = /[\p{L}]+/gu;
// Every line is tested, so the word lists are single regexes without the slow `u` flag; a Latin
// letter is [A-Za-zÀ-ɏ] for their word boundaries.
const LETTER = 'A-Za-zÀ-ÖØ-öø-ɏ';
const wordsRe = (words: Iterable<string>): RegExp => new RegExp(`(?<![${LETTER}])(?:${[...words].join('|')})(?![${LETTER}])`, 'i');
const ENGLISH_WORD = wordsRe(ENGLISH);
const FOREIGN_WORD = wordsRe(FOREIGN);
/**
 * A Latin letter with a diacritic, which English words do not carry, in a word that starts lower case:
 * a capitalised one is usually a name ("Kraków", "José") that an English text keeps as it is.
 */
const LOWER_ACCENTED_WORD = new RegExp(`(?<![${LETTER}])[a-zß-öø-ÿ][${LETTER}]*[À-ÖØ-öø-ɏ]`);

interface LineLike {
  text: string;
  keep: boolean;
}

/** A web address: its parts ("com", "de") are not words of any language. */
const ADDRESS = /:\/\/|www\.|\b[\w-]+\.(?:com|org|net|gov|edu|co|de|fr|es|it|pl|nl|pt)\b/i;

function looksForeign(line: string): boolean {
  if (line.length > MAX_LABEL_CHARS || ENGLISH_WORD.test(line) || ADDRESS.test(line)) return false;
  return FOREIGN_WORD.test(line) || LOWER_ACCENTED_WORD.test(line);
}

/** Removes a foreign site's short labels from an English page that carries several of them. */
export function removeOtherLanguageLines(lines: LineLike[], removed: Removal[]): void {
  const candidates = new Set(lines.filter((l) => l.keep && looksForeign(l.text)));
  if (candidates.size < MIN_LINES) return;
  // The rest of the page must be plainly English: the candidates may come first and outnumber a short
  // report (so the language guesser, which reads the start, is not asked), and a page of tables and
  // names has too few function words to say (the guesser would answer English for it).
  let english = 0;
  let foreign = 0;
  for (const l of lines) {
    if (!l.keep || candidates.has(l)) continue;
    for (const w of l.text.toLowerCase().match(WORD) ?? []) {
      if (ENGLISH.has(w)) english++;
      else if (FOREIGN.has(w)) foreign++;
    }
  }
  if (english < MIN_ENGLISH_WORDS || english < ENGLISH_MAJORITY * foreign) return;
  for (const l of candidates) {
    l.keep = false;
    removed.push({ text: l.text, reason: 'foreign-ui-label' });
  }
}
