// Tunable data for framing: labels that different outlets choose for the same kind of referent.

export interface FramingCategory {
  /** What the labels refer to, for the contrast's name when no entity is named nearby. */
  referent: string;
  /** Base forms; plurals and adjectival uses ("terrorist hideouts") match too. */
  terms: string[];
}

export const FRAMING_CATEGORIES: readonly FramingCategory[] = [
  {
    referent: 'armed group',
    terms: ['terrorist', 'militant', 'separatist', 'insurgent', 'rebel', 'fighter', 'guerrilla', 'guerilla', 'extremist', 'jihadist', 'freedom fighter', 'gunman', 'gunmen', 'bandit', 'miscreant', 'mercenary', 'resistance'],
  },
  {
    referent: 'crowd',
    terms: ['protester', 'protestor', 'demonstrator', 'rioter', 'mob', 'activist', 'looter', 'agitator'],
  },
  {
    referent: 'military action',
    terms: ['strike', 'attack', 'aggression', 'retaliation', 'raid', 'incursion', 'violation', 'operation', 'bombing', 'assault'],
  },
  {
    referent: 'deaths',
    terms: ['killed', 'murdered', 'massacred', 'martyred', 'slaughtered', 'neutralized', 'eliminated'],
  },
];

/** Entity types that can be the referent a label is applied to. */
export const REFERENT_TYPES: ReadonlySet<string> = new Set(['ORG', 'MISC']);

/** Categories whose terms name a group of people, so a nearby organisation is their referent. */
export const GROUP_CATEGORIES: ReadonlySet<string> = new Set(['armed group', 'crowd']);
