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
  /** Boxes drawn left to right in the order given (waves, environments), each laid out on its own. */
  boxesInOrder?: boolean;
}

export type LayoutResponse =
  | { id: number; ok: true; positions: Record<string, { x: number; y: number }>; sizes: Record<string, { width: number; height: number }>; engine: 'elk' | 'quick'; ms: number }
  | { id: number; ok: false; error: string };

/**
 * Beyond these sizes ELK's layered layout takes seconds (measured in `npm run bench`:
 * 19 s for 334 nodes and 2,833 edges, 1.5 s for 334 and 600); the quick layered
 * layout takes milliseconds at any size.
 */
export const ELK_NODE_LIMIT = 200;
export const ELK_EDGE_LIMIT = 400;
