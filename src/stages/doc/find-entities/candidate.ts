import type { EntityType } from '../../../core/index.ts';
import type { DocTokens } from './token-doc.ts';

/** A name found in the text, as token indices [ts, te), before entities are formed. */
export interface Candidate {
  ts: number;
  te: number;
  type: EntityType;
  role: string | null;
  /** Acronym this name is defined with here ("... Army (XLA)"). */
  acronym: string | null;
  /** Index of the candidate this one is a short form of (acronym uses), when known from the rules. */
  linkTo: number | null;
  /**
   * Characters of the first / last token that are not part of the entity's name ("anti-" in
   * "anti-X", "-based" in "X-based"). The mention keeps the whole word, typed as written
   * (`mentionType`); the entity is X.
   */
  cutStart?: number;
  cutEnd?: number;
  /** The mention's own type when it differs from its entity's ("X-based" is MISC, about place X). */
  mentionType?: EntityType;
  /**
   * Token end of the entity's name when the name runs past the mention: "the X valley" names the
   * valley "X valley", while the mention stays "X" (as newswire annotation marks it).
   */
  nameTe?: number;
  /**
   * Token start of the entity's name when the name begins before the mention: "told The X Courier"
   * names "The X Courier" (a capital "The" mid-sentence is part of a paper's name), the mention is "X Courier".
   */
  nameTs?: number;
  /** A trailing possessive that is part of the name ("St X's", an institution named short). */
  keepPossessive?: boolean;
}

/**
 * The candidates with `added` put in text order. `linkTo` holds an index into the list, so the
 * links of the kept candidates are moved with them (a link to a dropped candidate is cleared).
 */
export function withCandidates(kept: readonly Candidate[], added: readonly Candidate[], before: readonly Candidate[] = kept): Candidate[] {
  const out = [...kept, ...added].sort((a, b) => a.ts - b.ts);
  if (!before.some((c) => c.linkTo !== null)) return out;
  const pos = new Map<Candidate, number>();
  out.forEach((c, i) => pos.set(c, i));
  for (const c of out) if (c.linkTo !== null) c.linkTo = pos.get(before[c.linkTo]) ?? null;
  return out;
}

/** Helpers over a document's tokens. */
export class TokenView {
  readonly lower: string[];
  constructor(readonly t: DocTokens) {
    this.lower = t.starts.map((s, i) => t.text.slice(s, t.ends[i]).toLowerCase());
  }
  get n(): number {
    return this.t.starts.length;
  }
  word(i: number): string {
    return this.t.text.slice(this.t.starts[i], this.t.ends[i]);
  }
  /** A candidate's name: its text without the cut parts of its edge tokens. */
  nameOf(c: Candidate): string {
    return this.t.text.slice(this.t.starts[c.nameTs ?? c.ts] + (c.cutStart ?? 0), this.t.ends[(c.nameTe ?? c.te) - 1] - (c.cutEnd ?? 0));
  }
  /** Text of tokens [a, b), as written (with the original spacing). */
  slice(a: number, b: number): string {
    return this.t.text.slice(this.t.starts[a], this.t.ends[b - 1]);
  }
  isCapitalized(i: number): boolean {
    const c = this.t.text.charCodeAt(this.t.starts[i]);
    if (c < 0x80) return c >= 65 && c <= 90;
    return isUpper(c);
  }
  /** Whether token i starts with a lowercase letter and has no capital in it (scanned in place). */
  isLowercaseWord(i: number): boolean {
    const { text, starts, ends } = this.t;
    const c = text.charCodeAt(starts[i]);
    if (!(c >= 97 && c <= 122) && !(c >= 0x80 && isLower(c))) return false;
    for (let j = starts[i] + 1; j < ends[i]; j++) {
      const d = text.charCodeAt(j);
      if ((d >= 65 && d <= 90) || (d >= 0x80 && isUpper(d))) return false;
    }
    return true;
  }
  isAllCaps(i: number): boolean {
    // Two or more characters, at least one letter, and no lowercase letter (scanned in place).
    const { text, starts, ends } = this.t;
    if (ends[i] - starts[i] < 2) return false;
    let letter = false;
    for (let j = starts[i]; j < ends[i]; j++) {
      const c = text.charCodeAt(j);
      if (c >= 97 && c <= 122) return false;
      if (c >= 65 && c <= 90) letter = true;
      else if (c >= 0x80) {
        if (isLower(c)) return false;
        if (isUpper(c)) letter = true;
      }
    }
    return letter;
  }
}

function isLower(c: number): boolean {
  const ch = String.fromCharCode(c);
  return ch !== ch.toUpperCase();
}

function isUpper(c: number): boolean {
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase();
}
