// The options of ELK's layered layout for the graph view (and the benchmark that times
// it directly): consumers on the left, providers to their right (nodes are wide, so
// layers as columns read far better on a laptop than layers as rows).
//
// Chosen for speed on a workshop laptop under load: thoroughness 1 and no greedy-switch
// pass lay out the 190-node graph about twice as fast as ELK's defaults (measured with
// elkjs 0.12 in `npm run bench`), with crossings a person does not tell apart at this
// size; Brandes-Köpf keeps long edges straight.
export const ELK_OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.layered.spacing.nodeNodeBetweenLayers': '90',
  'elk.spacing.nodeNode': '22',
  'elk.spacing.componentComponent': '60',
  'elk.separateConnectedComponents': 'true',
  'elk.aspectRatio': '1.6',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
  'elk.layered.thoroughness': '1',
  'elk.layered.crossingMinimization.greedySwitch.type': 'OFF',
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
} as const;
