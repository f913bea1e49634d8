import { useEffect, useState } from 'react';
import { runLayout, type RunningLayout } from './layout-client';
import type { LayoutNode } from './layout-protocol';
import { SYSTEM_NODE, WORKLOAD_NODE, type GraphModel } from '../../../shared/graph/view-model';

export interface LayoutState {
  key: string;
  positions: Record<string, { x: number; y: number }>;
  sizes: Record<string, { width: number; height: number }>;
  status: 'idle' | 'running' | 'failed';
  engine?: 'elk' | 'quick';
  ms?: number;
  error?: string;
  started?: number;
  cancel?: () => void;
}

/**
 * Lays the model out in the worker whenever its layout key changes (or `generation`
 * is bumped by "Re-layout"); the previous layout stays on screen meanwhile.
 */
export function useGraphLayout(model: GraphModel, generation: number): LayoutState {
  const [state, setState] = useState<LayoutState>({ key: '', positions: {}, sizes: {}, status: 'idle' });
  const key = `${model.layoutKey}#${generation}`;

  useEffect(() => {
    const nodes: LayoutNode[] = model.nodes.map((n) => ({
      id: n.id,
      ...(n.kind === 'system' ? SYSTEM_NODE : WORKLOAD_NODE),
      ...(n.kind === 'workload' && n.parent ? { parent: n.parent } : {}),
    }));
    const edges = model.edges.map((e) => ({ id: e.id, source: e.source, target: e.target }));
    let running: RunningLayout | undefined = runLayout({ nodes, groups: model.groups, edges });
    const started = performance.now();
    // Reported from the worker's promise, not set synchronously here: the effect only starts work.
    queueMicrotask(() => running && setState((s) => ({ ...s, status: 'running', started, cancel: running?.cancel })));
    running.result.then(
      (result) => {
        running = undefined;
        setState({ key, positions: result.positions, sizes: result.sizes, status: 'idle', engine: result.engine, ms: result.ms });
      },
      (error: unknown) => {
        const cancelled = error instanceof DOMException && error.name === 'AbortError';
        running = undefined;
        setState((s) => ({ ...s, status: cancelled ? 'idle' : 'failed', error: cancelled ? undefined : String(error instanceof Error ? error.message : error), cancel: undefined }));
      },
    );
    return () => running?.cancel();
    // The model's content is captured by its layout key: recompute only when that changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  return state;
}
