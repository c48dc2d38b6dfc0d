// Acts of rioters: in a report of a riot, a revolt or a mutiny, overpowering guards, taking hostages,
// seizing a wing and setting fires are the riot's mob violence (ACLED's "riots"), not an armed attack
// beside it. Killings stay killings.
import type { EventMention } from '../../../core/index.ts';
import { RIOT_ACT_LEMMAS, RIOT_CONTEXT_RE } from './patterns.ts';

/** Retypes the non-lethal acts of force of a document that names a riot, a revolt or a mutiny as the riot (`protest`). */
export function retypeRiotActs(text: string, events: EventMention[]): void {
  if (!events.some((e) => e.type === 'attack' && RIOT_ACT_LEMMAS.has(e.lemma))) return;
  if (!RIOT_CONTEXT_RE.test(text)) return;
  for (const ev of events) if (ev.type === 'attack' && RIOT_ACT_LEMMAS.has(ev.lemma)) ev.type = 'protest';
}
