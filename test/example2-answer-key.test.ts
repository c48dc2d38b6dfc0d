// Keeps the hand-made answer keys of every bundled example honest (examples/*/expected.json): every
// alias, quoted figure, junk line and title must really be in the files the key names; the figure a
// key value quotes must be the value it records; the statuses must fit the values (a conflict has
// two values, a single source sits in one independence group); relative weekdays must land in the
// story's week. The evaluation script and other tests score the system against these keys, so a
// typo here would make them measure the wrong thing. The checks that hold for one example only
// (the bridge's story week and body lengths, the earthquake's spellings) are at the end.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnswerKey } from '../scripts/eval/example-key.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const examplesDir = path.join(root, 'examples');

interface ReadDoc {
  raw: string;
  text: string;
}

function decodeEntities(s: string): string {
  return s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}

function stripTags(html: string): string {
  return decodeEntities(html.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
}

const squash = (s: string): string => s.replace(/\s+/g, ' ');

/** The body of an RSS item or Atom entry: full content when there is one, else the description. */
function feedBody(item: string): string {
  const cdata = /<(content:encoded|content)[^>]*><!\[CDATA\[([\s\S]*?)\]\]><\/\1>/.exec(item)?.[2];
  return cdata ?? /<(?:description|summary)>([\s\S]*?)<\/(?:description|summary)>/.exec(item)?.[1] ?? '';
}

/** A crude reading of each document, independent of the system's readers, enough to find the key's strings. */
function readDocuments(dir: string): Map<string, ReadDoc> {
  const docs = new Map<string, ReadDoc>();
  const record = (raw: string): ReadDoc => {
    const rec = JSON.parse(raw) as { title: string; text: string };
    return { raw, text: `${rec.title}\n\n${rec.text}` };
  };
  for (const name of readdirSync(dir).sort()) {
    if (name === 'expected.json' || name === 'README.md') continue;
    const raw = readFileSync(path.join(dir, name), 'utf8');
    const ext = path.extname(name);
    if (ext === '.txt' || ext === '.md') docs.set(name, { raw, text: raw });
    else if (ext === '.html') docs.set(name, { raw, text: stripTags(raw) });
    else if (ext === '.json') docs.set(name, record(raw));
    else if (ext === '.jsonl') {
      const lines = raw.split('\n').filter((l) => l.trim());
      lines.forEach((l, i) => docs.set(lines.length === 1 ? name : `${name}#${i + 1}`, record(l)));
    } else if (ext === '.rss' || ext === '.atom') {
      const items = raw.split(ext === '.rss' ? '<item>' : '<entry>').slice(1);
      items.forEach((item, i) => {
        const title = /<title>([\s\S]*?)<\/title>/.exec(item)?.[1] ?? '';
        docs.set(`${name}#${i + 1}`, { raw: item, text: `${title}\n\n${stripTags(feedBody(item))}` });
      });
    }
  }
  return docs;
}

const hasWord = (text: string, phrase: string): boolean =>
  new RegExp(`(?<![\\p{L}\\p{N}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(text);

/** The ways a report may write a key value in digits: 12000 as "12,000", 450000000 as "450 million". */
function digitForms(value: number): string[] {
  const forms = [String(value), value.toLocaleString('en-US')];
  if (value >= 1e6) forms.push(`${value / 1e6} million`);
  return forms;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The latest date on or before `ref` that falls on `weekday` (how news copy means "on Tuesday"). */
function lastWeekday(ref: string, weekday: number): string {
  const d = new Date(`${ref}T12:00:00Z`);
  while (d.getUTCDay() !== weekday) d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

const examples = existsSync(examplesDir)
  ? readdirSync(examplesDir).filter((d) => existsSync(path.join(examplesDir, d, 'expected.json'))).sort()
  : [];

test('there are at least two bundled examples with answer keys', () => {
  assert.ok(examples.length >= 2, `found ${examples.join(', ')}`);
});

for (const name of examples) {
  const dir = path.join(examplesDir, name);
  const key = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as AnswerKey;
  const docs = readDocuments(dir);
  const textOf = (id: string): string => {
    const d = docs.get(id);
    assert.ok(d, `answer key names a document that does not exist: ${id}`);
    return d.text;
  };

  test(`${name}: the key lists exactly the documents in the folder, and every group names real ones`, () => {
    assert.deepEqual(Object.keys(key.documents).sort(), [...docs.keys()].sort());
    assert.ok(docs.size >= 8, 'an example should have at least eight documents');
    for (const group of [...key.stories.map((s) => s.documents), ...key.provenance.groups.map((g) => g.documents)]) {
      for (const id of group) assert.ok(docs.has(id), id);
    }
  });

  test(`${name}: provenance groups and stories each cover every document exactly once`, () => {
    for (const groups of [key.provenance.groups.map((g) => g.documents), key.stories.map((s) => s.documents)]) {
      const all = groups.flat();
      assert.equal(new Set(all).size, all.length, 'a document is in two groups');
      assert.deepEqual([...all].sort(), Object.keys(key.documents).sort());
    }
  });

  test(`${name}: every title is in its document`, () => {
    for (const [id, d] of Object.entries(key.documents)) assert.ok(textOf(id).includes(d.title), `${id}: title ${d.title}`);
  });

  test(`${name}: every alias is in some listed document, and every listed document names the entity`, () => {
    for (const e of key.entities) {
      for (const alias of e.aliases) {
        assert.ok(e.documents.some((id) => hasWord(textOf(id), alias)), `${e.canonical}: alias "${alias}" not found in ${e.documents.join(', ')}`);
      }
      for (const id of e.documents) assert.ok(e.aliases.some((a) => hasWord(textOf(id), a)), `${e.canonical}: no alias found in ${id}`);
    }
  });

  test(`${name}: every quoted claim text is in its document and shows the value it records`, () => {
    let withDigits = 0;
    for (const slot of key.claims) {
      for (const v of slot.values) {
        const text = squash(textOf(v.document));
        const pieces = v.text.split('...').map((s) => s.trim()).filter(Boolean);
        for (const piece of pieces) assert.ok(text.includes(piece), `${slot.slot}: "${piece}" not in ${v.document}`);
        // Spelled-out figures ("six") are checked by the document test above only.
        if (typeof v.value !== 'number' || !/\d/.test(v.text)) continue;
        withDigits++;
        assert.ok(
          digitForms(v.value).some((f) => hasWord(v.text, f)),
          `${slot.slot}: "${v.text}" (${v.document}) does not show the value ${v.value}`,
        );
      }
    }
    assert.ok(withDigits >= 10, `expected many figures in digits, found ${withDigits}`);
  });

  test(`${name}: each slot's status fits its values`, () => {
    const groupOf = new Map<string, number>();
    key.provenance.groups.forEach((g, i) => g.documents.forEach((d) => groupOf.set(d, i)));
    for (const slot of key.claims) {
      const values = new Set(slot.values.map((v) => v.value));
      const groups = new Set(slot.values.map((v) => groupOf.get(v.document)));
      if (slot.status === 'agreed') {
        // Approximate figures ("about 30", "some 20") may be read as agreeing; the key must say why.
        assert.ok(values.size === 1 || slot.note, `${slot.slot}: agreed but ${[...values].join(' / ')}, with no note`);
        assert.ok(groups.size >= 2, `${slot.slot}: agreed needs two independent sources`);
      }
      if (slot.status === 'single-source') assert.equal(groups.size, 1, `${slot.slot}: single-source but in ${groups.size} groups`);
      if (slot.status === 'conflicting' || slot.status === 'evolving') assert.ok(values.size >= 2, `${slot.slot}: ${slot.status} with one value`);
    }
    assert.ok(key.claims.some((c) => c.status === 'conflicting'), 'an example should carry a conflict');
    assert.ok(key.claims.some((c) => c.status === 'single-source'), 'an example should carry a single-source figure');
  });

  test(`${name}: the killed slot never falls from one content date to the next, and takes three values or more`, () => {
    const slot = key.claims.find((c) => c.kind === 'killed');
    assert.ok(slot);
    const byDate = new Map<string, number>();
    for (const v of slot.values) {
      const date = key.documents[v.document].content_date;
      byDate.set(date, Math.max(byDate.get(date) ?? 0, Number(v.value)));
    }
    const series = [...byDate.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, n]) => n);
    for (let i = 1; i < series.length; i++) assert.ok(series[i] >= series[i - 1], `toll falls: ${series.join(' -> ')}`);
    assert.ok(new Set(series).size >= 3, 'the toll should take at least three values over time');
  });

  test(`${name}: junk and metadata lines are really in the files`, () => {
    for (const [id, lines] of Object.entries(key.junk)) {
      const d = docs.get(id);
      assert.ok(d, id);
      // Junk in HTML may be split across elements ("<strong>ALSO READ:</strong> <a>...</a>").
      const haystacks = [decodeEntities(d.raw), squash(d.text)];
      for (const l of lines) assert.ok(haystacks.some((h) => h.includes(l.text)), `${id}: junk "${l.text}" not found`);
    }
    for (const [id, lines] of Object.entries(key.metadata_lines)) {
      for (const l of lines) assert.ok(textOf(id).includes(l.text), `${id}: "${l.text}" not found`);
    }
  });

  test(`${name}: weekday references resolve, against each content date, to days of the story`, () => {
    const days = key.timeline.map((t) => t.date).filter((d) => d.length === 10).sort();
    const first = days[0];
    const last = Object.values(key.documents).map((d) => d.content_date).sort().at(-1)!;
    let checked = 0;
    for (const [id, d] of Object.entries(key.documents)) {
      for (const m of textOf(id).matchAll(/\b(?:on|from|since|By|by|late on|early on|Late on) (Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g)) {
        const day = lastWeekday(d.content_date, WEEKDAYS.indexOf(m[1]));
        // A future announcement ("will travel ... on Wednesday") is the one forward reference.
        const resolved = day < first ? lastWeekday(new Date(Date.parse(`${day}T12:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10), WEEKDAYS.indexOf(m[1])) : day;
        assert.ok(resolved >= first && resolved <= last, `${id}: "${m[0]}" resolves to ${resolved}, outside ${first}..${last}`);
        checked++;
      }
    }
    assert.ok(checked >= 15, `expected many weekday references, found ${checked}`);
  });

  test(`${name}: exactly one document states a date weeks after its content, and it is the aggregator`, () => {
    const late = Object.entries(key.documents).filter(([, d]) => d.published && (Date.parse(d.published) - Date.parse(d.content_date)) / 86_400_000 >= 14);
    assert.equal(late.length, 1);
    assert.equal(late[0][1].kind, 'aggregator');
  });

  test(`${name}: report bodies have realistic length`, () => {
    for (const [id, d] of docs) {
      const words = d.text.split(/\s+/).filter(Boolean).length;
      // A feed teaser is short on purpose.
      if (words < 150 && /#\d+$/.test(id)) continue;
      assert.ok(words >= 250 && words <= 1000, `${id}: ${words} words`);
    }
  });
}

test('the earthquake example: the governor is spelled three ways, each in a different document', () => {
  const dir = path.join(examplesDir, 'korvath-earthquake');
  if (!existsSync(dir)) return;
  const key = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as AnswerKey;
  const docs = readDocuments(dir);
  const people = key.entities.filter((e) => e.type === 'PERSON');
  // The entity with the most full-name spellings is the transliteration trap.
  const target = people.reduce((a, b) => (b.aliases.filter((x) => x.includes(' ')).length > a.aliases.filter((x) => x.includes(' ')).length ? b : a));
  const fullNames = target.aliases.filter((a) => a.includes(' '));
  assert.equal(fullNames.length, 3);
  const where = fullNames.map((n) => [...docs].filter(([, d]) => hasWord(d.text, n)).map(([id]) => id));
  for (const [i, ids] of where.entries()) assert.ok(ids.length >= 1, `${fullNames[i]} is in no document`);
  // No document mixes two spellings: each comes from a different writer or translator.
  for (const [id, d] of docs) assert.ok(fullNames.filter((n) => hasWord(d.text, n)).length <= 1, `${id} mixes spellings`);
});

test('the bridge example: every weekday reference lands in the collapse week, and the collapse day is a Tuesday in the timeline', () => {
  const dir = path.join(examplesDir, 'harbor-bridge-collapse');
  assert.ok(existsSync(dir), 'the bridge example is bundled');
  const key = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as AnswerKey;
  const docs = readDocuments(dir);
  let checked = 0;
  for (const [id, d] of Object.entries(key.documents)) {
    for (const m of docs.get(id)!.text.matchAll(/\b(?:on|from|since|By|by|late on|early on) (Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g)) {
      const day = lastWeekday(d.content_date, WEEKDAYS.indexOf(m[1]));
      // Announcements of a future visit are the one forward reference ("will travel ... on Wednesday").
      const future = day < '2025-03-11' ? lastWeekday('2025-03-17', WEEKDAYS.indexOf(m[1])) : day;
      assert.ok(future >= '2025-03-11' && future <= '2025-03-15', `${id}: "${m[0]}" resolves to ${future}`);
      checked++;
    }
  }
  assert.ok(checked >= 20, `expected many weekday references, found ${checked}`);
  assert.equal(new Date('2025-03-11T12:00:00Z').getUTCDay(), 2, 'the collapse day must be a Tuesday');
  assert.ok(key.timeline.some((t) => t.date === '2025-03-11'));
});

test('the bridge example: report bodies run 400 to 1000 words, but for the feed\'s teaser', () => {
  const dir = path.join(examplesDir, 'harbor-bridge-collapse');
  assert.ok(existsSync(dir), 'the bridge example is bundled');
  const key = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as AnswerKey;
  for (const [id, d] of readDocuments(dir)) {
    if (key.documents[id].format === 'rss' && id.endsWith('#2')) continue; // the teaser is short on purpose
    const words = d.text.split(/\s+/).filter(Boolean).length;
    assert.ok(words >= 400 && words <= 1000, `${id}: ${words} words`);
  }
});
