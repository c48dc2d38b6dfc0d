// The corpus timeline: every document's event mentions placed on dates, merged into entries,
// each citing the reports that tell it.
import type { ClaimSlot, Corpus, Doc, DocSpan, EventMention, TimelineEntry } from '../../../core/index.ts';
import { docDate, EntityResolver, staleDocuments } from '../../../corpus-index/index.ts';
import { HEADLINE_REFERENCE, LEAD_SENTENCES, ONE_PER_DAY_GROUPS, SUMMARY_IDEAL_LENGTH, SUMMARY_MAX } from './patterns.ts';
import { PRECISION_ORDER } from '../../doc/resolve-time/calendar.ts';
import { postStamps } from '../../doc/resolve-time/post-stamps.ts';
import { hazardOf, isLabelHeading, notAHappening, placeArgument, placeEvent, previousInParagraph, redatedTimexes, reportedPerfect, storyStarts } from './placing.ts';
import type { DocContext, Placement } from './placing.ts';
import { PlaceLevels } from './place-levels.ts';
import { CopyDates } from './copies.ts';
import { datedByParagraphBelow, TimelineDrafts } from './drafts.ts';
import type { Placed } from './drafts.ts';
import { dropRepeats, foldCoarseIntoFine, foldDeathsIntoCause } from './repeats.ts';
import { joinMainHappenings } from './main-happening.ts';
import { shorten } from '../../../text/shorten.ts';

function sentenceSpan(doc: Doc, index: number, fallback: EventMention): DocSpan {
  const s = doc.layers.sentences?.[index];
  const start = s ? s.start : fallback.trigger.start;
  const end = s ? s.end : fallback.trigger.end;
  return { document: doc.id, start, end, text: doc.text.slice(start, end) };
}

/**
 * A headline names a known happening with an event noun after a preposition, without the article a
 * sentence would have ("Man held in quarry shooting", "Victim of bridge collapse named").
 */
function headlineReference(doc: Doc, ev: EventMention): boolean {
  if (ev.sentence !== 0) return false;
  const w = ev.trigger.text.toLowerCase();
  if (!(w === ev.lemma || w === `${ev.lemma}s` || w.endsWith('ing') || /ions?$/.test(w))) return false;
  const s = doc.layers.sentences?.[0];
  return HEADLINE_REFERENCE.test(doc.text.slice(Math.max(s ? s.start : 0, ev.trigger.start - 40), ev.trigger.start));
}

/** The mention stands in the report's headline, kept as its first line: a headline tells its news without a date. */
function inHeadline(doc: Doc, ev: EventMention): boolean {
  const title = doc.layers.metadata?.title;
  const s = doc.layers.sentences?.[0];
  if (ev.sentence !== 0 || !title || !s) return false;
  const line = doc.text.slice(s.start, s.end).replace(/\s+/g, ' ').trim();
  return line.length > 0 && title.replace(/\s+/g, ' ').trim().endsWith(line);
}

/**
 * Merges event mentions from every document into timeline entries: same kind of happening, same
 * date, and shared actors (or the same trigger lemma), citing every document that reports it.
 */
export function buildCorpusTimeline(corpus: Corpus, slots: readonly ClaimSlot[] = []): TimelineEntry[] {
  const resolver = new EntityResolver(corpus);
  const levels = new PlaceLevels(corpus, resolver);
  const stale = staleDocuments(corpus);
  const starts = storyStarts(corpus, stale);
  const copies = new CopyDates(corpus);
  const timeline = new TimelineDrafts(resolver, levels);
  const retellings: Placed[] = [];
  const contexts = new Map<Doc, DocContext>();
  for (const doc of corpus.documents) {
    const ctx: DocContext = { correction: stale.get(doc.id), posts: postStamps(doc, docDate(doc)) };
    contexts.set(doc, ctx);
    ctx.redated = redatedTimexes(doc, ctx.correction, starts.get(doc.id) ?? null);
    const byEvent = new Map<EventMention, Placement>();
    const own = docDate(doc);
    for (const ev of doc.layers.events ?? []) {
      if (ev.negated || notAHappening(doc, ev)) continue;
      let when = placeEvent(doc, ev, ctx);
      // Only an undated mention, or one dated to the copy's own day, can be the original's.
      if (when && (when.fallback || when.date.slice(0, 10) === own)) {
        const original = copies.dateFor(doc, ev.sentence);
        if (original) when = placeEvent(doc, ev, { ...ctx, originalDate: original });
      }
      if (when) byEvent.set(ev, when);
    }
    // A heading dated by its paragraph goes after that paragraph's own mention, which it then joins.
    const headed = new Map<EventMention, Placement>();
    for (const [ev, found] of byEvent) {
      const below = found.fallback ? datedByParagraphBelow(doc, ev, byEvent) : null;
      if (below) headed.set(ev, below);
      // A label ("Relief effort") dates nothing by itself.
      else if (found.fallback && isLabelHeading(doc, ev)) byEvent.delete(ev);
    }
    // Sentences with a mention dated in its own words: an undated sentence right after one in its
    // paragraph goes on with that happening ("The hijacking began at 07:10 on Friday ... Seats were
    // set on fire"), so it is matched as a retelling, not taken as news of the report's day.
    const dated = new Set([...byEvent].filter(([, p]) => !p.fallback).map(([e]) => e.sentence));
    for (const [ev, found] of [...byEvent].filter(([ev]) => !headed.has(ev)).concat([...headed])) {
      const when = headed.get(ev) ?? found;
      const location = placeArgument(doc, ev);
      const actors = [ev.agent, ev.target, location]
        .map((a) => (a?.entity ? resolver.resolve(doc.id, a.entity) : null))
        .filter((x): x is string => x !== null);
      const place = location?.entity ? resolver.resolve(doc.id, location.entity) : null;
      const agent = ev.agent?.entity ? resolver.resolve(doc.id, ev.agent.entity) : null;
      const hazard = hazardOf(doc, ev);
      const placed: Placed = { doc, ev, ...when, actors, agent, place, hazard };
      // Dated mentions and the leads' news first: retellings are matched against what they built.
      // An undated hazard, even in a lead, is most often one already dated by others (a live blog
      // after midnight, a digest, a feature a week later); so is a past perfect in reported speech.
      if (when.fallback && (ev.sentence >= LEAD_SENTENCES || headlineReference(doc, ev) || inHeadline(doc, ev) || hazard !== null || reportedPerfect(doc, ev) || dated.has(previousInParagraph(doc, ev.sentence) ?? -1))) retellings.push(placed);
      else timeline.add(placed);
    }
  }
  // Earliest first: a retelling that finds no entry starts one, which later retellings then join
  // (a live blog's undated post of the night before a wire's "later" sentence).
  retellings.sort((a, b) => a.date.localeCompare(b.date));
  // A column argues over happenings others report: its undated mention that retells none is no news of its day.
  for (const p of retellings) if (!timeline.retell(p) && p.doc.layers.metadata?.kind !== 'opinion') timeline.add(p);
  for (const [doc, ctx] of contexts) joinMainHappenings(doc, ctx, timeline);
  const drafts = foldCoarseIntoFine(foldDeathsIntoCause(timeline.foldSameSpeaker()));
  const fatalities = fatalitiesByEvent(slots);
  drafts.sort((a, b) => a.date.localeCompare(b.date) || PRECISION_ORDER[a.precision] - PRECISION_ORDER[b.precision]);
  return dropRepeats(drafts.map((d, i) => {
    const documents = [...new Set(d.items.map((x) => x.doc.id))];
    const evidence: DocSpan[] = [];
    const seen = new Set<string>();
    for (const x of d.items) {
      const k = `${x.doc.id}#${x.ev.sentence}`;
      if (seen.has(k)) continue;
      seen.add(k);
      evidence.push(sentenceSpan(x.doc, x.ev.sentence, x.ev));
    }
    // The best-dated mention explains the date; an explicit one wins over the article date.
    const lead = [...d.items].sort((a, b) => Number(a.fallback) - Number(b.fallback))[0];
    const loc = placeArgument(lead.doc, lead.ev);
    const locKey = loc?.entity ? resolver.resolve(lead.doc.id, loc.entity) : null;
    // Deaths belong to a happening of violence or disaster, not to a statement or an arrest that tells the toll.
    const fat = ONE_PER_DAY_GROUPS.has(d.group) ? d.items.map((x) => fatalities.get(`${x.doc.id}#${x.ev.id}`)).find((f) => f !== undefined) : undefined;
    return {
      id: `t${i + 1}`,
      date: d.date,
      precision: d.precision,
      type: lead.ev.type,
      summary: shorten(clearest(d.items), SUMMARY_MAX),
      documents,
      basis: `${lead.basis} (${lead.doc.id})`,
      evidence,
      actors: [...d.actors],
      location: locKey ? resolver.name(locKey) : (loc?.text ?? null),
      fatalities: fat ?? null,
    };
  }));
}

/**
 * The sentence a reader should see first: one that gives its own date, names the parties, is not
 * a quote and is short; ties go to the mention placed first.
 */
function clearest(items: readonly Placed[]): string {
  let best = '';
  let bestScore = -Infinity;
  for (const x of items) {
    const s = x.doc.layers.sentences?.[x.ev.sentence];
    const text = (s ? x.doc.text.slice(s.start, s.end) : x.ev.trigger.text).replace(/\s+/g, ' ').trim();
    const parties = Number(x.ev.agent !== null) + Number(x.ev.target !== null || x.ev.location !== null);
    // A trigger late in a long sentence is usually a side clause ("... mourning for those killed when").
    const position = s ? (x.ev.trigger.start - s.start) / Math.max(1, s.end - s.start) : 0;
    const score =
      -position +
      (x.fallback ? 0 : 2) +
      parties +
      (/^["“'‘]/.test(text) ? -2 : 0) +
      (text.length < 40 ? -1 : 0) -
      Math.abs(text.length - SUMMARY_IDEAL_LENGTH) / SUMMARY_IDEAL_LENGTH;
    if (score > bestScore) {
      bestScore = score;
      best = text;
    }
  }
  return best;
}

/** document#event → reconciled killed figure of the slot holding a claim about that event. */
function fatalitiesByEvent(slots: readonly ClaimSlot[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of slots) {
    if (s.kind !== 'killed' || !s.reconciled || s.reconciled.best === null) continue;
    for (const v of s.values) {
      if (v.event) out.set(`${v.document}#${v.event}`, s.reconciled.best);
    }
  }
  return out;
}
