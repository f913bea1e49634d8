import { ELK_EDGE_LIMIT, ELK_NODE_LIMIT, type LayoutRequest, type LayoutResponse } from './layout-protocol';

// Runs layouts in workers: ELK's for graphs small enough for it, the quick layout's
// otherwise. A worker stays alive and warm: a layout no longer wanted (the graph
// changed meanwhile) is left to finish and its result dropped, since starting ELK cold
// costs seconds on a loaded laptop; only a request still waiting is dropped unsent,
// so at most one runs and one waits per worker. Cancel (the user's, for a layout that
// takes too long) terminates the worker; the next layout starts a fresh one.

type Engine = 'elk' | 'quick';
type Done = Extract<LayoutResponse, { ok: true }>;

interface Job {
  request: LayoutRequest;
  resolve(result: Done): void;
  reject(error: Error): void;
  /** No longer wanted: its result, when it comes, is dropped. */
  dropped: boolean;
}

interface EngineWorker {
  worker: Worker;
  running?: Job;
  waiting?: Job;
}

const engines: Partial<Record<Engine, EngineWorker>> = {};
let nextId = 1;

const aborted = () => new DOMException('Layout cancelled', 'AbortError');

function start(engine: Engine): EngineWorker {
  // Literal URLs, so the bundler finds and builds each worker.
  const worker =
    engine === 'elk' ? new Worker(new URL('./layout-elk.worker.ts', import.meta.url), { type: 'module' }) : new Worker(new URL('./layout-quick.worker.ts', import.meta.url), { type: 'module' });
  const state: EngineWorker = { worker };
  worker.addEventListener('message', (event: MessageEvent<LayoutResponse>) => {
    const job = state.running;
    if (!job || event.data.id !== job.request.id) return;
    state.running = undefined;
    if (!job.dropped) {
      if (event.data.ok) job.resolve(event.data);
      else job.reject(new Error(event.data.error));
    }
    sendNext(state);
  });
  worker.addEventListener('error', (e) => {
    state.running?.reject(new Error(e.message));
    state.running = undefined;
    sendNext(state);
  });
  return state;
}

function sendNext(state: EngineWorker): void {
  if (state.running || !state.waiting) return;
  state.running = state.waiting;
  state.waiting = undefined;
  state.worker.postMessage(state.running.request);
}

function engineWorker(engine: Engine): EngineWorker {
  return (engines[engine] ??= start(engine));
}

/** Starts the small quick-layout worker early (while the estate loads), so the first graph does not wait for it. */
export function prewarmLayoutWorker(): void {
  engineWorker('quick');
}

/**
 * Loads and compiles ELK in its worker with a two-node layout, for an estate small
 * enough to be laid out by it: the first graph then does not wait seconds for it. Not
 * for large estates, whose graph never uses ELK and whose opening it would slow.
 */
export function prewarmElk(): void {
  if (engines.elk) return;
  const warm = runLayout(
    {
      nodes: [
        { id: 'a', width: 10, height: 10 },
        { id: 'b', width: 10, height: 10 },
      ],
      groups: [],
      edges: [{ id: 'e', source: 'a', target: 'b' }],
    },
    'elk',
  );
  warm.result.catch(() => undefined); // a real layout may take its place
}

export function engineFor(request: Omit<LayoutRequest, 'id'>): Engine {
  return request.nodes.length <= ELK_NODE_LIMIT && request.edges.length <= ELK_EDGE_LIMIT ? 'elk' : 'quick';
}

export interface RunningLayout {
  result: Promise<Done>;
  /** Not wanted any more: dropped if still waiting, else left to finish with its result ignored. */
  abandon(): void;
  /** Stop it now (the user's Cancel): the worker is terminated. */
  cancel(): void;
}

export function runLayout(request: Omit<LayoutRequest, 'id'>, engine: Engine = engineFor(request)): RunningLayout {
  const state = engineWorker(engine);
  let job!: Job;
  const result = new Promise<Done>((resolve, reject) => {
    job = { request: { ...request, id: nextId++ }, resolve, reject, dropped: false };
  });
  // A newer request takes the place of one still waiting: only the latest graph matters.
  if (state.waiting) abandonJob(state, state.waiting);
  state.waiting = job;
  sendNext(state);
  return {
    result,
    abandon: () => abandonJob(state, job),
    cancel: () => {
      abandonJob(state, job);
      if (engines[engine] !== state) return;
      state.worker.terminate();
      delete engines[engine];
      if (state.waiting) abandonJob(state, state.waiting);
    },
  };
}

function abandonJob(state: EngineWorker, job: Job): void {
  if (job.dropped) return;
  job.dropped = true;
  if (state.waiting === job) state.waiting = undefined;
  job.reject(aborted());
}
