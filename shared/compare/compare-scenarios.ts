import type { EstateReport } from '../report/estate-report.js';
import { FIGURES, type FigureDefinition, type FigureValue } from './compare-figures.js';
import { diffWorkloads, type WorkloadDiffRow } from './workload-diff.js';

// Two to four scenarios side by side (issue 18): each headline figure of each scenario,
// how it differs from the first (the reference, usually the baseline), and what changed
// workload by workload. Every figure is its scenario's report's own.

export interface ComparedScenario {
  id: string;
  name: string;
  report: EstateReport;
}

/** How one scenario's figure stands against the reference's. */
export interface Difference {
  /** Any of likely, low or high differs. */
  changed: boolean;
  /** The likely figure against the reference's: up, down, the same, or not comparable (one of them has none). */
  direction: 'up' | 'down' | 'same' | 'unknown';
  /** Likely minus the reference's likely: units for counts and money, days for dates, months for months; null when either has none. */
  delta: number | null;
  /** Up or down judged by the figure's better side; neutral for figures with none (waves, tiers). */
  verdict: 'better' | 'worse' | 'neutral';
}

export interface ComparedFigure {
  definition: FigureDefinition;
  /** One per scenario, in the scenarios' order. */
  values: FigureValue[];
  /** One per scenario; the reference's is always unchanged. */
  differences: Difference[];
}

export interface ScenarioComparison {
  scenarios: readonly { id: string; name: string }[];
  figures: ComparedFigure[];
  rows: WorkloadDiffRow[];
}

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Math.round(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS);
const monthNumber = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;

/** Money is in whole units of a currency to the cent: closer than half a cent is the same. */
export const sameNumber = (a: number, b: number) => Math.abs(a - b) < 0.005;

function sameValue(a: number | string | null | undefined, b: number | string | null | undefined): boolean {
  if (typeof a === 'number' && typeof b === 'number') return sameNumber(a, b);
  return (a ?? null) === (b ?? null);
}

function deltaOf(kind: FigureDefinition['kind'], value: number | string | null, reference: number | string | null): number | null {
  if (value === null || reference === null) return null;
  if (typeof value === 'number' && typeof reference === 'number') return value - reference;
  if (kind === 'date') return dayNumber(String(value)) - dayNumber(String(reference));
  if (kind === 'month') return monthNumber(String(value)) - monthNumber(String(reference));
  return null;
}

export function differenceOf(definition: FigureDefinition, value: FigureValue, reference: FigureValue): Difference {
  const changed = !sameValue(value.likely, reference.likely) || !sameValue(value.low, reference.low) || !sameValue(value.high, reference.high);
  const delta = deltaOf(definition.kind, value.likely, reference.likely);
  const bothNone = value.likely === null && reference.likely === null;
  const direction = delta === null ? (bothNone ? 'same' : 'unknown') : Math.abs(delta) < 0.005 ? 'same' : delta > 0 ? 'up' : 'down';
  const verdict = definition.better === null || direction === 'same' || direction === 'unknown' ? 'neutral' : (direction === 'down') === (definition.better === 'lower') ? 'better' : 'worse';
  return { changed, direction, delta, verdict };
}

/** The comparison of 2 to 4 scenarios, the first the reference. */
export function compareScenarios(scenarios: readonly ComparedScenario[]): ScenarioComparison {
  if (scenarios.length < MIN_COMPARED || scenarios.length > MAX_COMPARED) throw new Error(`A comparison takes ${MIN_COMPARED} to ${MAX_COMPARED} scenarios, not ${scenarios.length}.`);
  const figures = FIGURES.map((definition) => {
    const values = scenarios.map((s) => definition.read(s.report));
    const reference = values[0] as FigureValue;
    return { definition, values, differences: values.map((v) => differenceOf(definition, v, reference)) };
  });
  return { scenarios: scenarios.map(({ id, name }) => ({ id, name })), figures, rows: diffWorkloads(scenarios.map((s) => s.report)) };
}
