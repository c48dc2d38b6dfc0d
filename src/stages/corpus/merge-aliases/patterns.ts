// Tunable data for merging entity aliases across documents.

/** "Islamic Republic of X", "Kingdom of X": long official forms whose short name is X. */
export const LONG_FORM_RE = /^(?:[\p{L}'’-]+\s+){0,3}(?:Republic|Kingdom|State|Emirate|Federation|Commonwealth|Principality|Sultanate|Union)\s+of\s+(?:the\s+)?(.+)$/u;

/** Leading words that qualify an organization's name without being part of it ("US X", "the X"). */
export const QUALIFIER_WORDS: ReadonlySet<string> = new Set(['the', 'us', 'u.s.', 'uk', 'u.k.', 'un', 'u.n.', 'eu']);

/** Place nouns written after a place's name ("X province"): "X province" and "X" are one place. */
export const TRAILING_PLACE_NOUNS: ReadonlySet<string> = new Set(['province', 'region', 'district', 'city', 'state', 'county', 'area', 'town']);
