// Tunable data for merging entity aliases across documents.

/** "Federal Republic of X", "Kingdom of X": long official forms whose short name is X. */
export const LONG_FORM_RE = /^(?:[\p{L}'’-]+\s+){0,3}(?:Republic|Kingdom|State|Emirate|Federation|Commonwealth|Principality|Sultanate|Union)\s+of\s+(?:the\s+)?(.+)$/u;

/** Leading words that qualify an organization's name without being part of it ("US X", "the X"). */
export const QUALIFIER_WORDS: ReadonlySet<string> = new Set(['the', 'us', 'u.s.', 'uk', 'u.k.', 'un', 'u.n.', 'eu']);

/** Place nouns written after a place's name ("X province"): "X province" and "X" are one place. */
export const TRAILING_PLACE_NOUNS: ReadonlySet<string> = new Set(['province', 'region', 'district', 'city', 'state', 'county', 'area', 'town']);

/**
 * Countries written several ways: each row is one country, its common name first. Written-out,
 * short and abbreviated forms, exactly as written (case matters: "US" is the country, "us" is not).
 */
export const COUNTRY_FORMS: readonly (readonly string[])[] = [
  ['United States', 'United States of America', 'U.S.', 'US', 'U.S.A.', 'USA', 'America'],
  ['United Kingdom', 'UK', 'U.K.', 'Britain', 'Great Britain'],
  ['United Arab Emirates', 'UAE', 'U.A.E.'],
  ['Soviet Union', 'USSR', 'U.S.S.R.'],
  ['Democratic Republic of the Congo', 'DR Congo', 'DRC'],
  ['Netherlands', 'Holland'],
  ['South Korea', 'Republic of Korea', 'ROK'],
  ['North Korea', 'DPRK'],
  ['Czech Republic', 'Czechia'],
  ['Myanmar', 'Burma'],
  ['Ivory Coast', "Côte d'Ivoire", 'Côte d’Ivoire', "Cote d'Ivoire"],
  ['Turkey', 'Türkiye', 'Turkiye'],
  ['Eswatini', 'Swaziland'],
  ['China', "People's Republic of China", 'People’s Republic of China', 'PRC'],
  ['Russia', 'Russian Federation'],
  ['Vatican', 'Holy See', 'Vatican City'],
  ['New Zealand', 'NZ'],
  ['Saudi Arabia', 'KSA'],
  ['Philippines', 'the Philippines'],
];

/** Heads of offices every government has ("Foreign Ministry", "Ministry of Health", "State Department"). */
export const OFFICE_HEADS: ReadonlySet<string> = new Set(['ministry', 'department', 'office', 'directorate']);

/** Portfolio words of such offices, with the small words of "Ministry of Foreign Affairs". */
export const OFFICE_WORDS: ReadonlySet<string> = new Set([
  'of', 'for', 'and', 'the', 'foreign', 'affairs', 'interior', 'internal', 'home', 'defence', 'defense', 'health', 'finance',
  'justice', 'education', 'trade', 'transport', 'energy', 'agriculture', 'labour', 'labor', 'culture', 'environment',
  'information', 'economy', 'economic', 'emergency', 'emergencies', 'situations', 'public', 'security', 'communications',
  'industry', 'commerce', 'tourism', 'sports', 'youth', 'social', 'welfare', 'treasury', 'war', 'state', 'religious',
]);

/**
 * British and American spellings of one word in names of groups and places ("Centre" / "Center",
 * "Defence" / "Defense", "Organisation" / "Organization"): folded before keying. Lowercase
 * letters only, so an acronym or a dateline in capitals is left as written.
 */
export const SPELLING_FOLDS: readonly (readonly [RegExp, string])[] = [
  [/(?<=\p{Ll}[bcdfghklmnpstvz])re\b/gu, 'er'],
  [/(?<=\p{Ll})ence\b/gu, 'ense'],
  [/(?<=\p{Ll})isation/gu, 'ization'],
];
