// Strongly connected components of a small integer graph given as out-lists (Tarjan,
// iterative so a long chain cannot overflow the stack). The planner uses it over move
// units; findCycles (cycles.ts) does the same over the estate's own index.

/** Each node's component number; components come out in reverse topological order. */
export function stronglyConnected(count: number, out: readonly (readonly number[])[]): { component: Int32Array; components: number } {
  const order = new Int32Array(count).fill(-1);
  const low = new Int32Array(count);
  const component = new Int32Array(count).fill(-1);
  const onStack = new Uint8Array(count);
  const stack = new Int32Array(count);
  const frames = new Int32Array(count);
  const next = new Int32Array(count);
  let stackTop = 0;
  let counter = 0;
  let components = 0;
  for (let root = 0; root < count; root++) {
    if (order[root] !== -1) continue;
    let depth = 0;
    frames[depth++] = root;
    order[root] = low[root] = counter++;
    stack[stackTop++] = root;
    onStack[root] = 1;
    while (depth > 0) {
      const v = frames[depth - 1] as number;
      const edges = out[v] ?? [];
      const k = next[v] as number;
      if (k < edges.length) {
        next[v] = k + 1;
        const w = edges[k] as number;
        if (order[w] === -1) {
          order[w] = low[w] = counter++;
          stack[stackTop++] = w;
          onStack[w] = 1;
          frames[depth++] = w;
        } else if (onStack[w] && (order[w] as number) < (low[v] as number)) low[v] = order[w] as number;
        continue;
      }
      depth--;
      if (depth > 0) {
        const parent = frames[depth - 1] as number;
        if ((low[v] as number) < (low[parent] as number)) low[parent] = low[v] as number;
      }
      if (low[v] === order[v]) {
        let w: number;
        do {
          w = stack[--stackTop] as number;
          onStack[w] = 0;
          component[w] = components;
        } while (w !== v);
        components++;
      }
    }
  }
  return { component, components };
}
