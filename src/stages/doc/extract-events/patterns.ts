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
