// Reports that tell the day's main happening without a trigger word of their own: "people ... died
// standing up late on Saturday", "The tragedy occurred in the evening of Saturday". They join the
// entry of violence or disaster their sentence dates, and start none: "died" alone is too common a
// word to make an entry (a death in hospital days later, a toll's update), but it does tell which
// reports cover the happening.
import type { Doc, EventMention } from '../../../core/index.ts';
import { MAIN_HAPPENING_PHRASE, ONE_PER_DAY_GROUPS } from './patterns.ts';
import { groupOf, LATER_DEATH_GROUP } from './drafts.ts';
import type { Placed, TimelineDrafts } from './drafts.ts';
import { notAHappening, placeEvent } from './placing.ts';
import type { DocContext } from './placing.ts';

/** Kinds whose mention in a sentence already places it: no second reading of the same sentence. A later death ("died of her wounds") is one. */
const PLACED_KINDS: ReadonlySet<string> = new Set([...ONE_PER_DAY_GROUPS, LATER_DEATH_GROUP]);

/**
 * Adds each dated sentence of `doc` that tells deaths or names "the tragedy" that "occurred" to the
 * largest entry of violence or disaster on its date, when there is one. Sentences with a mention of
 * those kinds of their own are left to it.
 */
export function joinMainHappenings(doc: Doc, ctx: DocContext, timeline: TimelineDrafts): void {
  const sentences = doc.layers.sentences ?? [];
  const told = new Set((doc.layers.events ?? []).filter((e) => PLACED_KINDS.has(groupOf(e))).map((e) => e.sentence));
  sentences.forEach((s, i) => {
    if (told.has(i)) return;
    const text = doc.text.slice(s.start, s.end);
    for (const m of text.matchAll(MAIN_HAPPENING_PHRASE)) {
      const start = s.start + m.index;
      const ev: EventMention = {
        id: `${doc.id}#main-happening-${i}`,
        type: 'kill',
        trigger: { start, end: start + m[0].length, text: m[0] },
        lemma: /^died$/i.test(m[0]) ? 'die' : 'happen',
        sentence: i,
        agent: null,
        target: null,
        location: null,
        date: null,
        negated: false,
        hedged: false,
      };
      if (notAHappening(doc, ev)) continue;
      const when = placeEvent(doc, ev, ctx);
      if (!when || when.fallback) continue;
      const placed: Placed = { doc, ev, ...when, actors: [], agent: null, place: null, hazard: null };
      if (timeline.joinMain(placed)) return;
    }
  });
}
