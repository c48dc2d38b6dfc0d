// Keeps the hand-made answer key of the bundled example honest: every alias, quoted figure, junk
// line and title it lists must really be in the files it names, and the relative dates in the
// reports must land on the days the key says. Other tests assert against this key, so a typo here
// would make them test the wrong thing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'examples', 'harbor-bridge-collapse');

interface KeyDoc {
  format: string;
  published: string | null;
  content_date: string;
  title: string;
  kind: string;
  outlet: string;
  guid?: string;
}
interface KeyValue {
  document: string;
  value: number | string;
  text: string;
}
interface AnswerKey {
  documents: Record<string, KeyDoc>;
  junk: Record<string, { text: string; reason: string }[]>;
  metadata_lines: Record<string, { text: string }[]>;
  entities: { canonical: string; type: string; aliases: string[]; documents: string[] }[];
  claims: { slot: string; kind: string; status: string; values: KeyValue[] }[];
  timeline: { date: string; what: string; documents: string[] }[];
  provenance: { groups: { documents: string[] }[] };
  stories: { documents: string[] }[];
}

const key = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as AnswerKey;

function decodeEntities(s: string): string {
  return s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}

function stripTags(html: string): string {
  return decodeEntities(html.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' ')).replace(/[ \t]+/g, ' ');
}

/** A crude reading of each document, enough to check that the key's strings are in it. */
function readDocuments(): Map<string, { raw: string; text: string }> {
  const docs = new Map<string, { raw: string; text: string }>();
  for (const name of readdirSync(dir).sort()) {
    const raw = readFileSync(path.join(dir, name), 'utf8');
    if (name.endsWith('.txt')) docs.set(name, { raw, text: raw });
    else if (name.endsWith('.html')) docs.set(name, { raw, text: stripTags(raw) });
    else if (name.endsWith('.rss')) {
      const items = raw.split('<item>').slice(1);
      items.forEach((item, i) => {
        const body = /<content:encoded><!\[CDATA\[([\s\S]*?)\]\]><\/content:encoded>/.exec(item)?.[1] ?? /<description>([\s\S]*?)<\/description>/.exec(item)?.[1] ?? '';
        const title = /<title>([\s\S]*?)<\/title>/.exec(item)?.[1] ?? '';
        docs.set(`${name}#${i + 1}`, { raw: item, text: `${title}\n\n${stripTags(body)}` });
      });
    } else if (name.endsWith('.json') && name !== 'expected.json') {
      const rec = JSON.parse(raw) as { title: string; text: string };
      docs.set(name, { raw, text: `${rec.title}\n\n${rec.text}` });
    }
  }
  return docs;
}

const docs = readDocuments();
const textOf = (id: string): string => {
  const d = docs.get(id);
  assert.ok(d, `answer key names a document that does not exist: ${id}`);
  return d.text;
};
const hasWord = (text: string, phrase: string): boolean =>
  new RegExp(`(?<![\\p{L}\\p{N}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(text);

test('the answer key lists exactly the documents in the folder', () => {
  assert.deepEqual(Object.keys(key.documents).sort(), [...docs.keys()].sort());
  assert.ok(docs.size >= 8, 'the example should have at least eight documents');
  for (const group of [key.stories[0].documents, ...key.provenance.groups.map((g) => g.documents)]) {
    for (const id of group) assert.ok(docs.has(id), id);
  }
});

test('every title in the key appears in its document', () => {
  for (const [id, d] of Object.entries(key.documents)) assert.ok(textOf(id).includes(d.title), `${id}: title ${d.title}`);
});

test('every alias appears in some listed document, and every listed document names the entity', () => {
  for (const e of key.entities) {
    for (const alias of e.aliases) {
      assert.ok(e.documents.some((id) => hasWord(textOf(id), alias)), `${e.canonical}: alias "${alias}" not found in ${e.documents.join(', ')}`);
    }
    for (const id of e.documents) {
      assert.ok(e.aliases.some((a) => hasWord(textOf(id), a)), `${e.canonical}: no alias found in ${id}`);
    }
  }
});

test('every quoted claim text is in its document', () => {
  for (const slot of key.claims) {
    for (const v of slot.values) {
      const text = textOf(v.document);
      for (const piece of v.text.split('...').map((s) => s.trim()).filter(Boolean)) {
        assert.ok(text.includes(piece), `${slot.slot}: "${piece}" not in ${v.document}`);
      }
    }
  }
});

test('the killed slot rises with publication date before it splits', () => {
  const slot = key.claims.find((c) => c.kind === 'killed');
  assert.ok(slot);
  const firstByDate = new Map<string, number>();
  for (const v of slot.values) {
    const date = key.documents[v.document].content_date;
    const prev = firstByDate.get(date);
    firstByDate.set(date, Math.max(prev ?? 0, Number(v.value)));
  }
  const series = [...firstByDate.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, n]) => n);
  for (let i = 1; i < series.length; i++) assert.ok(series[i] >= series[i - 1], `toll falls: ${series.join(' -> ')}`);
  assert.ok(new Set(series).size >= 3, 'the toll should take at least three values over time');
});

test('junk and metadata lines are really in the raw files', () => {
  for (const [id, lines] of Object.entries({ ...key.junk })) {
    const raw = docs.get(id)?.raw ?? '';
    for (const l of lines) assert.ok(decodeEntities(raw).includes(l.text), `${id}: junk "${l.text}" not found`);
  }
  for (const [id, lines] of Object.entries(key.metadata_lines)) {
    for (const l of lines) assert.ok(textOf(id).includes(l.text), `${id}: "${l.text}" not found`);
  }
});

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The latest date on or before `ref` that falls on `weekday` (how news copy means "on Tuesday"). */
function lastWeekday(ref: string, weekday: number): string {
  const d = new Date(`${ref}T12:00:00Z`);
  while (d.getUTCDay() !== weekday) d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

test('weekday references resolve, against each content date, to days of the story week', () => {
  const timelineDays = new Set(key.timeline.map((t) => t.date));
  let checked = 0;
  for (const [id, d] of Object.entries(key.documents)) {
    for (const m of textOf(id).matchAll(/\b(?:on|from|since|By|by|late on|early on) (Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g)) {
      const day = lastWeekday(d.content_date, WEEKDAYS.indexOf(m[1]));
      // Announcements of a future visit are the one forward reference ("will travel ... on Wednesday").
      const future = day < '2025-03-11' ? lastWeekday('2025-03-17', WEEKDAYS.indexOf(m[1])) : day;
      assert.ok(future >= '2025-03-11' && future <= '2025-03-15', `${id}: "${m[0]}" resolves to ${future}`);
      checked++;
    }
  }
  assert.ok(checked >= 20, `expected many weekday references, found ${checked}`);
  assert.equal(new Date('2025-03-11T12:00:00Z').getUTCDay(), 2, 'the collapse day must be a Tuesday');
  assert.ok(timelineDays.has('2025-03-11'));
});

test('the date-anomaly document states a date weeks after its content date', () => {
  const anomalous = Object.entries(key.documents).filter(([, d]) => d.published && d.published > d.content_date);
  const weeksLate = anomalous.filter(([, d]) => (Date.parse(d.published!) - Date.parse(d.content_date)) / 86_400_000 >= 14);
  assert.equal(weeksLate.length, 1);
  assert.equal(weeksLate[0][1].kind, 'aggregator');
});

test('report bodies have realistic length', () => {
  for (const [id, d] of docs) {
    if (key.documents[id].format === 'rss' && id.endsWith('#2')) continue; // the teaser is short on purpose
    const words = d.text.split(/\s+/).filter(Boolean).length;
    assert.ok(words >= 400 && words <= 1000, `${id}: ${words} words`);
  }
});
