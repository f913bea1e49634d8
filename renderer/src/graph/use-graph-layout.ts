import { useEffect, useRef, useState } from 'react';
import type { GraphModel } from '../../../shared/graph/view-model';
import { SYSTEM_NODE, WORKLOAD_NODE } from '../../../shared/graph/view-model';
import { runLayout, type RunningLayout } from './layout-client';
import type { LayoutNode } from './layout-protocol';

export interface LayoutState {
  /** The layout key the positions belong to ('' before the first layout). */
  key: string;
  positions: Record<string, { x: number; y: number }>;
  sizes: Record<string, { width: number; height: number }>;
  /** The positions are those of the model as it is now. */
  ready: boolean;
  status: 'idle' | 'running' | 'failed';
  error?: string;
  cancel?: () => void;
}

type Done = Pick<LayoutState, 'key' | 'positions' | 'sizes'>;
type Stopped = { key: string; error?: string }; // cancelled (no error) or failed

/**
 * Lays the model out in a worker whenever its layout key changes (or `generation`
 * is bumped by "Re-layout"); the previous layout stays on screen meanwhile.
 */
export function useGraphLayout(model: GraphModel, generation: number): LayoutState {
  const [done, setDone] = useState<Done>({ key: '', positions: {}, sizes: {} });
  const [stopped, setStopped] = useState<Stopped | null>(null);
  const running = useRef<RunningLayout | undefined>(undefined);
  const key = `${model.layoutKey}#${generation}`;

  useEffect(() => {
    const nodes: LayoutNode[] = model.nodes.map((n) => ({
      id: n.id,
      ...(n.kind === 'system' ? SYSTEM_NODE : WORKLOAD_NODE),
      ...(n.kind === 'workload' && n.parent ? { parent: n.parent } : {}),
    }));
    const edges = model.edges.map((e) => ({ id: e.id, source: e.source, target: e.target }));
    const layout = runLayout({ nodes, groups: model.groups, edges });
    running.current = layout;
    layout.result.then(
      (result) => setDone({ key, positions: result.positions, sizes: result.sizes }),
      (error: unknown) => {
        const cancelled = error instanceof DOMException && error.name === 'AbortError';
        setStopped({ key, error: cancelled ? undefined : String(error instanceof Error ? error.message : error) });
      },
    );
    return () => {
      if (running.current === layout) running.current = undefined;
      layout.cancel();
    };
    // The model's content is captured by its layout key: recompute only when that changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const ready = done.key === key;
  const halted = !ready && stopped?.key === key ? stopped : undefined;
  const status = ready || (halted && !halted.error) ? 'idle' : halted ? 'failed' : 'running';
  const cancel = status === 'running' ? () => running.current?.cancel() : undefined;
  return { ...done, ready, status, error: halted?.error, cancel };
}
