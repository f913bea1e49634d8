import { type Document, isMap, isScalar, LineCounter, parseDocument, visit } from 'yaml';
import type { z } from 'zod';
import { DependencySchema, type Dependency } from '../domain/dependency.js';
import { WorkloadSchema, type Workload } from '../domain/workload.js';
import { EstateNameSchema, NodePositionSchema } from '../estate/estate.js';
import { ESTATE_SETTINGS, SETTING_NAMES, type EstateSettings, type SettingName } from '../estate/estate-settings.js';
import { readScenarios } from './read-scenarios.js';
import { shownName } from '../text/shown-name.js';
import { sameValue } from './same-value.js';
import { EstateTextError, plainMessage, TextLines, type TextProblem } from './text-problems.js';
import { foreignTags, valueOf, yamlMessage } from './yaml-guards.js';
import { blankValue, DEPENDENCY_FIELD_ORDER, type EstateText, TEXT_FORMAT, WORKLOAD_FIELD_ORDER } from './text-form.js';

// Reads an estate's text form back, refusing anything it does not know: a key it does
// not expect, a value the contract's schemas refuse, an id twice, a dependency or a graph
// position for a workload that is not there. Every problem names its line and field.

type Path = (string | number)[];
type Raw = Record<string, unknown>;

const TOP_KEYS = ['format', 'name', 'workloads', 'dependencies', 'nodePositions', 'settings', 'baselineName', 'scenarios'];
const WORKLOAD_KEYS = new Set<string>(['id', 'position', ...WORKLOAD_FIELD_ORDER]);
const DEPENDENCY_KEYS = new Set<string>(['id', ...DEPENDENCY_FIELD_ORDER]);

// A key or id from the text as a message shows it: no control or direction characters, at most 80 characters.
const shown = (text: string) => shownName(text);

const isRecord = (x: unknown): x is Raw => typeof x === 'object' && x !== null && !Array.isArray(x);
const pathText = (path: readonly PropertyKey[]) =>
  path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');

/** The first key in `raw` that the schema dropped from `parsed`: an unknown key, at any depth. */
function unknownKey(raw: unknown, parsed: unknown, path: Path): { path: Path; key: string } | null {
  if (isRecord(raw) && isRecord(parsed)) {
    for (const key of Object.keys(raw)) {
      if (!Object.hasOwn(parsed, key)) return { path, key };
      const deeper = unknownKey(raw[key], parsed[key], [...path, key]);
      if (deeper) return deeper;
    }
  } else if (Array.isArray(raw) && Array.isArray(parsed)) {
    for (let i = 0; i < raw.length; i++) {
      const deeper = unknownKey(raw[i], parsed[i], [...path, i]);
      if (deeper) return deeper;
    }
  }
  return null;
}

class TextReader {
  readonly problems: TextProblem[] = [];
  private readonly lines: TextLines;

  constructor(doc: Document, counter: LineCounter) {
    this.lines = new TextLines(doc, counter);
  }

  problem(path: Path, where: string, message: string, key?: string): void {
    this.problems.push({ line: key === undefined ? this.lines.line(path) : this.lines.keyLine(path, key), where, message });
  }

  /** Keys of a block that the form does not have, each refused on its own line. */
  refuseUnknownKeys(raw: Raw, allowed: ReadonlySet<string>, path: Path, where: string): void {
    for (const key of Object.keys(raw)) if (!allowed.has(key)) this.problem(path, where, `unknown field “${shown(key)}”`, key);
  }

  /** Each zod issue at its field's line. */
  refuseIssues(issues: readonly z.core.$ZodIssue[], path: Path, where: (field: string) => string): void {
    for (const issue of issues) {
      const field = pathText(issue.path);
      this.problem([...path, ...(issue.path as Path)], where(field), plainMessage(issue.message));
    }
  }

  /** Ids of workloads that were refused: their dependencies are not refused again for it. */
  readonly refusedIds = new Set<string>();

  workloads(raw: unknown): { workloads: Workload[]; positions: Record<string, number> } {
    const workloads: Workload[] = [];
    const positions: Record<string, number> = {};
    if (raw === undefined || raw === null) return { workloads, positions };
    if (!Array.isArray(raw)) {
      this.problem(['workloads'], 'workloads', 'expected a list of workloads');
      return { workloads, positions };
    }
    const seen = new Map<string, number>();
    raw.forEach((item: unknown, i) => {
      const path: Path = ['workloads', i];
      if (!isRecord(item)) return this.problem(path, `workload ${i + 1}`, 'expected a workload (id, name, kind, …)');
      const label = typeof item.id === 'string' ? `workload '${shown(item.id)}'` : `workload ${i + 1}`;
      this.refuseUnknownKeys(item, WORKLOAD_KEYS, path, label);
      const candidate: Raw = { id: item.id };
      for (const field of WORKLOAD_FIELD_ORDER) candidate[field] = Object.hasOwn(item, field) ? item[field] : blankValue(field);
      const parsed = WorkloadSchema.safeParse(candidate);
      if (!parsed.success && typeof item.id === 'string') this.refusedIds.add(item.id);
      if (!parsed.success) return this.refuseIssues(parsed.error.issues, path, (field) => `${label}, field ${field}`);
      const id = parsed.data.id;
      const position = Object.hasOwn(item, 'position') ? item.position : i + 1;
      if (typeof position !== 'number' || !Number.isFinite(position)) return this.problem([...path, 'position'], `${label}, field position`, 'expected a number');
      if (seen.has(id)) return this.problem([...path, 'id'], label, `the id is already used by workload ${seen.get(id)! + 1}`);
      seen.set(id, i);
      workloads.push(parsed.data);
      positions[id] = position;
    });
    return { workloads, positions };
  }

  dependencies(raw: unknown, known: ReadonlySet<string>): Dependency[] {
    const dependencies: Dependency[] = [];
    if (raw === undefined || raw === null) return dependencies;
    if (!Array.isArray(raw)) {
      this.problem(['dependencies'], 'dependencies', 'expected a list of dependencies');
      return dependencies;
    }
    const seen = new Set<string>();
    raw.forEach((item: unknown, i) => {
      const path: Path = ['dependencies', i];
      if (!isRecord(item)) return this.problem(path, `dependency ${i + 1}`, 'expected a dependency (id, consumerId, providerId, …)');
      const label = typeof item.id === 'string' ? `dependency '${shown(item.id)}'` : `dependency ${i + 1}`;
      this.refuseUnknownKeys(item, DEPENDENCY_KEYS, path, label);
      const candidate = { dataClasses: [], protocol: '', notes: '', ...item };
      const parsed = DependencySchema.safeParse(candidate);
      if (!parsed.success) return this.refuseIssues(parsed.error.issues, path, (field) => `${label}, field ${field}`);
      const d = parsed.data;
      if (seen.has(d.id)) return this.problem([...path, 'id'], label, 'the id is already used by another dependency');
      seen.add(d.id);
      for (const end of ['consumerId', 'providerId'] as const) {
        if (!known.has(d[end]) && !this.refusedIds.has(d[end])) return this.problem([...path, end], `${label}, field ${end}`, `there is no workload '${shown(d[end])}' in this estate`);
      }
      dependencies.push(d);
    });
    return dependencies;
  }

  nodePositions(raw: unknown, known: ReadonlySet<string>): Record<string, { x: number; y: number }> {
    const placed: Record<string, { x: number; y: number }> = {};
    if (raw === undefined || raw === null) return placed;
    if (!isRecord(raw)) {
      this.problem(['nodePositions'], 'nodePositions', 'expected graph positions by workload id, e.g. web-1: { x: 10, y: 20 }');
      return placed;
    }
    for (const [id, value] of Object.entries(raw)) {
      const where = `nodePositions, workload '${shown(id)}'`;
      if (!known.has(id)) {
        if (this.refusedIds.has(id)) continue;
        this.problem(['nodePositions'], where, `there is no workload '${shown(id)}' in this estate`, id);
        continue;
      }
      const parsed = NodePositionSchema.strict().safeParse(value);
      if (!parsed.success) this.refuseIssues(parsed.error.issues, ['nodePositions', id], (field) => `${where}${field ? `, field ${field}` : ''}`);
      else placed[id] = parsed.data;
    }
    return placed;
  }

  /** Each setting over its defaults one level deep, as a stored setting is read (estate-settings.ts). */
  settings(raw: unknown): EstateSettings {
    const settings = {} as Record<SettingName, unknown>;
    for (const name of SETTING_NAMES) settings[name] = ESTATE_SETTINGS[name].defaults;
    if (raw === undefined || raw === null) return settings as EstateSettings;
    if (!isRecord(raw)) {
      this.problem(['settings'], 'settings', `expected the settings by name (${SETTING_NAMES.join(', ')})`);
      return settings as EstateSettings;
    }
    this.refuseUnknownKeys(raw, new Set(SETTING_NAMES), ['settings'], 'settings');
    for (const name of SETTING_NAMES) {
      if (!Object.hasOwn(raw, name)) continue;
      const value = raw[name];
      const path: Path = ['settings', name];
      if (!isRecord(value)) {
        this.problem(path, `settings.${name}`, 'expected its fields, one a line');
        continue;
      }
      const defaults = ESTATE_SETTINGS[name].defaults as Raw;
      const merged: Raw = { ...defaults, ...value };
      for (const [key, fallback] of Object.entries(defaults)) if (isRecord(fallback) && isRecord(value[key])) merged[key] = { ...fallback, ...value[key] };
      const parsed = ESTATE_SETTINGS[name].schema.safeParse(merged);
      if (!parsed.success) {
        this.refuseIssues(parsed.error.issues, path, (field) => `settings.${name}${field ? `.${field}` : ''}`);
        continue;
      }
      const unknown = unknownKey(value, parsed.data, []);
      if (unknown) this.problem([...path, ...unknown.path], `settings.${[name, ...unknown.path, unknown.key].map(String).map(shown).join('.')}`, `unknown field “${shown(unknown.key)}”`, unknown.key);
      // A setting at its defaults is the defaults, so the estate file goes on following them (estate-repository.ts).
      else settings[name] = sameValue(parsed.data, defaults) ? defaults : parsed.data;
    }
    return settings as EstateSettings;
  }
}

/** Every key written twice in one block, at the line of its second use. */
function duplicateKeys(doc: Document, counter: LineCounter): TextProblem[] {
  const problems: TextProblem[] = [];
  visit(doc, {
    Map(_, map) {
      if (!isMap(map)) return;
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        if (seen.has(key)) {
          const offset = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
          problems.push({ line: offset === undefined ? 1 : counter.linePos(offset).line, where: '', message: `“${shown(String(key))}” is written twice in one block` });
        }
        seen.add(key);
      }
    },
  });
  return problems;
}

/**
 * The estate a text holds, or an EstateTextError listing every problem with its line
 * and field. `fileName` is how messages name the text (e.g. "estate.yaml").
 */
export function readEstateYaml(text: string, fileName: string): EstateText {
  const counter = new LineCounter();
  // The core schema: no timestamps or other YAML 1.1 guesses, so a day stays text.
  // Keys twice in one block are found below, at the second key's own line (the library names the block's).
  const doc = parseDocument(text, { schema: 'core', lineCounter: counter, uniqueKeys: false, prettyErrors: false });
  const lines = new TextLines(doc, counter);
  const yamlProblems: TextProblem[] = [...doc.errors, ...doc.warnings].map((e) => ({ line: e.linePos?.[0].line ?? lines.line([]), where: '', message: yamlMessage(e.message) }));
  yamlProblems.push(...duplicateKeys(doc, counter), ...foreignTags(doc, counter));
  if (yamlProblems.length) throw new EstateTextError(fileName, yamlProblems);
  const root = valueOf(doc, counter, fileName);
  const reader = new TextReader(doc, counter);
  if (!isRecord(root)) throw new EstateTextError(fileName, [{ line: 1, where: '', message: `not an estate text: it starts with “format: ${TEXT_FORMAT}”` }]);
  reader.refuseUnknownKeys(root, new Set(TOP_KEYS), [], 'the estate');
  if (root.format !== TEXT_FORMAT) {
    const said = root.format === undefined ? 'no format line' : `format “${shown(String(root.format))}”`;
    reader.problem(['format'], 'field format', `${said}; this version of Waveplan reads “${TEXT_FORMAT}”`);
  }
  const name = EstateNameSchema.safeParse(root.name);
  if (!name.success) reader.problem(['name'], 'field name', plainMessage(name.error.issues[0]?.message ?? 'expected the estate’s name'));
  const { workloads, positions } = reader.workloads(root.workloads);
  const known = new Set(workloads.map((w) => w.id));
  const dependencies = reader.dependencies(root.dependencies, known);
  const nodePositions = reader.nodePositions(root.nodePositions, known);
  const settings = reader.settings(root.settings);
  const scenarios = readScenarios(reader, root.baselineName, root.scenarios, { workloads, ...settings });
  if (reader.problems.length) throw new EstateTextError(fileName, reader.problems);
  return { name: name.data!, workloads, positions, dependencies, nodePositions, ...settings, ...scenarios };
}
