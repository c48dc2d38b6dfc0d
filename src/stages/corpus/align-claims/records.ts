import type { ClaimMention, Corpus, Doc, EventMention } from '../../../core/index.ts';
import { dayNumber, docDate, EntityResolver, normalizeWord, staleDocuments, trustedDay } from '../../../corpus-index/index.ts';
import { reportedSpeechClaims } from './reported-speech.ts';
import { joinRivalCounts } from './rival-counts.ts';
import { wholeAtFacility } from './lone-intake.ts';
import { conductSubjects } from './conduct-subject.ts';
import { isOnePerson, readValue } from './intervals.ts';
import type { ValueReading } from './intervals.ts';
import { careFacility, isCountDate, isEarlierFigure, isPartOfLarger, sourceFacility, tellsChange, tellsUpdate } from './toll-context.ts';
import { ARRESTED_NOUNS, BATCH_STAGES, COUNTED_SYNONYMS, FALLING_STAGES, RUNNING_TOTAL, MEASURE_KINDS, EVENT_FAMILIES, GENERIC_PERSON_NOUNS, PART_NOUNS, PERSON_NOUNS, ROLE_NOUNS, STAGE_LABELS, TOLL_KINDS, WEAK_DATE_BASIS } from './patterns.ts';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** One claim with what alignment compares it by, resolved against the corpus. */
export interface ClaimRecord {
  doc: Doc;
  claim: ClaimMention;
  group: string;
  published: string | null;
  /** Normalised counted noun: "people" for every generic person noun, and in tolls for every noun naming people. */
  counted: string;
  /** The counted noun before person nouns were folded into "people" ("man", "child", "people"). */
  noun: string;
  /** A toll claim naming one person who died ("a man", "he"), not a count: see `isOnePerson`. */
  onePerson: boolean;
  day: number | null;
  place: string | null;
  family: string | null;
  /** Corpus keys of the event's agent, target and location. */
  actors: string[];
  /** Corpus key or lower-cased text of who the claim is attributed to. */
  speaker: string | null;
  /** The story the document belongs to: claims of different stories never share a slot. */
  story: string;
  /** Day number of the document's date, for telling a rising toll from two different tolls. */
  docDay: number | null;
  /** The document's own date is trusted: not missing, not weeks off its story's (then `docDay` is the story's). */
  dated: boolean;
  /** A speaker's words, quoted or reported, rather than a reported action: slotted by speaker. */
  quoted: boolean;
  /** The care facility a toll is restricted to ("admitted to St Anselm's Hospital"): a part with its own slot. */
  facility: string | null;
  /** A toll told as a count that rose or still stands ("has risen to 40"): a later report may say far more. */
  update: boolean;
  /**
   * A toll figure the document marks as a part of a larger one it also gives ("the two deaths
   * would be added", "two of her residents died"): kept apart from the whole, in its own slot. A
   * vague one ("many of the injured") is not: it would agree with any part.
   */
  part: boolean;
  /** A measure told as changed ("widened the zone to 8 km"): it may join a slot of another figure. */
  change: boolean;
  /** What the figure commits its source to (`readValue`), read once rather than at every slot it is compared with. */
  reading: ValueReading | null;
  /** A count of a thing a report set against another count as its rival: see `joinRivalCounts`. */
  rival: boolean;
  /** For a staged kind (`STAGE_LABELS`), the stage its figure counts ('' for the whole); null for other kinds. */
  stage: string | null;
  /** For an account of what a person in charge did, who it is about ("the driver"): see `conductSubjects`. */
  who: string | null;
}

/** The stage a claim of a staged kind counts ('' for the whole), or null when its kind has no stages or the stage is unknown. */
export function stageOf(claim: ClaimMention): string | null {
  const stages = STAGE_LABELS[claim.kind];
  if (!stages) return null;
  const stage = claim.partOf ?? '';
  return stage in stages ? stage : null;
}

/** "police officers" → "police officer"; generic person nouns → "people"; nothing → "people" for tolls. */
export function countedClass(counted: string | null, kind: string): string {
  if (!counted) return kind === 'statement' ? '' : kind === 'distance' || kind === 'money' || kind === 'magnitude' ? kind : 'people';
  const words = counted.toLowerCase().replace(/[^\p{L}\s-]/gu, ' ').split(/\s+/).filter((w) => w && w !== 'and');
  const head = words[words.length - 1] ?? '';
  if (!head || GENERIC_PERSON_NOUNS.has(head)) return 'people';
  // "three women and four children": a total given by its parts counts people.
  if (words.length > 1 && words.every((w) => PART_NOUNS.has(w))) return 'people';
  // The head noun decides: "Norlandic police officers" and "police officers" count the same people.
  const h = normalizeWord(head);
  return COUNTED_SYNONYMS[h] ?? COUNTED_SYNONYMS[head] ?? h;
}

/** A part of a larger figure in the same sentence ("including four children") is not its own claim. */
export function isPartOfTotal(c: ClaimMention, sameSentence: readonly ClaimMention[]): boolean {
  const head = (c.counted ?? '').toLowerCase().split(/\s+/).pop() ?? '';
  if (!PART_NOUNS.has(head) || typeof c.value !== 'number') return false;
  return sameSentence.some(
    (o) =>
      o !== c &&
      o.kind === c.kind &&
      typeof o.value === 'number' &&
      (o.parts.some((p) => p.value === c.value) || (o.value > (c.value as number) && !PART_NOUNS.has((o.counted ?? '').toLowerCase().split(/\s+/).pop() ?? ''))),
  );
}

/**
 * The figure of "N more" is a step, not a count of the slot: of a toll ("two more miners died overnight": the
 * toll is what the step brings it to), and of any count before a running total of its kind in the same
 * sentence ("indicted two more drivers, taking the number of defendants to 13"). A batch ("freed six more
 * workers") is a figure of its own.
 */
export function isIncrement(doc: Doc, c: ClaimMention, sameSentence: readonly ClaimMention[]): boolean {
  if (typeof c.value !== 'number' || !MORE_AFTER.test(doc.text.slice(c.quantity.end, c.quantity.end + 6))) return false;
  if (STEPPED_TOLLS.has(c.kind)) return true;
  if (!RUNNING_TOTAL.test(c.sentenceText)) return false;
  return sameSentence.some((o) => o !== c && o.kind === c.kind && typeof o.value === 'number' && o.value > (c.value as number) && o.quantity.start > c.quantity.end);
}
/** Tolls that "N more" steps: those of people killed, hurt or lost. */
const STEPPED_TOLLS: ReadonlySet<string> = new Set(['killed', 'injured', 'casualties', 'missing']);
const MORE_AFTER = /^\s+more\b/i;

/** A larger figure of the claim's kind in its sentence: the whole a part told with `partOf: 'them'` breaks down. */
function largerInSentence(c: ClaimMention, sameSentence: readonly ClaimMention[]): boolean {
  return sameSentence.some((o) => o !== c && o.kind === c.kind && typeof o.value === 'number' && o.value > (c.value as number));
}

/** A quote with a known speaker, as a statement claim: one statement slot per quoted speaker. */
function quoteClaims(doc: Doc): ClaimMention[] {
  const sentences = doc.layers.sentences ?? [];
  return (doc.layers.quotes ?? [])
    .filter((q) => q.speaker !== null || q.speakerEntity !== null)
    .map((q, i) => {
      const s = sentences[q.sentence];
      const text = doc.text.slice(q.start, q.end);
      return {
        id: `q${i + 1}`,
        kind: 'statement' as const,
        value: text.replace(/\s+/g, ' ').trim(),
        low: null,
        high: null,
        quantity: { start: q.start, end: q.end, text },
        vague: false,
        unit: null,
        counted: null,
        parts: [],
        sentence: q.sentence,
        sentenceText: s ? doc.text.slice(s.start, s.end) : text,
        event: null,
        place: null,
        date: null,
        hedge: null,
        attribution: q.speaker,
        attributionEntity: q.speakerEntity,
      };
    });
}

export function buildRecords(corpus: Corpus, groupOf: ReadonlyMap<string, string>, resolver: EntityResolver): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  const storyOf = new Map<string, string>();
  for (const s of corpus.layers.stories ?? []) for (const d of s.documents) storyOf.set(d, s.id);
  const stale = staleDocuments(corpus);
  for (const doc of corpus.documents) {
    const quoted = new Set(
      [...quoteClaims(doc), ...reportedSpeechClaims(doc)].filter((q) => resolver.resolve(doc.id, q.attributionEntity) !== null),
    );
    const correction = stale.get(doc.id);
    const claims = [...(doc.layers.claims ?? []), ...quoted];
    const events = new Map<string, EventMention>((doc.layers.events ?? []).map((e) => [e.id, e]));
    const bySentence = new Map<number, ClaimMention[]>();
    for (const c of claims) {
      const list = bySentence.get(c.sentence);
      if (list) list.push(c);
      else bySentence.set(c.sentence, [c]);
    }
    const published = doc.layers.metadata?.published ?? docDate(doc);
    // The largest figure the document gives each toll kind: a figure marked as a part must be below one.
    // Counts of different things ("tickets", "seats") are not parts of each other.
    const largest = new Map<string, number>();
    const wholeOf = (c: ClaimMention): string => (c.kind === 'count' ? `count\u0000${countedClass(c.counted, c.kind)}` : c.kind);
    for (const c of claims) if (typeof c.value === 'number' && c.value > (largest.get(wholeOf(c)) ?? 0)) largest.set(wholeOf(c), c.value);
    // A place is a place entity: "the Norlandic plant" names a nationality, not where the toll was counted.
    const placeOf = (entity: string | null | undefined): string | null => {
      const key = resolver.resolve(doc.id, entity);
      return key !== null && resolver.type(key) === 'PLACE' ? key : null;
    };
    // The groups ("the city's list") parts of this document were picked out of, per sentence.
    const partGroups = new Map<number, Set<string>>();
    for (const claim of claims) {
      if (isPartOfTotal(claim, bySentence.get(claim.sentence) ?? []) || isIncrement(doc, claim, bySentence.get(claim.sentence) ?? [])) continue;
      if (MEASURE_KINDS.has(claim.kind) && isEarlierFigure(doc, claim)) continue;
      const ev = claim.event ? events.get(claim.event) : undefined;
      const date = claim.date ?? ev?.date ?? null;
      const strong = date && date.precision === 'day' && ISO_DAY.test(date.value) && !WEAK_DATE_BASIS.test(date.basis);
      const toll = TOLL_KINDS.has(claim.kind);
      const update = toll && tellsUpdate(doc, claim);
      // A toll is dated by its happening: the day a count was given says nothing about which happening it counts.
      const stage = stageOf(claim);
      // A batch ("released 25 on Tuesday") is dated by its happening even in a sentence telling a count as it stands.
      const batch = stage !== null && BATCH_STAGES.has(stage);
      const happening = strong && !(toll && !batch && isCountDate(doc, claim, date.value));
      const day = trustedDay(happening ? dayNumber(date.value) : null, correction);
      const actors = ev
        ? [ev.agent, ev.target, ev.location]
            .map((a) => (a?.entity ? resolver.resolve(doc.id, a.entity) : null))
            .filter((x): x is string => x !== null)
        : [];
      const place = placeOf(claim.place) ?? placeOf(ev?.location?.entity);
      // Captives, escapees and the charged are one count whoever they are ("tellers", "hostages", "eight").
      const noun = stage !== null ? 'people' : countedClass(claim.counted, claim.kind);
      // "The list includes three people who died in shelters and two who died on the road": a figure of the
      // same group as a part before it in its sentence is a part too.
      const sameGroup = claim.partOf !== undefined && (partGroups.get(claim.sentence)?.has(claim.partOf.toLowerCase()) ?? false);
      const part = stage !== null ? FALLING_STAGES.has(stage) :
        toll && !claim.vague && typeof claim.value === 'number' && claim.value < (largest.get(wholeOf(claim)) ?? 0) &&
        (sameGroup || isPartOfLarger(doc, claim) || (claim.partOf === 'them' && largerInSentence(claim, bySentence.get(claim.sentence) ?? [])));
      if (part && claim.partOf !== undefined) {
        const groups = partGroups.get(claim.sentence) ?? new Set<string>();
        partGroups.set(claim.sentence, groups.add(claim.partOf.toLowerCase()));
      }
      const speaker =
        resolver.resolve(doc.id, claim.attributionEntity) ?? (claim.attribution ? claim.attribution.text.toLowerCase() : null);
      out.push({
        doc,
        claim,
        group: groupOf.get(doc.id) ?? doc.id,
        published,
        counted: toll && (PERSON_NOUNS.has(noun) || ROLE_NOUNS.has(noun) || (claim.kind === 'arrested' && ARRESTED_NOUNS.has(noun))) ? 'people' : noun,
        noun,
        onePerson: toll && isOnePerson(claim),
        day,
        place,
        // A figure told in a statement ("the agency said 40 died") is about the happening, not the statement.
        family: ev && !(claim.kind !== 'statement' && EVENT_FAMILIES[ev.type] === 'politics') ? EVENT_FAMILIES[ev.type] : null,
        actors,
        speaker,
        story: storyOf.get(doc.id) ?? '',
        docDay: correction ? correction.storyDay : dayNumber(docDate(doc)),
        dated: correction === undefined,
        quoted: quoted.has(claim),
        facility: toll ? (careFacility(doc, claim) ?? (part ? sourceFacility(doc, claim) : null)) : null,
        update,
        change: MEASURE_KINDS.has(claim.kind) && tellsChange(doc, claim),
        part,
        reading: readValue(claim),
        rival: false,
        stage,
        who: null,
      });
    }
  }
  joinRivalCounts(out);
  wholeAtFacility(out);
  conductSubjects(out, corpus, resolver);
  return out;
}
