// Statement predicates that cannot both hold of one subject: the non-numeric conflicts between reports.

/**
 * What a person in charge did during the happening: said of one person, so accounts of different
 * people (the driver, the conductor) are different disputes (conduct-subject.ts).
 */
export const CONDUCT: readonly (readonly [RegExp, RegExp, string])[] = [
  [/^left early$/i, /^stayed to the end$/i, 'left early vs stayed'],
  [/^away from post$/i, /^at post$/i, 'away from post vs at it'],
  [/^asleep$/i, /^awake$/i, 'asleep vs awake'],
];

/**
 * Pairs of statement predicates that cannot both be true of the same subject. Each entry is two
 * patterns; a slot whose values match both sides is conflicting.
 */
export const CONTRADICTIONS: readonly (readonly [RegExp, RegExp, string])[] = [
  [/\bexpel(?:led|s)?\b|\bkicked out\b|\bordered (?:out|to leave)\b/i, /\b(?:not to return|from returning|barred|prevented|blocked|asked .{0,40}not to)\b/i, 'expelled vs kept from returning'],
  [/\bconfirm(?:ed|s)?\b/i, /\bden(?:ied|ies|y)\b/i, 'confirmed vs denied'],
  [/\baccept(?:ed|s)?\b/i, /\breject(?:ed|s)?\b/i, 'accepted vs rejected'],
  [/\barrest(?:ed|s)?\b|\bdetain(?:ed|s)?\b/i, /\breleas(?:ed|es)\b|\bfreed\b/i, 'held vs released'],
  [/\bkilled\b|\bdied\b|\bdead\b/i, /\bsurviv(?:ed|es)\b|\balive\b/i, 'dead vs alive'],
  // Labels of accounts of what happened (extract-claims/statement-patterns.ts), matched whole: a
  // speaker's own words that merely mention a raid are no account of how a standoff ended.
  // "Never surrendered" stands with the raid against the surrender: one dispute, one slot.
  [/^(?:surrendered|ended peacefully)$/i, /^(?:stormed|did not surrender)$/i, 'surrendered vs stormed'],
  [/^(?:accident|no foul play)$/i, /^(?:sabotage|arson|attack|deliberate)$/i, 'accident vs deliberate'],
  [/^shots fired$/i, /^no shots fired$/i, 'shots fired vs none'],
  [/^overloaded$/i, /^not overloaded$/i, 'overloaded vs not'],
  ...CONDUCT,
];
