import { STATEMENT_PATTERNS } from './statement-patterns.ts';

/** A non-numeric claim: what was done to someone, normalized so that reports can be compared. */
export interface RawStatement {
  /** The normalized action ("expelled", "recalled", "barred from returning"). */
  label: string;
  /** Who it was done to, as written ("the Norlandic envoy"). */
  object: string;
  start: number;
  end: number;
}

/**
 * The hook for non-numeric contradictions: the corpus stage compares `label` across documents for
 * the same kind of object (one report says the envoy was expelled, another that he was barred
 * from returning).
 */
export function findStatements(sentence: string): RawStatement[] {
  const out: RawStatement[] = [];
  for (const { re, label } of STATEMENT_PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(sentence))) {
      const start = m.index;
      const end = m.index + m[0].length;
      if (out.some((o) => o.start < end && start < o.end)) continue;
      const resolved = label === '$2' ? m[2]!.toLowerCase() : label;
      out.push({ label: resolved, object: m[1]!.trim(), start, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
