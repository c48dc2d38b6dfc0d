// Entries that show one reported happening twice on one date, folded together.
import type { TimelineEntry } from '../../../core/index.ts';
import { CATCH_ALL_GROUP } from './drafts.ts';
import type { Draft } from './drafts.ts';

/** Groups whose happening can cause deaths told in the same sentence ("collapsed ..., killing six"). */
const CAUSE_GROUPS: ReadonlySet<string> = new Set(['disaster', 'attack']);

/**
 * "The bridge collapsed, killing six" is one happening: an entry made only of deaths joins an
 * entry of a causing kind (a collapse, a quake, a strike) on the same date that it shares a
 * sentence with, instead of standing as a second happening.
 */
export function foldDeathsIntoCause(drafts: Draft[]): Draft[] {
  const sentencesOf = (d: Draft) => new Set(d.items.map((x) => `${x.doc.id}#${x.ev.sentence}`));
  const gone = new Set<Draft>();
  // Causes are looked for among the drafts of the same date only.
  const causes = new Map<string, Draft[]>();
  for (const c of drafts) {
    if (!CAUSE_GROUPS.has(c.group) || !c.items.some((x) => x.ev.type !== 'kill')) continue;
    const list = causes.get(c.date);
    if (list) list.push(c);
    else causes.set(c.date, [c]);
  }
  for (const d of drafts) {
    if (!d.items.every((x) => x.ev.type === 'kill')) continue;
    const mine = sentencesOf(d);
    const cause = (causes.get(d.date) ?? []).find((c) => c !== d && !gone.has(c) && c.items.some((x) => mine.has(`${x.doc.id}#${x.ev.sentence}`)));
    if (!cause) continue;
    for (const x of d.items) cause.items.push(x);
    for (const a of d.actors) cause.actors.add(a);
    for (const p of d.places) cause.places.add(p);
    gone.add(d);
  }
  return drafts.filter((d) => !gone.has(d));
}

/**
 * "a refit that was completed last year" and "a refit completed last May": an entry
 * dated only to a year or a month joins an entry of the same kind and act dated inside that period
 * (the largest), instead of standing as a second happening less precisely dated. Only acts of the
 * catch-all kind: "launched", "visited" tell many happenings of one story (a minister's visit is no
 * family visits cut in the spring).
 */
export function foldCoarseIntoFine(drafts: Draft[]): Draft[] {
  const gone = new Set<Draft>();
  for (const d of drafts) {
    // Strikes, visits and statements are told with the same few words of many happenings in a story:
    // only the catch-all acts, named by a specific verb (works completed, a fine), fold.
    if ((d.precision !== 'year' && d.precision !== 'month') || d.group !== CATCH_ALL_GROUP) continue;
    let host: Draft | null = null;
    for (const f of drafts) {
      if (f === d || gone.has(f) || f.group !== d.group || !f.date.startsWith(`${d.date}-`)) continue;
      if (![...d.lemmas].some((l) => f.lemmas.has(l))) continue;
      if (!host || f.items.length > host.items.length) host = f;
    }
    if (!host) continue;
    for (const x of d.items) host.items.push({ ...x, date: host.date, precision: host.precision });
    for (const a of d.actors) host.actors.add(a);
    for (const p of d.places) host.places.add(p);
    gone.add(d);
  }
  return drafts.filter((d) => !gone.has(d));
}

/**
 * Two triggers of different kinds in the same sentence ("condemned ... and recalled its
 * ambassador") would show one reported happening twice on one date; so would a wire sentence and
 * its copies placed under two kinds. An entry whose sentences (as text) are all in another entry
 * of the same date joins it, whichever comes first: entries with more sentences absorb first.
 * Its documents are added there, and ids are numbered again.
 */
export function dropRepeats(entries: TimelineEntry[]): TimelineEntry[] {
  const texts = entries.map((e) => new Set(e.evidence.map((x) => x.text.replace(/\s+/g, ' ').trim())));
  const byDate = new Map<string, number[]>();
  entries.forEach((e, i) => {
    const list = byDate.get(e.date);
    if (list) list.push(i);
    else byDate.set(e.date, [i]);
  });
  const into = new Map<number, number>();
  for (const list of byDate.values()) {
    // Larger entries first, so a small one joins the largest that holds all its sentences.
    const order = [...list].sort((a, b) => texts[b].size - texts[a].size || a - b);
    const kept: number[] = [];
    for (const i of order) {
      const host = kept.find((k) => [...texts[i]].every((t) => texts[k].has(t)));
      if (host === undefined) kept.push(i);
      else into.set(i, host);
    }
  }
  const out = entries.map((e) => ({ ...e, documents: [...e.documents], evidence: [...e.evidence] }));
  for (const [i, host] of into) {
    const e = out[host];
    for (const d of entries[i].documents) if (!e.documents.includes(d)) e.documents.push(d);
    for (const x of entries[i].evidence) if (!e.evidence.some((y) => y.document === x.document && y.start === x.start)) e.evidence.push(x);
  }
  return out.filter((_, i) => !into.has(i)).map((e, i) => ({ ...e, id: `t${i + 1}` }));
}
