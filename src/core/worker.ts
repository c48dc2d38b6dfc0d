import { parentPort } from 'node:worker_threads';
import { createDoc } from './document.ts';
import type { DocStage, StageContext } from './stage.ts';
import { runDocStages } from './pipeline.ts';
import type { FromWorker, ToWorker } from './worker-pool.ts';

interface StagesModule {
  createDocStages(): DocStage[];
}

const port = parentPort;
if (!port) throw new Error('worker.ts must run in a worker thread');

let stages: DocStage[] = [];
let context: StageContext = { options: {} };

port.on('message', (msg: ToWorker) => {
  void handle(msg).catch((err: unknown) => {
    port.postMessage({ type: 'fatal', message: err instanceof Error ? err.message : String(err) } satisfies FromWorker);
  });
});

async function handle(msg: ToWorker): Promise<void> {
  if (msg.type === 'init') {
    const mod = (await import(msg.stagesModule)) as StagesModule;
    stages = mod.createDocStages();
    context = msg.context;
    port!.postMessage({ type: 'ready' } satisfies FromWorker);
  } else if (msg.type === 'batch') {
    const docs = [];
    for (const raw of msg.raws) docs.push(await runDocStages(createDoc(raw), stages, context));
    port!.postMessage({ type: 'done', offset: msg.offset, docs } satisfies FromWorker);
  } else {
    port!.close();
  }
}
