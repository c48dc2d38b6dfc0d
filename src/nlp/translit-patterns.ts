/** Name particles and connectors left out of transliteration keys ("al", "ul", "-o-", "and"). */
export const KEY_PARTICLES: ReadonlySet<string> = new Set([
  'al', 'ul', 'el', 'ud', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'o', 'e', 'and', 'wa', 'va', 'the', 'of',
]);

/** Particles sometimes written glued to the end of the preceding part ("Anwarul", "Abdur"). */
export const KEY_GLUED_PARTICLE_SUFFIXES: readonly string[] = ['ul', 'ud', 'ur'];

/**
 * Looser folds for whole person names transliterated from Slavic and other scripts: g/h (one
 * letter written G in one language and H in another), ts/tz/cz/c, kh/h, j/y/i. Applied after `foldPart`, in order; only ever compared on full
 * names (given name and surname together).
 */
export const LOOSE_FOLDS: readonly (readonly [RegExp, string])[] = [
  [/t[sz]|cz/g, 'c'],
  [/kh/g, 'h'],
  [/g/g, 'h'],
  [/[jy]/g, 'i'],
  [/(.)\1+/g, '$1'],
];

/** Applied to the given name (first part) only: the -iy/-y/-i endings of longer given names. */
export const LOOSE_GIVEN_NAME_FOLDS: readonly (readonly [RegExp, string])[] = [[/(?<=\p{L}{4})i$/u, '']];
