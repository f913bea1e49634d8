import type { Workload } from '../../shared/domain/workload.js';
import type { ScenarioDecisionField } from '../../shared/estate/scenarios.js';
import type { ScenarioText } from '../../shared/estate-text/scenario-text.js';
import type { EstateText, WORKLOAD_FIELD_ORDER } from '../../shared/estate-text/text-form.js';

// Edits of an estate's text, as the merge properties make them on each side.

export type Edit = (e: EstateText) => EstateText;
export type Field = (typeof WORKLOAD_FIELD_ORDER)[number];

export const setField =
  (id: string, field: Field, value: unknown): Edit =>
  (e) => ({ ...e, workloads: e.workloads.map((w) => (w.id === id ? { ...w, [field]: value } : w)) });

export const addWorkload =
  (w: Workload, position: number): Edit =>
  (e) => ({ ...e, workloads: [...e.workloads, w], positions: { ...e.positions, [w.id]: position } });

export const withScenario =
  (id: string, change: (s: ScenarioText, e: EstateText) => ScenarioText): Edit =>
  (e) => ({ ...e, scenarios: e.scenarios.map((s) => (s.id === id ? change(s, e) : s)) });

export const setScenarioDecision = (scenario: string, id: string, field: ScenarioDecisionField, value: unknown): Edit =>
  withScenario(scenario, (s) => ({ ...s, decisions: { ...s.decisions, [id]: { ...s.decisions[id], [field]: value } } }));
