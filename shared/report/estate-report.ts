import { wavePositions, type WavePositions } from '../domain/wave-positions.js';
import { analyseEstate, type EstateAnalysis } from '../findings/analyse.js';
import type { PlanQuality } from '../planner/plan-quality.js';
import type { Plan } from '../planner/plan-types.js';
import type { Runbook } from '../rollback/runbook-types.js';
import { costEstate, type CostStage } from './cost-stage.js';
import { collectFindings, type FindingStage } from './finding-stage.js';
import { planEstate } from './plan-stage.js';
import { measurePlan } from './quality-stage.js';
import { sameParts, STAGE_INPUTS, type ReportInput } from './report-input.js';
import { editRunbooks, generateRunbooks, type EditedRunbooks } from './runbook-stage.js';

// The pipeline from an estate to everything said about it, in stages:
//
//   input ─▶ analysis ─▶ plan ─▶ runbooks ─▶ edited runbooks ─┐
//                 │        └──▶ costs ─▶ quality             ├─▶ findings
//                 └──────────────────────────────────────────┘
//
// Each stage is a pure function of the input and the stages before it (the files
// beside this one), worked out when first read and then kept. A report made from the
// previous one takes over every stage whose inputs are the same objects, so an edit
// to the rate card costs again without planning again, and reading a stage twice (the
// badge, a view, the next view) never works it out twice. The workbook, every view,
// the badge and the benchmarks read this one object.

/** The functions behind the stages; a test passes counting ones. */
export interface ReportStages {
  analyse: (input: ReportInput) => EstateAnalysis;
  plan: typeof planEstate;
}

export const REPORT_STAGES: ReportStages = { analyse: (input) => analyseEstate(input), plan: planEstate };

interface Kept {
  analysis?: EstateAnalysis;
  plan?: Plan;
  positions?: WavePositions;
  runbooks?: readonly Runbook[];
  editedRunbooks?: EditedRunbooks;
  costs?: CostStage;
  quality?: PlanQuality;
  findings?: FindingStage;
}

export class EstateReport {
  private readonly kept: Kept = {};

  /**
   * `previous`: the report of the estate before the last change, whose stages are taken
   * over where their inputs did not change (it is not kept: only the stages it had).
   * `stages`: the functions behind the stages (a test passes counting ones). A plan made
   * elsewhere for this input (the plan worker's) is given with `providePlan`.
   */
  constructor(
    readonly input: ReportInput,
    previous?: EstateReport,
    private readonly stages: ReportStages = REPORT_STAGES,
  ) {
    if (!previous) return;
    const had = previous.kept;
    const same = (parts: readonly (keyof ReportInput)[]) => sameParts(input, previous.input, parts);
    const analysisKept = had.analysis !== undefined && same(STAGE_INPUTS.analysis);
    if (analysisKept) this.kept.analysis = had.analysis;
    // The plan reads the analysis's cycles, sensitivity and index, which the
    // classification setting does not change, so the plan outlives a change of it.
    // The plan and the runbooks read one figure of the rate card, the parallel run (how long the source is kept running).
    const sameParallelRun = input.rateCard.parallelRunWeeks === previous.input.rateCard.parallelRunWeeks;
    const planKept = had.plan !== undefined && same(STAGE_INPUTS.plan) && sameParallelRun;
    if (planKept) this.kept.plan = had.plan;
    if (planKept && analysisKept && had.positions) this.kept.positions = had.positions;
    const runbooksKept = planKept && had.runbooks !== undefined && same(STAGE_INPUTS.runbooks);
    if (runbooksKept) this.kept.runbooks = had.runbooks;
    const editedKept = runbooksKept && had.editedRunbooks !== undefined && same(STAGE_INPUTS.editedRunbooks);
    if (editedKept) this.kept.editedRunbooks = had.editedRunbooks;
    if (planKept && analysisKept && had.costs && same(STAGE_INPUTS.costs)) this.kept.costs = had.costs;
    // The quality figures read the plan, the costs and the dependencies: kept with the first two (the plan's parts include the dependencies).
    if (this.kept.plan && this.kept.costs && had.quality) this.kept.quality = had.quality;
    if (analysisKept && planKept && editedKept && had.findings) this.kept.findings = had.findings;
  }

  /** Sensitivity, recommendations, planned tiers, cycles and the estate's own findings. */
  get analysis(): EstateAnalysis {
    return (this.kept.analysis ??= this.stages.analyse(this.input));
  }

  /** Whether the plan has been worked out (or given), so reading it costs nothing. */
  get hasPlan(): boolean {
    return this.kept.plan !== undefined;
  }

  get plan(): Plan {
    return (this.kept.plan ??= this.stages.plan(this.input, this.analysis));
  }

  /** Takes a plan made elsewhere for this same input (the plan worker); ignored if one is already here. */
  providePlan(plan: Plan): void {
    this.kept.plan ??= plan;
  }

  /** The plan's members by estate position: read by the runbooks and the costs, looked up once. */
  get wavePositions(): WavePositions {
    return (this.kept.positions ??= wavePositions(this.plan, this.analysis.index, this.input.workloads.length));
  }

  /** Every wave's runbook as generated, before the architect's edits. */
  get runbooks(): readonly Runbook[] {
    return (this.kept.runbooks ??= generateRunbooks(this.input, this.analysis, this.plan, this.wavePositions));
  }

  /** The runbooks with the architect's edits laid over them. */
  get editedRunbooks(): EditedRunbooks {
    return (this.kept.editedRunbooks ??= editRunbooks(this.runbooks, this.input, this.plan));
  }

  get costs(): CostStage {
    return (this.kept.costs ??= costEstate(this.input, this.analysis, this.plan, this.wavePositions));
  }

  /** How good the plan is: waves, end date, wave balance, hybrid links and link-days, dual running (with its cost). */
  get quality(): PlanQuality {
    return (this.kept.quality ??= measurePlan(this.input, this.plan, this.costs));
  }

  /** The estate's, the planner's and the runbooks' findings, most severe first. */
  get findings(): FindingStage {
    return (this.kept.findings ??= collectFindings(this.analysis, this.plan, this.editedRunbooks.timed(), this.input.workloads));
  }
}

/** A full report of an estate: what the export and the command line use. */
export function reportOf(input: ReportInput): EstateReport {
  return new EstateReport(input);
}
