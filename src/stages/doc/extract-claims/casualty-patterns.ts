// Patterns read only by `casualty-figures.ts` (killed and injured per report), kept apart from the
// claim patterns of `patterns.ts`.

/** A sentence that asks ("only two officers shot?"): its figures are not asserted. */
export const QUESTION_END_RE = /\?\s*["”’')]*\s*$/;
