import type { Change } from '../changes/change-set.js';
import type { ScenarioState } from '../changes/scenario-state.js';
import type { Workload } from '../domain/workload.js';
import type { EstateContent, EstateSnapshot } from '../estate/estate.js';
import type { EstateSettings } from '../estate/estate-settings.js';
import { BASELINE_SCENARIO_ID, SCENARIO_DECISION_FIELDS, SCENARIO_SETTING_NAMES, type ScenarioDecisions } from '../estate/scenarios.js';
import { changesBetween } from './changes-between.js';
import { sameValue } from './same-value.js';
import { settingIn, type ScenarioText } from './scenario-text.js';
import type { EstateText } from './text-form.js';

// The one change set that turns the open estate, every scenario of it, into a merge's
// result (the app's "Merge another copy of this estate…"), whichever scenario is open:
// one transaction, one undo. In this order, which its inverse (the same ops swapped,
// in reverse) keeps sound under the storage rule of scenario-state.ts:
//  1. the inventory: workloads, dependencies, graph positions, the shared setting, as
//     the open view's edits (decisions left as the view has them; a new workload
//     comes with the merged baseline's decisions);
//  2. scenarios the merge removes, last first (undone after the baseline is back, so
//     their rows are said over the baseline they were made on);
//  3. the baseline's decisions and settings that change (every scenario still
//     following it keeps the old value, and is then set by 4 when that is not right);
//  4. every other scenario whose content changes, set whole, then the new ones.
// A scenario the merge leaves as it was gets no op: the baseline's change (3) leaves it
// what it saw, and its undo finds it holding its own rows.

type Decisions = ScenarioDecisions;
type ScenarioSettings = ScenarioState['settings'];

const decisionsOf = (w: Workload): Decisions => Object.fromEntries(SCENARIO_DECISION_FIELDS.map((f) => [f, w[f]])) as Decisions;
const seen = (w: Workload, s: ScenarioText | undefined): Decisions => decisionsOf(s?.decisions[w.id] ? { ...w, ...s.decisions[w.id] } : w);
const settingsOf = (s: ScenarioText, estate: EstateText): ScenarioSettings => Object.fromEntries(SCENARIO_SETTING_NAMES.map((n) => [n, settingIn(s, estate, n)])) as ScenarioSettings;

/** Every value given is the same (a side without the workload gives none). */
const allSame = (values: readonly (Decisions | undefined)[]) => {
  const given = values.filter((v) => v !== undefined);
  return given.every((v) => sameValue(v, given[0]));
};

/** The open view's content with the merge's inventory, its own decisions and scenario settings kept (they are set by the scenario ops). */
function inventoryTarget(snapshot: EstateSnapshot, merged: EstateText): EstateContent {
  const shown = new Map(snapshot.workloads.map((w) => [w.id, w]));
  const workloads = merged.workloads.map((w) => {
    const own = shown.get(w.id);
    return own ? { ...w, ...decisionsOf(own) } : w;
  });
  const kept = Object.fromEntries(SCENARIO_SETTING_NAMES.map((n) => [n, snapshot[n]])) as Pick<EstateSettings, (typeof SCENARIO_SETTING_NAMES)[number]>;
  return { workloads, positions: merged.positions, dependencies: merged.dependencies, nodePositions: merged.nodePositions, classification: merged.classification, ...kept };
}

/**
 * The change set from `ours` (the open estate's text: its baseline and every scenario,
 * which `snapshot` shows one of) to `merged`. The estate's name is not part of it.
 */
export function mergeChangeSet(snapshot: EstateSnapshot, ours: EstateText, merged: EstateText): Change[] {
  const changes = changesBetween(snapshot, inventoryTarget(snapshot, merged));
  const before = new Map(ours.workloads.map((w) => [w.id, w]));
  const after = new Map(merged.workloads.map((w) => [w.id, w]));
  // Workloads taken out and put back at another place: their rows are written again everywhere.
  const replaced = new Set(changes.flatMap((c) => (c.op === 'addWorkload' && before.has(c.workload.id) ? [c.workload.id] : [])));
  const active = snapshot.activeScenarioId;
  const [oursById, mergedById] = [new Map(ours.scenarios.map((s) => [s.id, s])), new Map(merged.scenarios.map((s) => [s.id, s]))];
  const list = snapshot.scenarios.map((s) => s.id);
  const activeRemoved = active !== BASELINE_SCENARIO_ID && !mergedById.has(active);

  // 2. Removed scenarios, as they were over the baseline before the merge.
  for (const s of [...ours.scenarios].reverse()) {
    if (mergedById.has(s.id)) continue;
    const decisions: Record<string, Decisions> = {};
    for (const w of ours.workloads) if (!sameValue(seen(w, s), decisionsOf(w))) decisions[w.id] = seen(w, s);
    const index = list.indexOf(s.id);
    list.splice(index, 1);
    changes.push({ op: 'setScenario', id: s.id, before: { name: s.name, index, active: s.id === active, decisions, settings: settingsOf(s, ours) }, after: null });
  }

  // 3. The baseline: its decisions that change (and, when the open scenario goes, every one the view must show anew).
  const activeText = oursById.get(active);
  const rows = [...after.values()].filter((w) => {
    const old = before.get(w.id);
    if (!old) return false;
    return replaced.has(w.id) || !sameValue(decisionsOf(old), decisionsOf(w)) || (activeRemoved && !sameValue(seen(old, activeText), decisionsOf(w)));
  });
  const settingNames = SCENARIO_SETTING_NAMES.filter((n) => activeRemoved || !sameValue(ours[n], merged[n]));
  if (rows.length || settingNames.length || ours.baselineName !== merged.baselineName) {
    const state = (e: EstateText, of: Map<string, Workload>): ScenarioState => ({
      name: e.baselineName,
      index: 0,
      active: false,
      decisions: Object.fromEntries(rows.map((w) => [w.id, decisionsOf(of.get(w.id)!)])),
      settings: Object.fromEntries(settingNames.map((n) => [n, e[n]])),
    });
    changes.push({ op: 'setScenario', id: BASELINE_SCENARIO_ID, before: state(ours, before), after: state(merged, after) });
  }

  // 4. Scenarios kept that change, set whole; then new ones at the end.
  const ids = new Set([...before.keys(), ...after.keys()]);
  for (const n of merged.scenarios) {
    const o = oursById.get(n.id);
    if (!o) continue;
    const [was, is]: [Record<string, Decisions>, Record<string, Decisions>] = [{}, {}];
    let differs = n.name !== o.name || replaced.size > 0 || !sameValue(settingsOf(o, ours), settingsOf(n, merged));
    for (const id of ids) {
      const [wb, wa] = [before.get(id), after.get(id)];
      const [eo, en] = [wb && seen(wb, o), wa && seen(wa, n)];
      if (wb && wa && !sameValue(eo, en)) differs = true;
      if (!wb && wa && !sameValue(en, decisionsOf(wa))) differs = true;
      if (allSame([eo, en, wb && decisionsOf(wb), wa && decisionsOf(wa)]) && !replaced.has(id)) continue;
      if (eo) was[id] = eo;
      if (en) is[id] = en;
    }
    if (!differs) continue;
    const index = list.indexOf(n.id);
    const state = (name: string, decisions: Record<string, Decisions>, settings: ScenarioSettings): ScenarioState => ({ name, index, active: n.id === active, decisions, settings });
    changes.push({ op: 'setScenario', id: n.id, before: state(o.name, was, settingsOf(o, ours)), after: state(n.name, is, settingsOf(n, merged)) });
  }
  for (const n of merged.scenarios) {
    if (oursById.has(n.id)) continue;
    const decisions: Record<string, Decisions> = {};
    for (const w of merged.workloads) if (!sameValue(seen(w, n), decisionsOf(w))) decisions[w.id] = seen(w, n);
    changes.push({ op: 'setScenario', id: n.id, before: null, after: { name: n.name, index: list.length, active: false, decisions, settings: settingsOf(n, merged) } });
    list.push(n.id);
  }
  return changes;
}
