// One node per document entity, with the keys the merge rules compare.

import type { Corpus, DocEntity, EntityMention, EntityType } from '../../../core/index.ts';
import { keyParts, nameParts, translitKey } from '../../../nlp/translit-key.ts';
import { loadGazetteer } from '../../../nlp/ner/index.ts';
import { splitByOwner } from './offices.ts';
// One list with find-entities, which types "X Prison" a place: the same words make "X" its short name here.
import { FACILITIES_CALLED_BY_PLACE } from '../../doc/find-entities/patterns.ts';
import { COUNTRY_FORMS, LONG_FORM_RE, QUALIFIER_WORDS, SPELLING_FOLDS, TRAILING_PLACE_NOUNS } from './patterns.ts';

export interface Node {
  doc: string;
  entity: DocEntity;
  mentions: EntityMention[];
  type: EntityType;
  /** Keys of the full forms (persons: names of two or more parts; others: every non-acronym form). */
  keys: string[];
  /** Keys with leading qualifiers ("US", a country, a nationality) removed. */
  bareKeys: string[];
  /** Folded parts of the entity's name. */
  parts: readonly string[];
  /** First letters of the name's parts before vowel folding ("Ostland Harbour Authority" -> "oha"). */
  initials: string;
  /** Acronym defined for it, or the acronym it is written as. */
  acronym: string | null;
  /** True when the entity is only an acronym (its name is all capitals). */
  acronymOnly: boolean;
  /**
   * For a one-word name other than a person's (or "X valley", whose mentions are X): the folded
   * word written right after each of its mentions ("X" in "the X Channel bridge" -> "channel"), or
   * null when a mention has none.
   */
  after: (string | null)[];
  /**
   * For names other than persons' and acronyms: the folded lowercase word right after each mention
   * ("plant" in "the X Chemicals plant"), null where the next word is capitalized or missing.
   */
  nounAfter: (string | null)[];
  /**
   * For an office every country has ("Foreign Ministry"): its key, and the owner written before
   * this node's mentions (null: none written). A document entity whose mentions name two owners
   * gives one node per owner.
   */
  office?: { key: string; owner: string | null };
  /** Forms written with the owner ("Tessana's Foreign Ministry"), shown as the entity's forms. */
  written?: string[];
}

const ACRONYM_NAME = /^[A-Z][A-Z&]{1,7}$/;

export function isShortPersonForm(parts: readonly string[]): boolean {
  return parts.length === 1 || (parts.length === 2 && parts[0].length === 1);
}

/** Letters every SPELLING_FOLDS rule needs: most names have none, and skip the folds. */
const SPELLING_HINT = /re\b|ence\b|isation/;

/** A group's or place's name with British and American spellings folded to one ("Centre" -> "Center"). */
function spellingFolded(form: string): string {
  if (!SPELLING_HINT.test(form)) return form;
  let out = form;
  for (const [re, to] of SPELLING_FOLDS) out = out.replace(re, to);
  return out;
}

function qualifierStripped(form: string): string | null {
  const gaz = loadGazetteer();
  const words = form.split(/\s+/);
  let i = 0;
  while (i < words.length - 2 && (QUALIFIER_WORDS.has(words[i].toLowerCase()) || gaz.has(words[i], 'country') || gaz.has(words[i], 'demonym'))) i++;
  return i > 0 ? words.slice(i).join(' ') : null;
}

/**
 * An organization's words in any order ("University of X" / "X University", "Ministry of Y" / "Y
 * Ministry"): the folded parts (particles and "of" already left out), plural-folded and sorted.
 * Only for names of two or more parts; marked so it never meets a plain key.
 */
function wordBagKey(form: string): string | null {
  const parts = keyParts(form);
  if (parts.length < 2) return null;
  return `bag:${parts.map((p) => (p.length > 3 && p.endsWith('s') && !p.endsWith('ss') ? p.slice(0, -1) : p)).sort().join(' ')}`;
}

/** Written form -> the key of its country ("U.S." and "America" -> one key). */
const COUNTRY_KEYS: ReadonlyMap<string, string> = new Map(COUNTRY_FORMS.flatMap((row) => row.map((f) => [f, `country:${row[0]}`] as const)));

/** Whether the generic lists know the name as a place: a country (in the table or the gazetteer), a city or a region. */
export function isListedPlace(name: string): boolean {
  const gaz = loadGazetteer();
  return COUNTRY_KEYS.has(name) || gaz.has(name, 'country') || gaz.has(name, 'city') || gaz.has(name, 'region');
}

const WORD_AFTER = /^[ \t]+([\p{L}][\p{L}'’-]*)/u;
/** A capitalized word and a lowercase noun ("X valley"): a feature or structure named after X. */
const FEATURE_NAME = /^\p{Lu}\S*\s\p{Ll}+$/u;

const NOUN_AFTER = /^[ \t]+(\p{Ll}[\p{L}'’-]*)/u;
/** The folded lowercase word right after `end` on the same line, if any. */
function nounAfter(text: string, end: number): string | null {
  const m = NOUN_AFTER.exec(text.slice(end, end + 40));
  return m ? (keyParts(m[1])[0] ?? null) : null;
}

/** The folded word right after `end` on the same line, if any. */
function wordAfter(text: string, end: number): string | null {
  const m = WORD_AFTER.exec(text.slice(end, end + 40));
  if (!m) return null;
  const parts = keyParts(m[1]);
  return parts.length === 1 ? parts[0] : null;
}

/** Dateline shape: a name in capitals opening a line, then a full stop, comma, dash or bracket. */
const DATELINE_AFTER = /^\s*[.,(—–-]/;
function isDatelineMention(text: string, m: EntityMention): boolean {
  if (m.text.length < 3 || m.text !== m.text.toUpperCase() || m.text === m.text.toLowerCase()) return false;
  let i = m.start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return (i < 0 || text[i] === '\n') && DATELINE_AFTER.test(text.slice(m.end, m.end + 4));
}

export function buildNodes(corpus: Corpus): Node[] {
  const gaz = loadGazetteer();
  const nodes: Node[] = [];
  // Cities: places some document writes as a dateline, or the lists know as a city and not as a
  // region. "X Region" / "X Province" (the head capitalized, part of the name) is then a division
  // named after the city, and "X Prison" a site near it, not another way of writing it; decided
  // once every document is read.
  const cityKeys = new Set<string>();
  const divisionKeys: [number, string][] = [];
  for (const doc of corpus.documents) {
    const byEntity = new Map<string, EntityMention[]>();
    for (const m of doc.layers.mentions ?? []) {
      let list = byEntity.get(m.entity);
      if (!list) byEntity.set(m.entity, (list = []));
      list.push(m);
    }
    for (const e of doc.layers.entities ?? []) {
      const parts = keyParts(e.name);
      const mentions = byEntity.get(e.id) ?? [];
      // A place in capitals opening a line ("PORTVALE." / "PORTVALE —") is a dateline, not an acronym.
      const dateline = e.type === 'PLACE' && mentions.some((m) => isDatelineMention(doc.text, m));
      const acronymOnly = ACRONYM_NAME.test(e.name) && !dateline;
      if (dateline || (e.type === 'PLACE' && gaz.has(e.name, 'city') && !gaz.has(e.name, 'region'))) cityKeys.add(translitKey(e.name));
      const plural = e.type === 'ORG';
      const keys = new Set<string>();
      const bareKeys = new Set<string>();
      for (const written of e.aliases) {
        if (written === e.acronym || (ACRONYM_NAME.test(written) && !dateline)) continue;
        const form = e.type === 'PERSON' ? written : spellingFolded(written);
        if (e.type === 'PERSON' && isShortPersonForm(keyParts(form))) continue;
        const country = e.type !== 'PERSON' ? COUNTRY_KEYS.get(form) : undefined;
        if (country) keys.add(country);
        const k = translitKey(form, plural);
        if (k) keys.add(k);
        // An organization's key folds plurals ("Guards" = "Guard"); its plain key lets a place
        // ending in s that one document typed as a group meet its other mentions.
        if (plural && e.aliases.length === 1 && !form.includes(' ')) keys.add(translitKey(form));
        const long = e.type === 'PLACE' ? LONG_FORM_RE.exec(form) : null;
        if (long) bareKeys.add(translitKey(long[1]));
        const lastSpace = form.lastIndexOf(' ');
        const head = lastSpace > 0 ? form.slice(lastSpace + 1) : '';
        if (e.type === 'PLACE' && TRAILING_PLACE_NOUNS.has(head.toLowerCase())) {
          const bare = translitKey(form.slice(0, lastSpace));
          if (head[0] === head[0].toLowerCase()) bareKeys.add(bare);
          else divisionKeys.push([nodes.length, bare]);
        }
        // "X Prison" is also called "X" ("moved to X"), unless X is a city (see cityKeys).
        if (e.type === 'PLACE' && FACILITIES_CALLED_BY_PLACE.has(head.toLowerCase())) divisionKeys.push([nodes.length, translitKey(form.slice(0, lastSpace))]);
        const stripped = e.type !== 'PERSON' ? qualifierStripped(form) : null;
        if (stripped) bareKeys.add(translitKey(stripped, plural));
        if (e.type === 'ORG') {
          const bag = wordBagKey(form);
          if (bag) keys.add(bag);
        }
      }
      // Not for names the lists know ("X Army" says nothing about the country X alone).
      const listed = isListedPlace(e.name) || gaz.has(e.name, 'demonym');
      // "X valley", "X bridge" (a name whose lowercase last word runs past its mentions) is looked
      // at like the one word X: its mentions are followed by that noun.
      const oneWord = parts.length === 1 || (parts.length === 2 && FEATURE_NAME.test(e.name));
      const after = e.type !== 'PERSON' && oneWord && !acronymOnly && !listed ? mentions.map((m) => wordAfter(doc.text, m.end)) : [];
      if (acronymOnly) keys.add(`acr:${e.name}`);
      const countryName = e.type !== 'PERSON' ? COUNTRY_KEYS.get(e.name) : undefined;
      if (countryName) keys.add(countryName);
      const node: Node = {
        doc: doc.id,
        entity: e,
        mentions,
        type: e.type,
        keys: [...keys],
        bareKeys: [...bareKeys],
        parts,
        initials: nameParts(e.name).map((p) => p[0]).join(''),
        acronym: e.acronym ?? (acronymOnly ? e.name : null),
        acronymOnly,
        after,
        nounAfter: e.type !== 'PERSON' && !acronymOnly ? mentions.map((m) => nounAfter(doc.text, m.end)) : [],
      };
      if (e.type === 'ORG') nodes.push(...splitByOwner(node, doc.text));
      else nodes.push(node);
    }
  }
  for (const [i, bare] of divisionKeys) {
    const own = nodes[i].bareKeys;
    if (!cityKeys.has(bare) && !own.includes(bare)) own.push(bare);
  }
  return nodes;
}
