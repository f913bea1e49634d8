import { ELK_EDGE_LIMIT, ELK_NODE_LIMIT, type LayoutRequest, type LayoutResponse } from './layout-protocol';

// Runs layouts in workers: ELK's for graphs small enough for it, the quick layout's
// otherwise. Cancelling terminates the worker (ELK cannot be interrupted otherwise);
// the next layout starts a fresh one.

type Engine = 'elk' | 'quick';
const workers: Partial<Record<Engine, Worker>> = {};
let nextId = 1;

function workerFor(engine: Engine): Worker {
  // Literal URLs, so the bundler finds and builds each worker.
  workers[engine] ??=
    engine === 'elk' ? new Worker(new URL('./layout-elk.worker.ts', import.meta.url), { type: 'module' }) : new Worker(new URL('./layout-quick.worker.ts', import.meta.url), { type: 'module' });
  return workers[engine] as Worker;
}

/** Starts the small quick-layout worker early (while the estate loads), so the first graph does not wait for it. */
export function prewarmLayoutWorker(): void {
  workerFor('quick');
}

export function engineFor(request: Omit<LayoutRequest, 'id'>): Engine {
  return request.nodes.length <= ELK_NODE_LIMIT && request.edges.length <= ELK_EDGE_LIMIT ? 'elk' : 'quick';
}

export interface RunningLayout {
  result: Promise<Extract<LayoutResponse, { ok: true }>>;
  cancel(): void;
}

export function runLayout(request: Omit<LayoutRequest, 'id'>, engine: Engine = engineFor(request)): RunningLayout {
  const id = nextId++;
  const w = workerFor(engine);
  let cancel = () => undefined as void;
  const result = new Promise<Extract<LayoutResponse, { ok: true }>>((resolve, reject) => {
    const onMessage = (event: MessageEvent<LayoutResponse>) => {
      if (event.data.id !== id) return;
      w.removeEventListener('message', onMessage);
      if (event.data.ok) resolve(event.data);
      else reject(new Error(event.data.error));
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', (e) => reject(new Error(e.message)), { once: true });
    cancel = () => {
      w.removeEventListener('message', onMessage);
      w.terminate();
      delete workers[engine];
      reject(new DOMException('Layout cancelled', 'AbortError'));
    };
  });
  w.postMessage({ ...request, id } satisfies LayoutRequest);
  return { result, cancel: () => cancel() };
}
