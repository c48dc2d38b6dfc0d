// Shared by the find-entities rule tests: a token view of a sentence, candidates over it, and the
// whole stage run on a text.
import type { EntityType } from '../../../core/index.ts';
import { createDoc } from '../../../core/index.ts';
import { TokenView, type Candidate } from './candidate.ts';
import { findDocEntities } from './index.ts';
import { tokenizeDoc } from './token-doc.ts';

/** The token view a rule sees, the whole text one sentence. */
export const view = (text: string): TokenView => new TokenView(tokenizeDoc(text, [{ start: 0, end: text.length }]));

/** A candidate over tokens [ts, te). */
export const cand = (ts: number, te: number, type: EntityType): Candidate => ({ ts, te, type, role: null, acronym: null, linkTo: null });

/** Candidates as "text/TYPE", to compare with a list. */
export const shown = (v: TokenView, cs: Candidate[]): string[] => cs.map((c) => `${v.slice(c.ts, c.te)}/${c.type}`);

/** The stage's entities for a text, as "name/TYPE". */
export function entities(text: string): string[] {
  const doc = createDoc({ id: 'x', source: 'x', format: 'text', raw: text, text, hints: {}, flags: [], removed: [] });
  findDocEntities(doc);
  return (doc.layers.entities ?? []).map((e) => `${e.name}/${e.type}`);
}
