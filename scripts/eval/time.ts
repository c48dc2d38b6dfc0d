// TimeBank/AQUAINT (TempEval-3 TBAQ-cleaned): finding and normalizing time expressions against the
// document date. A found expression counts when its span overlaps a gold TIMEX3 and its value equals
// the gold value. Baseline in the same run: chrono-node alone, parsing against the same date.
//   npm run eval:time [-- --limit N] [--errors N]
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';
import { findTimexes } from '../../src/stages/doc/resolve-time/find-timexes.ts';
import { splitSimpleSentences } from '../../src/nlp/sentence-spans.ts';

interface Gold {
  start: number;
  end: number;
  value: string;
  type: string;
  text: string;
}
interface Found {
  start: number;
  end: number;
  value: string;
  text: string;
}
interface Doc {
  id: string;
  dct: string;
  text: string;
  gold: Gold[];
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = path.resolve(root, '../shared/datasets/tempeval3/TBAQ-cleaned');
const args = process.argv.slice(2);
const argOf = (name: string): number | null => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : null;
};

function decode(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** Strips the TimeML tags inside <TEXT>, keeping the TIMEX3 spans as offsets into the plain text. */
function readTml(file: string): Doc | null {
  const xml = readFileSync(file, 'utf8');
  const dct = /<DCT>\s*<TIMEX3[^>]*value="([^"]+)"/.exec(xml)?.[1];
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1];
  if (!dct || body === undefined) return null;
  let text = '';
  const gold: Gold[] = [];
  let open: { start: number; value: string; type: string } | null = null;
  const re = /<(\/?)([A-Z0-9]+)([^>]*)>|([^<]+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) {
    if (m[4] !== undefined) {
      text += decode(m[4]);
      continue;
    }
    if (m[2] !== 'TIMEX3') continue;
    if (m[1]) {
      if (open) gold.push({ start: open.start, end: text.length, value: open.value, type: open.type, text: text.slice(open.start) });
      open = null;
    } else {
      const value = /value="([^"]*)"/.exec(m[3]!)?.[1] ?? '';
      const type = /type="([^"]*)"/.exec(m[3]!)?.[1] ?? '';
      open = { start: text.length, value, type };
    }
  }
  return { id: path.basename(file), dct: dct.slice(0, 10), text, gold };
}

function formatChrono(r: chrono.ParsedResult): string {
  const c = r.start;
  const y = c.get('year')!;
  const mo = String(c.get('month')).padStart(2, '0');
  const d = String(c.get('day')).padStart(2, '0');
  if (c.isCertain('day') || c.isCertain('weekday')) {
    if (c.isCertain('hour')) return `${y}-${mo}-${d}T${String(c.get('hour')).padStart(2, '0')}:${String(c.get('minute') ?? 0).padStart(2, '0')}`;
    return `${y}-${mo}-${d}`;
  }
  if (c.isCertain('month')) return `${y}-${mo}`;
  if (c.isCertain('year')) return String(y);
  if (c.isCertain('hour')) return `${y}-${mo}-${d}T${String(c.get('hour')).padStart(2, '0')}:${String(c.get('minute') ?? 0).padStart(2, '0')}`;
  return `${y}-${mo}-${d}`;
}

function chronoFind(doc: Doc): Found[] {
  const [y, m, d] = doc.dct.split('-').map(Number);
  const ref = new Date(Date.UTC(y!, m! - 1, d!, 12));
  return chrono.parse(doc.text, { instant: ref, timezone: 0 }).map((r) => ({
    start: r.index,
    end: r.index + r.text.length,
    value: formatChrono(r),
    text: r.text,
  }));
}

function oursFind(doc: Doc): Found[] {
  return findTimexes(doc.text, splitSimpleSentences(doc.text), doc.dct).map((t) => ({ start: t.start, end: t.end, value: t.value, text: t.text }));
}

interface Score {
  system: number;
  gold: number;
  overlapping: number;
  correct: number;
  correctGold: number;
}

function score(docs: readonly Doc[], find: (d: Doc) => Found[], errors: string[] | null): Score {
  const s: Score = { system: 0, gold: 0, overlapping: 0, correct: 0, correctGold: 0 };
  for (const doc of docs) {
    const found = find(doc);
    s.system += found.length;
    s.gold += doc.gold.length;
    const goldHit = new Set<number>();
    for (const f of found) {
      const over = doc.gold.filter((g) => g.start < f.end && f.start < g.end);
      if (over.length === 0) {
        if (errors) errors.push(`${doc.id}\tEXTRA\t${JSON.stringify(f.text)}\t${f.value}`);
        continue;
      }
      s.overlapping++;
      const ok = over.find((g) => g.value === f.value);
      if (ok) {
        s.correct++;
        goldHit.add(doc.gold.indexOf(ok));
      } else if (errors) errors.push(`${doc.id}\tVALUE\t${JSON.stringify(f.text)}\t${f.value}\tgold ${JSON.stringify(over[0]!.text)} ${over[0]!.value} (dct ${doc.dct})`);
    }
    s.correctGold += goldHit.size;
    if (errors) {
      for (const g of doc.gold) {
        if (!found.some((f) => g.start < f.end && f.start < g.end)) errors.push(`${doc.id}\tMISSED\t${JSON.stringify(g.text)}\t${g.type} ${g.value}`);
      }
    }
  }
  return s;
}

function report(name: string, s: Score): void {
  const p = s.correct / s.system;
  const r = s.correctGold / s.gold;
  const f1 = (2 * p * r) / (p + r);
  const acc = s.correct / s.overlapping;
  const spanP = s.overlapping / s.system;
  console.log(
    `${name.padEnd(12)} P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f1.toFixed(3)}  | value accuracy on overlapping ${acc.toFixed(3)} (${s.correct}/${s.overlapping})  span precision ${spanP.toFixed(3)}  found ${s.system} gold ${s.gold}`,
  );
}

function main(): void {
  if (!existsSync(dataDir)) {
    console.log(`no data at ${dataDir}: skipped`);
    return;
  }
  const files: string[] = [];
  for (const sub of ['TimeBank', 'AQUAINT']) {
    const dir = path.join(dataDir, sub);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) if (f.endsWith('.tml')) files.push(path.join(dir, f));
  }
  const limit = argOf('--limit');
  const docs = (limit ? files.slice(0, limit) : files).map(readTml).filter((d): d is Doc => d !== null);
  const nErrors = argOf('--errors');
  const errors: string[] | null = nErrors ? [] : null;
  const bytes = docs.reduce((n, d) => n + d.text.length, 0);
  console.log(`TBAQ-cleaned: ${docs.length} documents, ${docs.reduce((n, d) => n + d.gold.length, 0)} gold TIMEX3 (DCT excluded), ${(bytes / 1e6).toFixed(2)} MB`);
  const t0 = performance.now();
  const ours = score(docs, oursFind, errors);
  const t1 = performance.now();
  const base = score(docs, chronoFind, null);
  report('chrono-node', base);
  report('triangulate', ours);
  console.log(`speed: ${(bytes / 1e6 / ((t1 - t0) / 1000)).toFixed(2)} MB/s (time expressions only, incl. scoring)`);
  if (errors) {
    for (const e of errors.slice(0, nErrors!)) console.log(e);
  }
}

main();
