import type { Doc, EventMention, SubEvent } from '../../../core/index.ts';
import { dayNumber, EntityResolver } from '../../../corpus-index/index.ts';
import { EVENT_FAMILIES } from '../align-claims/patterns.ts';
import { SUB_EVENT_DAY_WINDOW } from './patterns.ts';

interface Draft {
  family: string;
  day: number | null;
  date: string;
  actors: Set<string>;
  documents: Set<string>;
  type: string;
  lemma: string;
  where: string | null;
}

/**
 * Distinct happenings inside a story: dated event mentions grouped by kind of happening, day and
 * shared actors. Undated mentions cannot be told apart and are left out.
 */
export function subEventsOf(docs: readonly Doc[], resolver: EntityResolver, prefix: string): SubEvent[] {
  const drafts: Draft[] = [];
  const byKey = new Map<string, Draft[]>();
  for (const doc of docs) {
    for (const ev of doc.layers.events ?? []) {
      if (!ev.date || ev.negated || ev.date.precision !== 'day') continue;
      const day = dayNumber(ev.date.value);
      const actors = actorsOf(doc.id, ev, resolver);
      const family = EVENT_FAMILIES[ev.type];
      const near: Draft[] = [];
      if (day !== null) for (let x = day - SUB_EVENT_DAY_WINDOW; x <= day + SUB_EVENT_DAY_WINDOW; x++) near.push(...(byKey.get(`${family}|${x}`) ?? []));
      let d = near.find(
        (x) => x.lemma === ev.lemma || x.actors.size === 0 || actors.length === 0 || actors.some((a) => sharesActor(x.actors, a, resolver)),
      );
      if (!d) {
        const loc = ev.location?.entity ? resolver.resolve(doc.id, ev.location.entity) : null;
        d = { family, day, date: ev.date.value, actors: new Set(), documents: new Set(), type: ev.type, lemma: ev.lemma, where: loc ? resolver.name(loc) : ev.location?.text ?? null };
        drafts.push(d);
        const k = `${family}|${day}`;
        byKey.set(k, [...(byKey.get(k) ?? []), d]);
      }
      for (const a of actors) d.actors.add(a);
      d.documents.add(doc.id);
    }
  }
  return drafts
    .sort((a, b) => (a.day ?? 0) - (b.day ?? 0))
    .map((d, i) => ({
      id: `${prefix}.e${i + 1}`,
      title: `${d.lemma}${d.where ? ` in ${d.where}` : ''} (${d.type}, ${d.date})`,
      documents: [...d.documents],
    }));
}

/** Same corpus key, or one name containing the other as whole words ("Marrowick" in "Marrowick Bridge"). */
function sharesActor(actors: ReadonlySet<string>, key: string, resolver: EntityResolver): boolean {
  if (actors.has(key)) return true;
  const name = ` ${resolver.name(key).toLowerCase()} `;
  for (const a of actors) {
    const other = ` ${resolver.name(a).toLowerCase()} `;
    if (name.includes(other) || other.includes(name)) return true;
  }
  return false;
}

function actorsOf(document: string, ev: EventMention, resolver: EntityResolver): string[] {
  return [ev.agent, ev.target, ev.location]
    .map((a) => (a?.entity ? resolver.resolve(document, a.entity) : null))
    .filter((x): x is string => x !== null);
}
