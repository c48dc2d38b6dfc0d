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
    terms: ['terrorist', 'militant', 'separatist', 'insurgent', 'rebel', 'fighter', 'guerrilla', 'guerilla', 'extremist', 'jihadist', 'freedom fighter', 'gunman', 'gunmen', 'bandit', 'miscreant', 'mercenary', 'resistance', 'mutineer', 'putschist', 'coup plotter', 'renegade'],
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
    // Agency is a framing choice: "killed" names a cause, "died" and "perished" do not.
    referent: 'deaths',
    terms: ['killed', 'murdered', 'massacred', 'martyred', 'slaughtered', 'neutralized', 'eliminated', 'died', 'perished'],
  },
  {
    // What kind of happening an outlet says it was: chance, fate, or somebody's fault.
    referent: 'what happened',
    terms: ['accident', 'mishap', 'disaster', 'tragedy', 'catastrophe', 'negligence', 'scandal', 'crime', 'massacre', 'act of god'],
  },
  {
    referent: 'authorities',
    terms: ['government', 'regime', 'junta', 'administration', 'authorities'],
  },
];

/**
 * Entity types that can be the referent a label is applied to. A nationality ("Chilean", typed
 * MISC) is not: "Chilean rebels" labels a group, not Chileans, so such mentions are skipped.
 */
export const REFERENT_TYPES: ReadonlySet<string> = new Set(['ORG', 'MISC']);

/** Categories whose terms name a group of people, so a nearby organisation is their referent. */
export const GROUP_CATEGORIES: ReadonlySet<string> = new Set(['armed group', 'crowd']);
