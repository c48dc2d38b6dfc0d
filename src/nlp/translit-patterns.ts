/** Name particles and connectors left out of transliteration keys ("al", "ul", "-o-", "and"). */
export const KEY_PARTICLES: ReadonlySet<string> = new Set([
  'al', 'ul', 'el', 'ud', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'o', 'e', 'and', 'wa', 'va', 'the', 'of',
]);

/** Particles sometimes written glued to the end of the preceding part ("Anwarul", "Abdur"). */
export const KEY_GLUED_PARTICLE_SUFFIXES: readonly string[] = ['ul', 'ud', 'ur'];
