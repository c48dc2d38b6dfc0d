// Explosions with no attacker: a blast at a plant, a mine or a gas main is an accident, not an
// attack. A report of a bombing names a bomb, a bomber, a claim or a weapon somewhere; one of an
// accident names none of these.
import type { EventMention } from '../../../core/index.ts';
import { ATTACK_CONTEXT_RE, EXPLOSION_LEMMAS, EXPLOSION_SUBJECT_BEFORE_RE, FIRE_LEMMAS, PUT_OUT_LEMMAS } from './patterns.ts';

/** How far before a trigger its explosion subject is looked for ("the explosion hit the plant"). */
const SUBJECT_WINDOW = 40;

/**
 * Retypes explosions ("explosion", "blast", "exploded") and what an explosion does ("the blast hit
 * the plant") as accidents when the document names no attacker, weapon or claim anywhere: one
 * sentence alone cannot tell ("The blast killed five" follows "A car bomb went off").
 */
export function retypeAccidentalExplosions(text: string, events: EventMention[]): void {
  if (!events.some((e) => e.type === 'attack' && EXPLOSION_LEMMAS.has(e.lemma))) return;
  if (ATTACK_CONTEXT_RE.test(text)) return;
  for (const ev of events) {
    if (ev.type !== 'attack') continue;
    if (EXPLOSION_LEMMAS.has(ev.lemma) || EXPLOSION_SUBJECT_BEFORE_RE.test(text.slice(Math.max(0, ev.trigger.start - SUBJECT_WINDOW), ev.trigger.start))) {
      ev.type = 'accident';
    }
  }
}

/** How far before "put out" the fire it puts out may stand ("the fire in the storage area had been put out"). */
const PUT_OUT_REACH = 60;

/**
 * "The fire had been put out late on Sunday" tells the putting out, not a second fire: the fire
 * named as what was put out is no mention of its own (it would join the fire's entry and take the
 * putting out's sentence with it).
 */
export function dropFiresPutOut(events: EventMention[]): EventMention[] {
  const gone = new Set<EventMention>();
  for (const put of events) {
    if (!PUT_OUT_LEMMAS.has(put.lemma)) continue;
    for (const ev of events) {
      if (ev.sentence !== put.sentence || !FIRE_LEMMAS.has(ev.lemma) || ev.trigger.end > put.trigger.start) continue;
      if (put.trigger.start - ev.trigger.end <= PUT_OUT_REACH) gone.add(ev);
    }
  }
  return gone.size ? events.filter((e) => !gone.has(e)) : events;
}
