// Tunable data for events: inflection of trigger lemmas, negation and hedge cues, argument cues.
import type { EventType } from '../../../core/index.ts';
import { IRREGULAR, TRIGGERS } from './triggers.ts';

function inflect(lemma: string): string[] {
  if (lemma.includes(' ')) {
    const [head, ...rest] = lemma.split(' ');
    return inflect(head!).map((f) => [f, ...rest].join(' '));
  }
  const forms = new Set([lemma]);
  const ends = (s: string): boolean => lemma.endsWith(s);
  if (ends('e')) {
    forms.add(lemma + 's').add(lemma + 'd').add(lemma.slice(0, -1) + 'ing');
  } else if (ends('y') && !/[aeiou]y$/.test(lemma)) {
    forms.add(lemma.slice(0, -1) + 'ies').add(lemma.slice(0, -1) + 'ied').add(lemma + 'ing');
  } else if (/(?:s|sh|ch|x|z)$/.test(lemma)) {
    forms.add(lemma + 'es').add(lemma + 'ed').add(lemma + 'ing');
  } else {
    forms.add(lemma + 's').add(lemma + 'ed').add(lemma + 'ing');
  }
  return [...forms];
}

/** Surface form (lower case) → lemma and type. */
export const TRIGGER_FORMS: ReadonlyMap<string, { lemma: string; type: EventType }> = (() => {
  const map = new Map<string, { lemma: string; type: EventType }>();
  for (const [type, lemmas] of Object.entries(TRIGGERS) as [EventType, readonly string[]][]) {
    for (const lemma of lemmas) for (const f of inflect(lemma)) if (!map.has(f)) map.set(f, { lemma, type });
  }
  for (const [form, lemma] of Object.entries(IRREGULAR)) {
    const base = map.get(lemma);
    if (base) map.set(form, { lemma, type: base.type });
  }
  return map;
})();

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One alternation over every form, longest first, so multi-word triggers win. */
export const TRIGGER_RE = new RegExp(
  `\\b(${[...TRIGGER_FORMS.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})\\b`,
  'gi',
);

export const NEGATION_RE = /\b(?:not|no|never|didn['’]t|did not|doesn['’]t|don['’]t|won['’]t|wasn['’]t|weren['’]t|denied|deny|denies|without|neither|nor|refused to|failed to)\s+(?:\w+\s+){0,2}$/i;
export const HEDGE_RE = /\b(?:reportedly|allegedly|purportedly|apparently|possibly|may|might|could|unconfirmed|claimed|said to|believed to|suspected|feared)\b/i;
export const PASSIVE_BY_RE = /^\s*by\s+/i;
export const PASSIVE_AUX_RE = /\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$/i;
export const LOCATION_PREP_RE = /\b(?:in|at|near|inside|outside|across|on)\s+(?:the\s+)?(?:\w+\s+){0,2}$/i;
/** Where a clause ends: arguments are not looked for across these. */
export const CLAUSE_BREAK_RE = /[;:]|,\s*(?:while|but|and|which|who|after|before|as|saying|adding)\b|\s(?:but|while|whereas)\s/g;
/** Words that cannot be a capitalized-phrase argument on their own. */
export const NOT_ARGUMENT = new Set(
  'The A An In On At It He She They We This That These Those But And Or If When While After Before As Its Their His Her Our Mr Mrs Ms However Meanwhile Also Last Early Late Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December'.split(' '),
);

/**
 * Context checks for trigger words that are often something else ("a close friend", "press
 * conference", "behind bars", "fired" from a job). `before` is tested on the text before the trigger
 * (anchored at its end), `after` on the text after it (anchored at its start).
 *  - dropBefore / dropAfter: not an event when they match;
 *  - requireAfter: only an event when it matches;
 *  - retypeAfter: the event has another type when it matches ("fired shots" is an attack, not a blaze).
 */
export interface TriggerFilter {
  dropBefore?: RegExp;
  dropAfter?: RegExp;
  requireAfter?: RegExp;
  retypeAfter?: { re: RegExp; type: EventType };
  /** Verb forms (not the noun) need `retypeAfter` to match, else they are dropped. */
  verbNeedsRetype?: boolean;
}

export const TRIGGER_FILTERS: Readonly<Record<string, TriggerFilter>> = {
  close: {
    requireAfter: /^\s+(?:(?:its|the|their|his|her|a|an|all)\s+)?(?:[\w-]+\s+){0,2}?(?:embassy|embassies|consulate|consulates|border|borders|airspace|crossing|crossings|mission|missions|office|offices|schools|airport|airports|ports?|roads?|bridges?|highway|market|markets|mosques?|churches|businesses|factory|plant|mine)\b/i,
  },
  charge: { dropBefore: /\bin\s+$/i, dropAfter: /^\s*(?:d['\u2019]affaires|of\b)/i },
  fire: {
    dropAfter: /^\s+(?:department|dept|chief|officials?|crews?|fighters?|station|trucks?|engines?|marshal|rescue|service|hydrant|alarm|district|captain)\b/i,
    retypeAfter: { re: /^\s+(?:(?:multiple|several|two|three|four|five|\d+|the|a|warning)\s+)?(?:shots?|rounds?|bullets?|at|on|upon|into|back|directly|(?:his|her|their|a|the) (?:gun|weapon|rifle|pistol|handgun|shotgun))\b/i, type: 'attack' },
    verbNeedsRetype: true,
  },
  bar: { dropBefore: /\b(?:the|a|behind|this|that|local|sports|hookah|strip|downtown|gay|karaoke|his|her|their)\s+(?:[\w'’-]+\s+)?$/i },
  press: { dropBefore: /\b(?:the|a|an|unedited)\s+(?:[\w-]+\s+)?$/i, dropAfter: /^\s+(?:conference|release|secretary|briefing|office|statement|freedom|charges|play)\b/i },
  sentence: { dropBefore: /\b(?:a|the|his|her|their|prison|jail|death|life|severe|maximum|minimum)\s+$/i },
  march: { dropAfter: /^\s*\d/ },
};
