import { dayNumber } from './days.ts';
import type { StoryFeatures } from './story-index.ts';
import { capitalisedNames, contentWords } from './tokenize.ts';

/**
 * Story features from text alone: content words, and capitalised name runs standing in for
 * entities when the caller has none. `names` given by the caller win over the fallback.
 * `lead` (headline and opening sentences) gives the words topics are compared by.
 */
export function storyFeatures(
  id: string,
  text: string,
  date: string | number | null,
  names?: readonly string[],
  places?: readonly string[],
  lead?: string,
  people?: readonly string[],
): StoryFeatures {
  return {
    id,
    words: contentWords(text),
    names: names && names.length > 0 ? [...names] : capitalisedNames(text),
    day: typeof date === 'number' ? date : dayNumber(date),
    places: places ? [...places] : [],
    ...(people ? { people: [...people] } : {}),
    ...(lead !== undefined ? { leadWords: contentWords(lead) } : {}),
  };
}
