import {
  BEFORE_VERB_FILLER, CALLED_FALSE, CLAUSE_BREAK, DETERMINER, NOT_ASSERTED_CLAUSE, NOT_ASSERTED_NEAR, PHRASE_STOP, PRONOUN, STATEMENT_FAMILIES,
} from './statement-patterns.ts';
import type { StatementPattern } from './statement-patterns.ts';

/** A non-numeric claim: what was done to someone or how something happened, normalized so that reports can be compared. */
export interface RawStatement {
  /** The normalized label ("expelled", "barred from returning", "surrendered", "stormed", "accident"). */
  label: string;
  /** Who or what it is about, as written ("the Norlandic envoy", "the hijackers"); '' when the sentence does not say. */
  object: string;
  start: number;
  end: number;
}

/** How many words a noun phrase read next to a verb may have. */
const PHRASE_WORDS = 4;

/** Where the clause holding `at` begins: after the last clause break before it. */
function clauseStart(sentence: string, at: number): number {
  let start = 0;
  for (const m of sentence.slice(0, at).matchAll(CLAUSE_BREAK)) start = m.index + m[0].length;
  return start;
}

/**
 * The sentence asserts what the match tells: it is no question, and nothing in its clause denies,
 * doubts or supposes it ("denied that the depot was stormed", "no hijacker gave himself up", "may have
 * been an accident", "claims that it was arson are false").
 */
function asserted(sentence: string, start: number, end: number): boolean {
  if (/\?\s*["”’']?\s*$/.test(sentence)) return false;
  const clause = sentence.slice(clauseStart(sentence, start), start);
  const near = clause.split(/\s+/).filter(Boolean).slice(-PHRASE_WORDS).join(' ');
  if (NOT_ASSERTED_NEAR.test(near) || NOT_ASSERTED_CLAUSE.test(clause)) return false;
  return !CALLED_FALSE.test(sentence.slice(end));
}

/** The words of the clause before the verb, without the auxiliaries and adverbs next to it. */
function wordsBefore(sentence: string, at: number): string[] {
  const words = sentence.slice(clauseStart(sentence, at), at).split(/\s+/).filter(Boolean);
  while (words.length && BEFORE_VERB_FILLER.test(words[words.length - 1]!)) words.pop();
  return words.slice(-PHRASE_WORDS);
}

/** How many words before the verb may hold who did it, with an "of" phrase or an appositive: "the driver of the night train", "the captain, 54,". */
const SUBJECT_WORDS = 8;

/**
 * The words before the verb across clause breaks (an appositive's commas open no new clause for
 * its subject), without the auxiliaries and adverbs next to the verb: what a pattern's `by` reads.
 */
function subjectBefore(sentence: string, at: number): string {
  const words = sentence.slice(0, at).split(/\s+/).filter(Boolean);
  while (words.length && BEFORE_VERB_FILLER.test(words[words.length - 1]!)) words.pop();
  return words.slice(-SUBJECT_WORDS).join(' ');
}

/** The noun phrase just before the verb in its clause: "the convoy's hijackers" (had) surrendered. */
function phraseBefore(sentence: string, at: number): string {
  const words = wordsBefore(sentence, at);
  const last = words[words.length - 1];
  if (last !== undefined && PRONOUN.test(last)) return last;
  const out: string[] = [];
  for (let i = words.length - 1; i >= 0 && out.length < PHRASE_WORDS; i--) {
    if (PHRASE_STOP.test(words[i]!)) break;
    out.unshift(words[i]!);
  }
  // "police told officers the shooting": the phrase starts at its determiner.
  let det = -1;
  out.forEach((w, i) => { if (DETERMINER.test(w)) det = i; });
  return out.slice(Math.max(det, 0)).join(' ');
}

/** The noun phrase just after the verb: stormed "the depot" (with gas). */
function phraseAfter(sentence: string, at: number): string {
  const out: string[] = [];
  for (const w of sentence.slice(at).split(/\s+/).filter(Boolean)) {
    const word = w.replace(/[,;:.!?)"”]+$/, '');
    if (!word || PHRASE_STOP.test(word) || out.length >= PHRASE_WORDS) break;
    out.push(word);
    if (word !== w) break;
  }
  return out.join(' ');
}

function aboutOf(p: StatementPattern, m: RegExpExecArray, sentence: string): string {
  switch (p.about) {
    // "was ruled accidental": a pattern whose object is not written after the verb has it before.
    case 'group': return (m[1] ?? '').trim() || phraseBefore(sentence, m.index);
    case 'before': return phraseBefore(sentence, m.index);
    case 'after': return phraseAfter(sentence, m.index + m[0].length);
    case 'none': return '';
  }
}

/**
 * The hook for non-numeric contradictions: the corpus stage compares `label` across documents
 * (one report says the envoy was expelled, another that he was barred from returning; one that the
 * hijackers gave themselves up, another that the bus was stormed). Callers test `STATEMENT_CUE`
 * first; each family's own cue keeps its patterns off sentences that cannot hold them.
 */
export function findStatements(sentence: string): RawStatement[] {
  const out: RawStatement[] = [];
  for (const family of STATEMENT_FAMILIES) {
    if (!family.cue.test(sentence)) continue;
    for (const p of family.patterns) {
      p.re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = p.re.exec(sentence))) {
        const start = m.index;
        const end = m.index + m[0].length;
        if (out.some((o) => o.start < end && start < o.end)) continue;
        if (!asserted(sentence, start, end)) continue;
        if (p.notBy && p.notBy.test(wordsBefore(sentence, start).join(' '))) continue;
        const before = p.by ? subjectBefore(sentence, start) : '';
        const who = p.by ? p.by.exec(before) : null;
        if (p.by && !who) continue;
        const label = p.label === '$2' ? m[2]!.toLowerCase() : p.label;
        // "The blaze was an accident caused by faulty wiring" tells one account, not two.
        if (out.some((o) => o.label === label)) continue;
        // Who did it is whom `by` read, with the words leading up to it: "the driver of the night train"
        // (not "the night train"), "the train driver, 47," (not nothing), "Captain Ada Roe"; a pronoun
        // before it ("said that | he") is no part of it.
        const lead = who ? phraseBefore(before, who.index) : '';
        const about = who ? `${PRONOUN.test(lead) ? '' : lead} ${who[0].trim()}`.trim() : aboutOf(p, m, sentence);
        // A quote opened before the subject is no part of it: ("The skipper) was aboard ...
        out.push({ label, object: about.replace(/^["“‘]+/, ''), start, end });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
