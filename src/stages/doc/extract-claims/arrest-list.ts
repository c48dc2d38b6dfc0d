import type { ClaimPart } from '../../../core/index.ts';
import { readNumberAt } from '../../../nlp/numbers.ts';
import { ARREST_LIST_RE, PERSON_NOUNS } from './patterns.ts';

/** An arrest told as one person and a group: one claim, its parts the person and the group. Offsets into the sentence. */
export interface ArrestList {
  value: number;
  parts: ClaimPart[];
  counted: string;
  start: number;
  end: number;
}

/**
 * Words that make the first item no single person: a count, a plural of people ("the suspects"), or a clause
 * ("charged in connection with a shooting that left one person dead and three others wounded").
 */
const NOT_ONE_RE =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|several|dozens?|some|many|all|both|others|that|who|which|whom|in|with|after|for|over|on|at|from|by|to|as|left|leaving|killed|dead|wounded|injured|shot)\b/i;

/** "arrested the owner of the mill and two of his foremen": 3 arrested. */
export function findArrestLists(s: string): ArrestList[] {
  const out: ArrestList[] = [];
  ARREST_LIST_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ARREST_LIST_RE.exec(s))) {
    const first = m[1]!;
    if (NOT_ONE_RE.test(first)) continue;
    const head = /^(?:the |a |an )?([\w'’-]+)/i.exec(first)![1]!;
    // "the suspects and two others": a plural first item is a group whose size is not said.
    if (head === head.toLowerCase() && PERSON_NOUNS.has(head) && /(?:s|men|ren)$/.test(head) && !/(?:ss|us)$/.test(head)) continue;
    const n = readNumberAt(m[2]!.replace(/^at least /i, ''), 0);
    if (!n) continue;
    const noun = m[3]!.toLowerCase();
    const start = m.index + m[0].indexOf(first);
    const end = m.index + m[0].length;
    out.push({ value: n.value + 1, parts: [{ label: first.replace(/^(?:the|a|an)\s+/i, ''), value: 1 }, { label: noun, value: n.value }], counted: noun, start, end });
  }
  return out;
}
