// A layered layout in linear time, for graphs too large for the full layout engine
// (the collapsed view of a 10,000-workload estate). Consumers sit left of providers,
// as in the full layout: each node's layer (column) counts the longest chain of
// providers it stands on; a column taller than the limit wraps into a new column.

export interface QuickLayoutInput {
  nodes: { id: string; width: number; height: number }[];
  edges: { source: string; target: string }[]; // source consumes target
}

export function quickLayeredLayout(input: QuickLayoutInput, options = { gapX: 90, gapY: 22, maxColumnHeight: 4000 }): Map<string, { x: number; y: number }> {
  const index = new Map(input.nodes.map((n, i) => [n.id, i]));
  const providers: number[][] = input.nodes.map(() => []);
  // How many providers of each node are not placed yet.
  const consumersLeft = new Array<number>(input.nodes.length).fill(0);
  for (const e of input.edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s === undefined || t === undefined || s === t) continue;
    (providers[t] as number[]).push(s); // walk from providers up to their consumers
    consumersLeft[s] = (consumersLeft[s] ?? 0) + 1;
  }
  // Kahn's algorithm upwards: workloads that depend on nothing are depth 0, and each
  // consumer is one deeper than its deepest provider.
  const depth = new Array<number>(input.nodes.length).fill(0);
  const queue: number[] = [];
  consumersLeft.forEach((n, i) => n === 0 && queue.push(i));
  for (let q = 0; q < queue.length; q++) {
    const at = queue[q] as number;
    for (const consumer of providers[at] as number[]) {
      depth[consumer] = Math.max(depth[consumer] as number, (depth[at] as number) + 1);
      consumersLeft[consumer] = (consumersLeft[consumer] as number) - 1;
      if (consumersLeft[consumer] === 0) queue.push(consumer);
    }
  }
  // Nodes on cycles never empty their count: they keep the deepest layer reached so far.
  const maxDepth = Math.max(0, ...depth);
  const columns = new Map<number, number[]>();
  input.nodes.forEach((_, i) => {
    const layer = maxDepth - (depth[i] as number); // consumers on the left
    columns.set(layer, [...(columns.get(layer) ?? []), i]);
  });
  const positions = new Map<string, { x: number; y: number }>();
  let x = 0;
  for (const layer of [...columns.keys()].sort((a, b) => a - b)) {
    let y = 0;
    let columnWidth = 0;
    for (const i of columns.get(layer) as number[]) {
      const node = input.nodes[i] as QuickLayoutInput['nodes'][number];
      if (y > 0 && y + node.height > options.maxColumnHeight) {
        y = 0;
        x += columnWidth + options.gapX / 3;
        columnWidth = 0;
      }
      positions.set(node.id, { x, y });
      y += node.height + options.gapY;
      columnWidth = Math.max(columnWidth, node.width);
    }
    x += columnWidth + options.gapX;
  }
  return positions;
}
