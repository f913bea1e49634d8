import { ESTATE_SETTINGS, SETTING_NAMES } from '../estate/estate-settings.js';
import type { Dependency } from '../domain/dependency.js';
import type { Workload } from '../domain/workload.js';
import { DEPENDENCY_FIELD_ORDER, type EstateText, isBlankDependencyField, isBlankField, TEXT_FORMAT, WORKLOAD_FIELD_ORDER, workloadsInOrder } from './text-form.js';
import { writeScenarios } from './write-scenarios.js';
import { yamlBlock, yamlFlow, yamlNumber, yamlString } from './yaml-scalar.js';

// The estate as its canonical text (YAML): the same estate always gives the same text,
// one workload and one dependency per block, every field on its own line in a fixed
// order, settings then scenarios last, nothing derived (no findings, waves or costs).

const HEADER = [
  '# A Waveplan estate in its text form: one workload and one dependency per block, one field a line.',
  '# Blank fields are left out. Plans, findings and costs are not stored: Waveplan works them out again.',
];

function writeWorkload(w: Workload, position: number, lines: string[]): void {
  lines.push(`  - id: ${yamlString(w.id)}`);
  lines.push(`    position: ${yamlNumber(position)}`);
  for (const field of WORKLOAD_FIELD_ORDER) {
    const value = w[field];
    if (isBlankField(field, value)) continue;
    lines.push(`    ${field}: ${yamlFlow(value)}`);
  }
}

function writeDependency(d: Dependency, lines: string[]): void {
  lines.push(`  - id: ${yamlString(d.id)}`);
  for (const field of DEPENDENCY_FIELD_ORDER) {
    const value = d[field];
    if (isBlankDependencyField(field, value)) continue;
    lines.push(`    ${field}: ${yamlFlow(value)}`);
  }
}

/** The estate's text. Workloads in list order with their positions, dependencies in the estate's order. */
export function writeEstateYaml(estate: EstateText): string {
  const lines = [...HEADER, `format: ${TEXT_FORMAT}`, `name: ${yamlString(estate.name)}`];
  const workloads = workloadsInOrder(estate);
  lines.push(workloads.length ? 'workloads:' : 'workloads: []');
  workloads.forEach((w, i) => writeWorkload(w, Object.hasOwn(estate.positions, w.id) ? estate.positions[w.id]! : i + 1, lines));
  lines.push(estate.dependencies.length ? 'dependencies:' : 'dependencies: []');
  for (const d of estate.dependencies) writeDependency(d, lines);
  // Graph positions by workload, in list order: one line each.
  const placed = workloads.filter((w) => Object.hasOwn(estate.nodePositions, w.id));
  lines.push(placed.length ? 'nodePositions:' : 'nodePositions: {}');
  for (const w of placed) {
    const p = estate.nodePositions[w.id]!;
    lines.push(`  ${yamlString(w.id)}: { x: ${yamlNumber(p.x)}, y: ${yamlNumber(p.y)} }`);
  }
  lines.push('settings:');
  // Through its schema first: that gives its fields one order (the schema's, and an enum's
  // for a table by kind), whichever way the value was made (a stored setting, the defaults).
  for (const name of SETTING_NAMES) yamlBlock(name, ESTATE_SETTINGS[name].schema.parse(estate[name]), 2, lines);
  writeScenarios(estate, workloads, lines);
  return lines.join('\n') + '\n';
}
