// Statement claims (non-numeric): what was done to someone, normalized so reports can be compared
// ("expelled the envoy" vs "barred the envoy from returning"). `object` is matched after the verb.
// Kept apart from the numeric claim patterns so each can grow on its own.

/** Words every statement pattern needs. */
export const DIPLOMAT_RE = /ambassador|envoy|diplomat|charg[eé]|consul|attach[eé]/i;

export const STATEMENT_PATTERNS: readonly { re: RegExp; label: string }[] = [
  { re: /\b(?:expel(?:led|s|ling)?|kick(?:ed)? out|ordered (?:\w+ ){0,3}to leave|declared (?:\w+ ){0,3}persona non grata)\s+((?:\w+[’']s\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:ambassador|envoy|diplomats?|charg[eé] d[’']affaires|consul|attach[eé]))\b/gi, label: 'expelled' },
  { re: /\b(?:recall(?:ed|s|ing)?|withdr(?:ew|awn|aws)|pull(?:ed)? out)\s+((?:\w+[’']s\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:ambassador|envoy|diplomats?|charg[eé] d[’']affaires|consul))\b/gi, label: 'recalled' },
  { re: /\b(?:summon(?:ed|s|ing)?|call(?:ed)? in)\s+((?:\w+[’']s\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:ambassador|envoy|diplomats?|charg[eé] d[’']affaires|consul))\b/gi, label: 'summoned' },
  { re: /\b(?:prevent(?:ed|s|ing)?|bar(?:red|s|ring)?|block(?:ed|s|ing)?|ban(?:ned|s|ning)?|stopp?(?:ed|s|ing)?)\s+((?:\w+[’']s\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:ambassador|envoy|diplomats?|charg[eé] d[’']affaires|consul))(?:[^.]{0,60}?\bfrom\s+return)/gi, label: 'barred from returning' },
  { re: /\b(?:asked|told|requested|instructed)\s+((?:\w+[’']s\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:ambassador|envoy|diplomats?|charg[eé] d[’']affaires|consul))(?:[^.]{0,60}?\bnot\s+to\s+return)/gi, label: 'barred from returning' },
  { re: /\b((?:\w+[’']s\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:ambassador|envoy|diplomats?|charg[eé] d[’']affaires|consul))[^.]{0,60}?\b(?:would not|will not|won['’]t|cannot|could not|not)\s+(?:be allowed to\s+)?return\b/gi, label: 'barred from returning' },
  { re: /\b((?:\w+[’']s\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:ambassador|envoy|diplomats?|charg[eé] d[’']affaires|consul))\s+(?:was|were|has been|had been)\s+(expelled|recalled|summoned)\b/gi, label: '$2' },
];
