// The GVA incidents (../shared/datasets/gva-incidents) told by two or more articles: what the
// reconciled-count evaluation (reconcile.ts) and the timeline proxy (timeline.ts --gva) both read.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { RawDocument } from '../../src/core/index.ts';

export interface GvaArticle {
  incident_id: string;
  id: string;
  title: string;
  dct: string;
  content: string;
}

/** An incident's record in incidents.json (the fields the evaluations read). */
export interface GvaIncident {
  date: string;
  num_killed: number;
  num_injured: number;
}

export interface GvaMultiArticle {
  /** Incident id and its articles, in the order of articles.jsonl; only incidents incidents.json has. */
  incidents: [string, GvaArticle[]][];
  truth: Record<string, GvaIncident>;
  /** Every article of those incidents, as the pipeline's input: title, a blank line, the text. */
  raws: RawDocument[];
}

/** The incidents with 2+ articles (the first `limit` of them), or null when the data set is absent from `dir`. */
export function loadGvaMultiArticle(dir: string, limit = Number.POSITIVE_INFINITY): GvaMultiArticle | null {
  if (!existsSync(dir)) return null;
  const truth = JSON.parse(readFileSync(path.join(dir, 'incidents.json'), 'utf8')) as Record<string, GvaIncident>;
  const byIncident = new Map<string, GvaArticle[]>();
  for (const line of readFileSync(path.join(dir, 'articles.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const a = JSON.parse(line) as GvaArticle;
    const list = byIncident.get(a.incident_id);
    if (list) list.push(a);
    else byIncident.set(a.incident_id, [a]);
  }
  const incidents = [...byIncident].filter(([id, list]) => list.length >= 2 && truth[id]).slice(0, limit);
  const raws: RawDocument[] = incidents.flatMap(([, list]) =>
    list.map((a) => {
      const text = `${a.title}\n\n${a.content}`;
      return { id: a.id, source: a.id, format: 'text' as const, raw: text, text, hints: { published: a.dct, title: a.title }, flags: [], removed: [] };
    }),
  );
  return { incidents, truth, raws };
}
