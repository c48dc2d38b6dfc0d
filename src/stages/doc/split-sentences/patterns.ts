// Tunable data for paragraph and sentence splitting. Generic English conventions only.

/**
 * Words that, written with a final period, almost never end a sentence: titles before names,
 * ranks, and short forms that are followed by what they qualify.
 */
export const NON_TERMINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'fr', 'rev', 'hon', 'messrs', 'mme', 'mlle',
  'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'cmdr', 'adm', 'sgt', 'cpl', 'pvt', 'brig', 'lieut', 'cdr', 'insp', 'supt', 'det',
  'gov', 'sen', 'rep', 'pres', 'amb', 'sec', 'atty', 'rt', 'ald', 'pct', 'supt', 'asst', 'assoc', 'dist',
  'vs', 'v', 'approx', 'dept', 'fig', 'vol', 'pp', 'para',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'thu', 'thur', 'thurs', 'fri',
  'e.g', 'i.e', 'cf', 'ca', 'nr', 'tel', 'ext',
  'ave', 'blvd', 'rd', 'hwy', 'sq', 'ste',
  // State abbreviations (AP style) that are not also ordinary words.
  'ariz', 'calif', 'colo', 'conn', 'fla', 'kan', 'ky', 'mich', 'minn', 'mont', 'neb', 'nev', 'okla', 'tenn', 'tex',
  'vt', 'wis', 'wyo',
]);

/** Short forms that never end a sentence when a number follows ("No. 5", "Art. 12"). */
export const BEFORE_NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set(['no', 'nos', 'art', 'ch', 'sec', 'p', 'nr', 'vol', 'fig']);

/**
 * Short forms that often do end a sentence ("... at the company's Inc.", "... and so on, etc."):
 * they end one only when a clear sentence opener follows.
 */
export const AMBIGUOUS_ABBREVIATIONS: ReadonlySet<string> = new Set(['etc', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'bros', 'al']);

/** Times of day: "at 5 p.m. Tuesday" continues, "at 5 p.m. Officials said" does not. */
export const TIME_ABBREVIATIONS: ReadonlySet<string> = new Set(['a.m', 'p.m', 'am', 'pm']);

/** Words that may follow a time of day inside the same sentence. */
export const AFTER_TIME_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'et', 'ct', 'pt', 'gmt', 'utc', 'bst', 'cet', 'ist', 'pkt',
  'local', 'eastern', 'central', 'pacific', 'mountain', 'today', 'tonight', 'yesterday', 'tomorrow',
]);

/**
 * Capitalized words that open sentences far more often than they continue a name. After a dotted
 * acronym ("the U.S. The next day") they mark a boundary; any other capitalized word ("the U.S. Army")
 * does not.
 */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'his', 'her',
  'their', 'its', 'our', 'my', 'in', 'on', 'at', 'but', 'and', 'or', 'so', 'yet', 'after', 'before', 'when', 'while',
  'if', 'as', 'since', 'although', 'though', 'however', 'meanwhile', 'also', 'some', 'many', 'most', 'no', 'not',
  'officials', 'police', 'authorities', 'both', 'one', 'two', 'three', 'earlier', 'later', 'last', 'then', 'still',
  'what', 'who', 'why', 'how', 'where', 'according', 'separately', 'for', 'from', 'with', 'by', 'to', 'during',
]);

/** Characters that close a sentence. */
export const TERMINATORS = '.!?…';
/** Characters that may follow a terminator and still belong to the sentence it closes. */
// \u0092 and \u0094 are Windows-1252 quotes left undecoded by some scrapers.
export const CLOSERS = '"\'”’»)]}\u0092\u0094';
/** Characters that may open a sentence before its first letter. */
export const OPENERS = '"\'“‘«([{¿¡\u0091\u0093';

/** A subheading is short: at most this many words and characters. */
export const HEADING_MAX_WORDS = 14;
export const HEADING_MAX_CHARS = 110;

/** Bullets and list markers at the start of a line: such a line is a list item, not a heading. */
export const LIST_ITEM = /^\s*(?:[•●▪◦‣∙·*\-–—]|\d{1,2}[.)])\s/;

/** A line wrapped mid-sentence by a fixed-width layout is at least this long. */
export const WRAPPED_LINE_MIN_CHARS = 60;
