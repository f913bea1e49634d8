// Messages between the graph view and its layout worker.

export interface LayoutNode {
  id: string;
  width: number;
  height: number;
  /** The group box it sits in, if the view is grouped. */
  parent?: string;
}

export interface LayoutRequest {
  id: number;
  nodes: LayoutNode[];
  groups: { id: string }[];
  edges: { id: string; source: string; target: string }[];
}

export type LayoutResponse =
  | { id: number; ok: true; positions: Record<string, { x: number; y: number }>; sizes: Record<string, { width: number; height: number }>; engine: 'elk' | 'quick'; ms: number }
  | { id: number; ok: false; error: string };

/** Above this many nodes the full layered layout takes seconds; the quick one takes milliseconds. */
export const ELK_NODE_LIMIT = 600;
