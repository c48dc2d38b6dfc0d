// Trigger words keyed on their lemma, mapped to PLOVER/CAMEO-like top categories. Verb forms are
// generated (strikes, striking, ...); irregular forms and nouns are listed with their lemma.
import type { EventType } from '../../../core/index.ts';

export const TRIGGERS: Readonly<Record<EventType, readonly string[]>> = {
  // Taking people hostage is an assault (CAMEO 181): "took 30 pupils hostage" (the noun after a verb of
  // taking, see patterns.ts); so is overpowering guards or a crew, and seizing a building or a vehicle.
  attack: ['attack', 'strike', 'airstrike', 'bomb', 'bombing', 'shell', 'shelling', 'raid', 'shoot', 'shooting', 'ambush', 'assault', 'storm', 'explode', 'explosion', 'blast', 'fire on', 'open fire', 'target', 'hit', 'stab', 'stabbing', 'invade', 'invasion', 'besiege', 'retaliate', 'retaliation', 'hostage', 'overpower', 'seize'],
  // A later death of the injured ("died of her wounds", "died in hospital", "died there on Sunday"):
  // filtered in patterns.ts, since "died" alone mostly retells the toll.
  kill: ['kill', 'killing', 'murder', 'execute', 'execution', 'assassinate', 'assassination', 'massacre', 'behead', 'slay', 'die'],
  // Forces surrounding a place or arriving (a unit, troops: filtered in patterns.ts); the end of a
  // siege, told as a surrender or as the siege ending (CAMEO 0874, yield militarily).
  military: ['deploy', 'deployment', 'mobilize', 'mobilise', 'intercept', 'launch', 'operation', 'offensive', 'exercise', 'drill', 'patrol', 'shoot down', 'scramble', 'surround', 'arrive', 'surrender', 'end'],
  // A revolt of inmates, soldiers or crew is a riot: mob violence, not a military act.
  protest: ['protest', 'demonstrate', 'demonstration', 'rally', 'march', 'riot', 'boycott', 'revolt', 'mutiny', 'uprising'],
  // Escapees recaptured or caught (passive only, see patterns.ts). Suspects questioned, taken into
  // custody, arraigned, remanded, pleading, bailed: the legal steps after any crime (see aftermath.ts).
  arrest: ['arrest', 'detain', 'detention', 'apprehend', 'charge', 'indict', 'convict', 'sentence', 'jail', 'imprison', 'abduct', 'kidnap', 'recapture', 'catch',
    'question', 'interrogate', 'take into custody', 'arraign', 'remand', 'plead', 'bail'],
  disaster: ['earthquake', 'quake', 'tremor', 'aftershock', 'flood', 'flooding', 'hurricane', 'cyclone', 'typhoon', 'tsunami', 'wildfire', 'landslide', 'mudslide', 'eruption', 'erupt', 'drought', 'avalanche', 'tornado', 'blizzard', 'heatwave'],
  // A crowd crush or stampede ("crush" needs a place, a clause or an end after it: see patterns.ts).
  // A leak or a spill (gas, chemicals, oil): an accident of its own, often a site's earlier one ("the leak of 2014").
  accident: ['crash', 'collide', 'collision', 'derail', 'capsize', 'collapse', 'sink', 'blaze', 'fire', 'crush', 'stampede', 'leak', 'spill'],
  // Widening an evacuation zone is an evacuation of its own day (filtered on the zone words in patterns.ts).
  // Residents allowed home: the end of an evacuation.
  // People "were led out" of a stand or a building: an evacuation (passive only, see patterns.ts).
  // Hostages or captives freed or released (filtered on captive words in patterns.ts).
  // The dead recovered, found, brought up or identified, the living dug out or found alive (see aftermath.ts).
  rescue: ['rescue', 'pull alive', 'evacuate', 'evacuation', 'save', 'widen', 'expand', 'extend', 'allow home', 'return home', 'lead out', 'free', 'release',
    'recover', 'retrieve', 'find', 'pull', 'bring up', 'dig', 'lift', 'locate', 'identify'],
  diplomatic: ['recall', 'expel', 'expulsion', 'summon', 'sever', 'suspend', 'downgrade', 'sanction', 'ban', 'bar', 'close'],
  // "said on Thursday that 23 had died": a dated statement of a figure (a toll given or disputed); filtered in patterns.ts.
  // A promise of money, an inquiry or an act ("promised €5 million to repair", "promised to ...").
  statement: ['announce', 'declare', 'confirm', 'deny', 'vow', 'pledge', 'promise', 'claim', 'insist', 'defend', 'justify', 'acknowledge', 'news conference', 'press conference', 'say'],
  accuse: ['condemn', 'denounce', 'criticize', 'criticise', 'accuse', 'blame', 'protest against', 'decry', 'slam'],
  demand: ['urge', 'demand', 'call for', 'call on', 'appeal', 'press'],
  threaten: ['threaten', 'warn', 'ultimatum'],
  cooperate: ['mediate', 'mediation', 'offer', 'cooperate', 'agree', 'sign', 'negotiate', 'de-escalate', 'reconcile', 'ceasefire', 'truce'],
  // A sum received ("received the €1,500 payment"): compensation paid out.
  aid: ['aid', 'donate', 'provide', 'send aid', 'relief', 'receive'],
  meet: ['meet', 'meeting', 'visit', 'tour', 'talk', 'talks', 'host', 'convene', 'summit'],
  // Decisions dated in their sentence ("approved a fund on Thursday", "called off the search").
  // Putting out a fire is its own happening, later than the fire (filtered on fire words in patterns.ts).
  // A construction or renovation year ("built in 1974", "renovated two years ago") dates the site's
  // history, and so does a penalty ("was fined €10,000 last year"); both filtered in patterns.ts.
  // Opening a hotline, a shelter or a crossing is a service begun (filtered on what is opened).
  // Works completed in a month or a year ("the repairs, which were completed last March") are the site's history too.
  // Inmates escaping or breaking out, and people moved to another prison or hospital (filtered in
  // patterns.ts): custody lost and custody moved, each its own happening.
  // The aftermath's measures and rites (aftermath.ts): operations halted, scaled down or resumed, a fleet
  // grounded, a licence revoked or withdrawn, an inquiry ordered, a closure lifted; the dead buried,
  // funerals and vigils held. A declaration of mourning or an emergency is retyped here from `statement`.
  other: ['approve', 'call off', 'put out', 'extinguish', 'build', 'rebuild', 'renovate', 'refurbish', 'complete', 'fine', 'open', 'escape', 'break out', 'move', 'transfer',
    'halt', 'resume', 'scale down', 'scale back', 'ground', 'revoke', 'withdraw', 'order', 'reopen', 'bury', 'funeral', 'vigil', 'memorial', 'inspection'],
};

/** Irregular verb forms → lemma. */
export const IRREGULAR: Readonly<Record<string, string>> = {
  struck: 'strike', stricken: 'strike', built: 'build', rebuilt: 'rebuild', 'led out': 'lead out', said: 'say', shot: 'shoot', slew: 'slay', slain: 'slay', sank: 'sink', sunk: 'sink',
  met: 'meet', hit: 'hit', sent: 'send', fought: 'fight', held: 'hold', blew: 'blow', blown: 'blow', fled: 'flee',
  stabbed: 'stab', targeted: 'target', targeting: 'target', barred: 'bar', barring: 'bar', banned: 'ban',
  banning: 'ban', expelled: 'expel', expelling: 'expel', patrolled: 'patrol', patrolling: 'patrol', stabbing: 'stab',
  shooting: 'shoot', hitting: 'hit', bombing: 'bomb', shelling: 'shell', killing: 'kill', meeting: 'meet',
  dying: 'die', caught: 'catch', freeing: 'free', 'broke out': 'break out', 'broken out': 'break out', 'breaking out': 'break out',
  transferred: 'transfer', transferring: 'transfer', found: 'find', dug: 'dig', 'brought up': 'bring up', withdrew: 'withdraw', withdrawn: 'withdraw',
  'took into custody': 'take into custody', 'taken into custody': 'take into custody', pled: 'plead', seized: 'seize', seizing: 'seize', mutinied: 'mutiny', overpowered: 'overpower',
};

/** Nouns that name an event but whose plural is also a verb form ("strikes"): taken as the same lemma. */
export const NOUN_LEMMAS: ReadonlySet<string> = new Set(['attack', 'strike', 'airstrike', 'raid', 'blast', 'explosion', 'protest', 'crash', 'talks']);
