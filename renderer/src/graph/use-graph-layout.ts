import { useEffect, useRef, useState } from 'react';
import { extendLayout, type LaidOut, type LayoutShape } from '../../../shared/graph/incremental-layout';
import type { GraphModel } from '../../../shared/graph/view-model';
import { SYSTEM_NODE, WORKLOAD_NODE } from '../../../shared/graph/view-model';
import { runLayout, type RunningLayout } from './layout-client';
import type { LayoutRequest } from './layout-protocol';

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

type Done = LaidOut & { key: string; generation: number };
type Stopped = { key: string; error?: string }; // cancelled (no error) or failed

/** Layouts already made, by layout key: going back to a grouping, or an undo, finds its picture again. */
const made = new Map<string, LaidOut>();
const MADE_LIMIT = 12;

function remember(layoutKey: string, layout: LaidOut): void {
  made.delete(layoutKey);
  made.set(layoutKey, layout);
  if (made.size > MADE_LIMIT) made.delete(made.keys().next().value as string);
}

function shapeOf(model: GraphModel): Omit<LayoutRequest, 'id' | 'boxesInOrder'> {
  return {
    nodes: model.nodes.map((n) => ({
      id: n.id,
      ...(n.kind === 'system' ? SYSTEM_NODE : WORKLOAD_NODE),
      ...(n.kind === 'workload' && n.parent ? { parent: n.parent } : {}),
    })),
    groups: model.groups,
    edges: model.edges.map((e) => ({ id: e.id, source: e.source, target: e.target })),
  };
}

const parentsOf = (shape: LayoutShape) => Object.fromEntries(shape.nodes.map((n) => [n.id, n.parent]));

/**
 * The model's layout. When its layout key changes after an edit, the picture the room
 * is looking at stays: a layout made before for the same key is reused, and otherwise
 * the nodes still there keep their place and the new ones are placed beside their
 * neighbours (incremental-layout.ts). A worker lays the graph out afresh only the first
 * time, when too much changed, or on "Re-layout" (`generation` bumped); the previous
 * layout stays on screen meanwhile.
 */
export function useGraphLayout(model: GraphModel, generation: number): LayoutState {
  const [done, setDone] = useState<Done>({ key: '', generation, positions: {}, sizes: {}, parents: {} });
  const [stopped, setStopped] = useState<Stopped | null>(null);
  const running = useRef<RunningLayout | undefined>(undefined);
  const key = `${model.layoutKey}#${generation}`;

  // Kept from the picture on screen, decided while rendering (so the canvas never shows
  // a frame of the old layout for the new graph); once per key.
  const [tried, setTried] = useState('');
  if (done.key !== key && tried !== key) {
    setTried(key);
    const relayout = done.generation !== generation;
    const kept = relayout ? null : (made.get(model.layoutKey) ?? (done.key === '' ? null : extendLayout(done, shapeOf(model))));
    if (kept) {
      remember(model.layoutKey, kept);
      setDone({ ...kept, key, generation });
    }
  }

  useEffect(() => {
    if (done.key === key) return;
    const shape = shapeOf(model);
    const layout = runLayout({ ...shape, boxesInOrder: model.boxesInOrder });
    running.current = layout;
    layout.result.then(
      (result) => {
        const laidOut = { positions: result.positions, sizes: result.sizes, parents: parentsOf(shape) };
        remember(model.layoutKey, laidOut);
        setDone({ ...laidOut, key, generation });
      },
      (error: unknown) => {
        const cancelled = error instanceof DOMException && error.name === 'AbortError';
        setStopped({ key, error: cancelled ? undefined : String(error instanceof Error ? error.message : error) });
      },
    );
    return () => {
      if (running.current === layout) running.current = undefined;
      layout.abandon();
    };
    // The model's content is captured by its layout key: recompute only when that changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const ready = done.key === key;
  const halted = !ready && stopped?.key === key ? stopped : undefined;
  const status = ready || (halted && !halted.error) ? 'idle' : halted ? 'failed' : 'running';
  const cancel = status === 'running' ? () => running.current?.cancel() : undefined;
  return { key: done.key, positions: done.positions, sizes: done.sizes, ready, status, error: halted?.error, cancel };
}
