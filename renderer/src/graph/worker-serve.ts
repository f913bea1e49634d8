/// <reference lib="webworker" />
import type { LayoutRequest, LayoutResponse } from './layout-protocol';

type Result = Omit<Extract<LayoutResponse, { ok: true }>, 'id' | 'ok' | 'ms'>;

/** Answers layout requests in a worker with `layout`, timing each one. */
export function serveLayouts(layout: (request: LayoutRequest) => Result | Promise<Result>): void {
  self.onmessage = (event: MessageEvent<LayoutRequest>) => {
    const started = performance.now();
    Promise.resolve()
      .then(() => layout(event.data))
      .then(
        (result) => self.postMessage({ id: event.data.id, ok: true, ...result, ms: performance.now() - started } satisfies LayoutResponse),
        (error: unknown) => self.postMessage({ id: event.data.id, ok: false, error: error instanceof Error ? error.message : String(error) } satisfies LayoutResponse),
      );
  };
}
