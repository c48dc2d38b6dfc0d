/** Name particles and connectors left out of transliteration keys ("al", "ul", "-o-", "and"). */
export const KEY_PARTICLES: ReadonlySet<string> = new Set([
  'al', 'ul', 'el', 'ud', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'o', 'e', 'and', 'wa', 'va', 'the', 'of',
]);

/** Particles sometimes written glued to the end of the preceding part ("Anwarul", "Abdur"). */
export const KEY_GLUED_PARTICLE_SUFFIXES: readonly string[] = ['ul', 'ud', 'ur'];

/**
 * Looser folds for whole person names transliterated from Slavic and other scripts: g/h (one
 * letter written G in one language and H in another), hard c/k ("Clara" / "Klara", "Hector" /
 * "Hektor": c before a back vowel, l, r or t, where it never stands for ts), the shch / ch / sh / zh clusters as English,
 * German, Polish, Czech and Hungarian write them, ts/tz/c, z/s (voiced and unvoiced s in the same
 * name), kh/h, x/ks, a final -off/-ov, j/y/i, the yo of a Slavic name as e. Applied after `foldPart` (so o is already u and e is i), in order; only ever
 * compared on full names (given name and surname together). An upper-case C marks a "ch" sound
 * already read, so the hard-c rule (which runs first) never sees it. Ch is read as in "church"
 * (the English convention for Slavic names), so a German "ch" for kh does not meet "kh"/"h".
 */
export const LOOSE_FOLDS: readonly (readonly [RegExp, string])[] = [
  [/c(?=[aulrt])/g, 'k'],
  // Shch: shch (English), szcz (Polish), schtsch (German); Czech šč is already "sc".
  [/shch|szcz|schtsch/g, 'sC'],
  // Ch: tsch (German) before the German sh below, which it contains.
  [/tsch/g, 'C'],
  // Sh: sch (German); zh / ž: German writes it sch too, so both fold to the s below.
  [/sch/g, 's'],
  // Ch: tch (French), ch (English), cs (Hungarian), cz (Polish); Czech č is already c.
  [/tch|ch|cs|cz/g, 'C'],
  // Sh: sh (English), sz (Polish); Czech š is already s.
  [/s[hz]/g, 's'],
  [/zh/g, 'z'],
  [/t[sz]|C/g, 'c'],
  [/z/g, 's'],
  [/kh/g, 'h'],
  // x is ks ("Maxim" / "Maksim"); a final -off is the -ov of a French or older English spelling.
  [/x/g, 'ks'],
  [/(?<=u)f+$/g, 'v'],
  [/g/g, 'h'],
  [/[jy]/g, 'i'],
  // The yo of a Slavic name after a consonant, written yo, jo, io or e ("Pyotr" / "Piotr" / "Petr",
  // "-lyov" / "-ljow" / "-lev"; o is u and e is i here): not at a word's end ("Liu" is not "Li").
  [/(?<=[bcdfhklmnprstv])iu(?=[^aiu])/g, 'i'],
  [/(.)\1+/g, '$1'],
];

/**
 * Applied to surnames (every part after the first) only, before LOOSE_FOLDS: an initial Ya- is
 * read as Ye-, since East Slavic surnames alternate the two (a Russian Ye- form beside a Ukrainian
 * Ya- form of one name) and a name written Ye-, Je- and Ya- in three reports is one name. Only
 * after a written Y (after foldPart, e is already i): a J- spelling is also Germanic, where
 * Ja-/Je- are different names.
 */
export const LOOSE_SURNAME_FOLDS: readonly (readonly [RegExp, string])[] = [[/^ya(?=\p{L}{3})/u, 'yi']];

/** Applied to the given name (first part) only: the -iy/-y/-i endings of longer given names, and -er / -r. */
export const LOOSE_GIVEN_NAME_FOLDS: readonly (readonly [RegExp, string])[] = [
  [/(?<=\p{L}{4})i$/u, ''],
  // A final -er after a consonant written -r ("Aleksandr" / "Alexander", "Petr" / "Peter"; e is i here).
  [/(?<=[^aeiou])ir$/u, 'r'],
  // The last vowel of a longer given name before its final consonants, a or e ("Muhammad" /
  // "Mohammed", "Ahmad" / "Ahmed"; o is u and e is i here).
  [/(?<=^\p{L}{3,})[ai](?=[^aiu]+$)/u, 'a'],
];
