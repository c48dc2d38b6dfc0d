// Offices every country has ("Foreign Ministry", "Ministry of Health"): the same words name a
// different body in each country, so such a name is one entity per owner. The owner is written
// right before a mention ("Tessana's Foreign Ministry", "the Tessanese Foreign Ministry", "the Kestavia
// Health Ministry") or after it ("the Ministry of Health of Tessana"); one owner's office in any
// word order is one office; mentions without one join the owner only when a single owner is
// written for that office across the corpus.

import type { EntityMention } from '../../../core/index.ts';
import { loadGazetteer } from '../../../nlp/ner/index.ts';
import { keyParts } from '../../../nlp/translit-key.ts';
import type { UnionFind } from '../../../corpus-index/union-find.ts';
import type { Node } from './nodes.ts';
import { OFFICE_HEADS, OFFICE_WORDS } from './patterns.ts';

/** Any office head in a name, as a quick test before the word-by-word one. */
const HAS_OFFICE_HEAD = new RegExp(`\\b(?:${[...OFFICE_HEADS].join('|')})\\b`, 'i');

/** Whether a name is only an office's words: a head ("Ministry") and portfolio words ("Foreign Affairs"). */
export function isOfficeName(name: string): boolean {
  if (!HAS_OFFICE_HEAD.test(name)) return false;
  const words = name.toLowerCase().split(/\s+/);
  let head = false;
  for (const w of words) {
    if (OFFICE_HEADS.has(w)) head = true;
    else if (!OFFICE_WORDS.has(w)) return false;
  }
  return head;
}

/** The word right before a mention: "X's" / "X’s" (possessive) or a capitalized word, on the same line. */
const OWNER_BEFORE = /(\p{Lu}[\p{L}.-]*)(['’]s)?[ \t]+$/u;
/** Endings of nationality adjectives, and vowels a country's name ends in ("Tessanese" / "Tessana"). */
const DEMONYM_ENDING = /(?:ese|ian|an|ish|i)$/;
const FINAL_VOWELS = /[aeiouy]+$/;
/** Adjectives that describe an office rather than own it ("Regional", "Federal", "Public"). */
const DESCRIPTIVE_ENDING = /(?:al|ic)$/;

/**
 * The owner written right before a mention, as a key that a country's name and its adjective share
 * ("Tessana" / "Tessanese", "Kestavia" / "Kestavian" -> one key), or null. A possessive of any
 * capitalized word counts; a bare word only when it is a country or a nationality (by the lists or,
 * for an adjective, by its ending).
 */
export function ownerBefore(text: string, m: EntityMention): { key: string; start: number } | null {
  const from = Math.max(0, m.start - 40);
  const hit = OWNER_BEFORE.exec(text.slice(from, m.start));
  if (!hit) return null;
  const key = ownerKey(hit[1], hit[2] !== undefined);
  return key === null ? null : { key, start: from + hit.index };
}

/**
 * The owner key of a word before an office's name, or null when the word names no owner. `named`:
 * the word is part of the office's own name ("X Ministry of Health"), where any proper word is its
 * owner; before a mention only a possessive, a country or a nationality is.
 */
function ownerKey(word: string, possessive: boolean, named = false): string | null {
  const gaz = loadGazetteer();
  const country = gaz.has(word, 'country');
  const common = gaz.has(word, 'common');
  const adjective = !country && (gaz.has(word, 'demonym') || (!possessive && DEMONYM_ENDING.test(word.toLowerCase()) && !common));
  if (!possessive && !adjective && !country && !(named && !common && !DESCRIPTIVE_ENDING.test(word.toLowerCase()))) return null;
  const lower = word.toLowerCase();
  const stem = keyParts((adjective ? lower.replace(DEMONYM_ENDING, '') : lower).replace(FINAL_VOWELS, '')).join('');
  return stem.length >= 3 ? stem : null;
}

/**
 * An office's key: its words in any order, plurals folded, without "Affairs" ("Ministry of
 * Defence" and "Defence Ministry", "Ministry of Foreign Affairs" and "Foreign Ministry" are one
 * office each).
 */
export function officeKey(office: string): string {
  const words = keyParts(office).map((p) => (p.length > 3 && p.endsWith('s') && !p.endsWith('ss') ? p.slice(0, -1) : p));
  return `office:${words.filter((p) => p !== AFFAIRS).sort().join(' ')}`;
}
/** "Affairs" as keyParts folds it, plural folded. */
const AFFAIRS = keyParts('Affair')[0];

/** "X Ministry of Foreign Affairs", "X's Health Ministry": an office whose name leads with its owner. */
const OWNER_LED = /^(\p{Lu}[\p{L}.-]*)(['’]s)?\s+(.+)$/u;
/** "Ministry of Defence of X" (a translated word order): an office whose name ends with its owner (not "of the X"). */
const OWNER_TRAILING = /^(.+?)\s+of\s+(\p{Lu}[\p{L}.-]*)$/u;

/** For an office whose name leads or ends with its owner: the office's key and the owner's, else null. */
export function ownerInName(name: string): { key: string; owner: string } | null {
  if (!HAS_OFFICE_HEAD.test(name)) return null;
  const m = OWNER_LED.exec(name);
  if (m && !OFFICE_WORDS.has(m[1].toLowerCase()) && !OFFICE_HEADS.has(m[1].toLowerCase()) && isOfficeName(m[3])) {
    const owner = ownerKey(m[1], m[2] !== undefined, true);
    return owner === null ? null : { key: officeKey(m[3]), owner };
  }
  const t = OWNER_TRAILING.exec(name);
  if (!t || !isOfficeName(t[1]) || OFFICE_WORDS.has(t[2].toLowerCase())) return null;
  const owner = ownerKey(t[2], false, true);
  return owner === null ? null : { key: officeKey(t[1]), owner };
}

/**
 * An organization's node as offices need it: an office whose name leads with its owner ("X Ministry
 * of Health") has its bare keys marked with the owner; an office named alone is split by the owner
 * written before each mention: one node per owner (its keys
 * marked with the owner, so two countries' ministries never share a key) and one for the mentions
 * without one (plain keys). Each node records the office's key and its owner.
 */
export function splitByOwner(node: Node, text: string): Node[] {
  const led = ownerInName(node.entity.name);
  // Its office key marked with the owner: "Xian Defence Ministry" meets "Ministry of Defence of X".
  if (led) return [{ ...node, keys: [...node.keys, `${led.key}@${led.owner}`], bareKeys: node.bareKeys.map((k) => `${k}@${led.owner}`), office: led }];
  if (!isOfficeName(node.entity.name)) return [node];
  const key = officeKey(node.entity.name);
  const owners = node.mentions.map((m) => ownerBefore(text, m));
  if (owners.every((o) => o === null)) return [{ ...node, office: { key, owner: null } }];
  const byOwner = new Map<string | null, number[]>();
  owners.forEach((o, i) => {
    const k = o?.key ?? null;
    let list = byOwner.get(k);
    if (!list) byOwner.set(k, (list = []));
    list.push(i);
  });
  const pick = <T>(all: T[], idx: number[]): T[] => (all.length ? idx.map((i) => all[i]) : []);
  return [...byOwner].map(([owner, idx]) => ({
    ...node,
    mentions: pick(node.mentions, idx),
    after: pick(node.after, idx),
    nounAfter: pick(node.nounAfter, idx),
    keys: owner === null ? node.keys : [...node.keys.map((k) => `${k}@${owner}`), `${key}@${owner}`],
    bareKeys: owner === null ? node.bareKeys : node.bareKeys.map((k) => `${k}@${owner}`),
    office: { key, owner },
    written: owner === null ? [] : idx.map((i) => text.slice(owners[i]!.start, node.mentions[i].end)),
  }));
}

/**
 * Office nodes without a written owner join the owner of the same office when the corpus writes
 * exactly one ("the Foreign Ministry said" where only one country's is named); with two owners
 * they stay apart, as neither can be told.
 */
export function joinUnownedOffices(nodes: readonly Node[], uf: UnionFind, owners: ReadonlyMap<string, ReadonlySet<string>>): void {
  if (owners.size === 0) return;
  // The first node of each office's single owner.
  const home = new Map<string, number>();
  nodes.forEach((n, i) => {
    if (n.office && n.office.owner !== null && owners.get(n.office.key)!.size === 1 && !home.has(n.office.key)) home.set(n.office.key, i);
  });
  nodes.forEach((n, i) => {
    const j = n.office && n.office.owner === null ? home.get(n.office.key) : undefined;
    if (j !== undefined) uf.union(i, j);
  });
}

/**
 * Whether office node `a` may join the longer name `b` as its partial name ("Ministry of Health"
 * within "X Ministry of Health"): not across two written owners, and not without an owner when the
 * corpus writes that office for two or more owners. `owners`: office key -> owners written.
 */
export function officeMayJoin(a: Node, b: Node, owners: ReadonlyMap<string, ReadonlySet<string>>): boolean {
  if (!a.office) return true;
  if (a.office.owner === null) return (owners.get(a.office.key)?.size ?? 0) < 2;
  return !b.office || b.office.owner === null || b.office.owner === a.office.owner;
}

/** Office key -> the owners the corpus writes for it. */
export function officeOwners(nodes: readonly Node[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const n of nodes) {
    if (!n.office || n.office.owner === null) continue;
    let s = out.get(n.office.key);
    if (!s) out.set(n.office.key, (s = new Set()));
    s.add(n.office.owner);
  }
  return out;
}
