import type { LayoutRequest, LayoutResponse } from './layout-protocol';

// Runs layouts in a worker. Cancelling terminates the worker (ELK cannot be
// interrupted otherwise); the next layout starts a fresh one.

let worker: Worker | undefined;
let nextId = 1;

function getWorker(): Worker {
  worker ??= new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  return worker;
}

export interface RunningLayout {
  result: Promise<Extract<LayoutResponse, { ok: true }>>;
  cancel(): void;
}

export function runLayout(request: Omit<LayoutRequest, 'id'>): RunningLayout {
  const id = nextId++;
  const w = getWorker();
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
      worker = undefined;
      reject(new DOMException('Layout cancelled', 'AbortError'));
    };
  });
  w.postMessage({ ...request, id } satisfies LayoutRequest);
  return { result, cancel: () => cancel() };
}
