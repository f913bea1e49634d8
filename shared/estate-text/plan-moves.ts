import { reportOf } from '../report/estate-report.js';
import type { EstateText } from './text-form.js';

// How the plan moved between two copies of an estate: both planned with the app's own
// pipeline (shared/report), the workloads whose wave or cutover changed, and the
// headline figures. Nothing here is stored: it is worked out again from the estates.

export interface PlanPlace {
  wave: number | null;
  cutover: string | null;
}

export interface WorkloadMove {
  id: string;
  label: string;
  before: PlanPlace;
  after: PlanPlace;
}

export interface PlanHeadlines {
  /** Waves that move something. */
  waves: number;
  endDate: string | null;
  /** The likely one-time cost, in the rate card's currency. */
  oneTime: number;
  currency: string;
}

export interface PlanMoves {
  before: PlanHeadlines;
  after: PlanHeadlines;
  moved: WorkloadMove[];
}

function planOf(estate: EstateText) {
  const report = reportOf(estate);
  const plan = report.plan;
  const cutovers = new Map(plan.waves.map((w) => [w.number, w.cutover]));
  const place = (id: string): PlanPlace => {
    const wave = plan.waveOf.get(id);
    return wave === undefined ? { wave: null, cutover: null } : { wave, cutover: cutovers.get(wave) ?? null };
  };
  const headlines: PlanHeadlines = { waves: report.quality.waves, endDate: report.quality.endDate, oneTime: report.costs.headlines.oneTime.likely, currency: estate.rateCard.currency };
  return { place, headlines };
}

/** Plans both copies; `onStage` hears "planning the first", "planning the second" (a long run shows progress). */
export function planMoves(a: EstateText, b: EstateText, onStage: (stage: string) => void = () => undefined): PlanMoves {
  onStage('planning the first copy');
  const before = planOf(a);
  onStage('planning the second copy');
  const after = planOf(b);
  const inBoth = new Set(a.workloads.map((w) => w.id));
  const moved: WorkloadMove[] = [];
  for (const w of b.workloads) {
    if (!inBoth.has(w.id)) continue;
    const [p, q] = [before.place(w.id), after.place(w.id)];
    if (p.wave !== q.wave || p.cutover !== q.cutover) moved.push({ id: w.id, label: w.name, before: p, after: q });
  }
  return { before: before.headlines, after: after.headlines, moved };
}
