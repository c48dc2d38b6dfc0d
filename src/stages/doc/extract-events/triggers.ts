// Trigger words keyed on their lemma, mapped to PLOVER/CAMEO-like top categories. Verb forms are
// generated (strikes, striking, ...); irregular forms and nouns are listed with their lemma.
import type { EventType } from '../../../core/index.ts';

export const TRIGGERS: Readonly<Record<EventType, readonly string[]>> = {
  attack: ['attack', 'strike', 'airstrike', 'bomb', 'bombing', 'shell', 'shelling', 'raid', 'shoot', 'shooting', 'ambush', 'assault', 'storm', 'explode', 'explosion', 'blast', 'fire on', 'open fire', 'target', 'hit', 'stab', 'stabbing', 'invade', 'invasion', 'besiege', 'retaliate', 'retaliation'],
  kill: ['kill', 'killing', 'murder', 'execute', 'execution', 'assassinate', 'assassination', 'massacre', 'behead', 'slay'],
  military: ['deploy', 'deployment', 'mobilize', 'mobilise', 'intercept', 'launch', 'operation', 'offensive', 'exercise', 'drill', 'patrol', 'shoot down', 'scramble'],
  protest: ['protest', 'demonstrate', 'demonstration', 'rally', 'march', 'riot', 'boycott'],
  arrest: ['arrest', 'detain', 'detention', 'apprehend', 'charge', 'indict', 'convict', 'sentence', 'jail', 'imprison', 'abduct', 'kidnap'],
  disaster: ['earthquake', 'quake', 'tremor', 'aftershock', 'flood', 'flooding', 'hurricane', 'cyclone', 'typhoon', 'tsunami', 'wildfire', 'landslide', 'mudslide', 'eruption', 'erupt', 'drought', 'avalanche', 'tornado', 'blizzard', 'heatwave'],
  // A crowd crush or stampede ("crush" needs a place, a clause or an end after it: see patterns.ts).
  accident: ['crash', 'collide', 'collision', 'derail', 'capsize', 'collapse', 'sink', 'blaze', 'fire', 'crush', 'stampede'],
  // Widening an evacuation zone is an evacuation of its own day (filtered on the zone words in patterns.ts).
  // Residents allowed home: the end of an evacuation.
  // People "were led out" of a stand or a building: an evacuation (passive only, see patterns.ts).
  rescue: ['rescue', 'pull alive', 'evacuate', 'evacuation', 'save', 'widen', 'expand', 'extend', 'allow home', 'return home', 'lead out'],
  diplomatic: ['recall', 'expel', 'expulsion', 'summon', 'sever', 'suspend', 'downgrade', 'sanction', 'ban', 'bar', 'close'],
  // "said on Thursday that 23 had died": a dated statement of a figure (a toll given or disputed); filtered in patterns.ts.
  statement: ['announce', 'declare', 'confirm', 'deny', 'vow', 'pledge', 'claim', 'insist', 'defend', 'justify', 'acknowledge', 'news conference', 'press conference', 'say'],
  accuse: ['condemn', 'denounce', 'criticize', 'criticise', 'accuse', 'blame', 'protest against', 'decry', 'slam'],
  demand: ['urge', 'demand', 'call for', 'call on', 'appeal', 'press'],
  threaten: ['threaten', 'warn', 'ultimatum'],
  cooperate: ['mediate', 'mediation', 'offer', 'cooperate', 'agree', 'sign', 'negotiate', 'de-escalate', 'reconcile', 'ceasefire', 'truce'],
  aid: ['aid', 'donate', 'provide', 'send aid', 'relief'],
  meet: ['meet', 'meeting', 'visit', 'tour', 'talk', 'talks', 'host', 'convene', 'summit'],
  // Decisions dated in their sentence ("approved a fund on Thursday", "called off the search").
  // Putting out a fire is its own happening, later than the fire (filtered on fire words in patterns.ts).
  // A construction or renovation year ("built in 1974", "renovated two years ago") dates the site's
  // history, and so does a penalty ("was fined €10,000 last year"); both filtered in patterns.ts.
  // Opening a hotline, a shelter or a crossing is a service begun (filtered on what is opened).
  other: ['approve', 'call off', 'put out', 'extinguish', 'build', 'rebuild', 'renovate', 'refurbish', 'fine', 'open'],
};

/** Irregular verb forms → lemma. */
export const IRREGULAR: Readonly<Record<string, string>> = {
  struck: 'strike', stricken: 'strike', built: 'build', rebuilt: 'rebuild', 'led out': 'lead out', said: 'say', shot: 'shoot', slew: 'slay', slain: 'slay', sank: 'sink', sunk: 'sink',
  met: 'meet', hit: 'hit', sent: 'send', fought: 'fight', held: 'hold', blew: 'blow', blown: 'blow', fled: 'flee',
  stabbed: 'stab', targeted: 'target', targeting: 'target', barred: 'bar', barring: 'bar', banned: 'ban',
  banning: 'ban', expelled: 'expel', expelling: 'expel', patrolled: 'patrol', patrolling: 'patrol', stabbing: 'stab',
  shooting: 'shoot', hitting: 'hit', bombing: 'bomb', shelling: 'shell', killing: 'kill', meeting: 'meet',
};

/** Nouns that name an event but whose plural is also a verb form ("strikes"): taken as the same lemma. */
export const NOUN_LEMMAS: ReadonlySet<string> = new Set(['attack', 'strike', 'airstrike', 'raid', 'blast', 'explosion', 'protest', 'crash', 'talks']);
