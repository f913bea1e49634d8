import { z } from 'zod';
import { ESTATE_SETTINGS } from './estate-settings.js';
import { SCENARIO_NAME_MAX } from './scenarios.js';
import { DependencySchema } from '../domain/dependency.js';
import { WorkloadSchema } from '../domain/workload.js';

import { EstateIdSchema, NodePositionSchema, ScenarioIdSchema } from './estate-fields.js';

export { EstateIdSchema, EstateNameSchema, NodePositionSchema, ScenarioIdSchema, type NodePosition } from './estate-fields.js';
// Kept with what a scenario holds (scenarios.ts, no zod) so the renderer's main bundle can read it.
export { BASELINE_SCENARIO_ID } from './scenarios.js';
/** What the contract accepts as a scenario's name; being unique in the estate is the back end's check (scenarios.ts). */
export const ScenarioNameSchema = z.string().trim().min(1, 'A scenario needs a name').max(SCENARIO_NAME_MAX, `A scenario name is at most ${SCENARIO_NAME_MAX} characters`);
export const ScenarioSummarySchema = z.object({ id: ScenarioIdSchema, name: z.string() });
export type ScenarioSummary = z.infer<typeof ScenarioSummarySchema>;

/** What the library lists, and the header of an open estate. */
export const EstateSummarySchema = z.object({
  id: EstateIdSchema,
  name: z.string(),
  workloadCount: z.number().int(),
  dependencyCount: z.number().int(),
  revision: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  schemaVersion: z.number().int(),
  /** Set when the file is in the library but cannot be opened, with the reason. */
  problem: z.string().optional(),
});
export type EstateSummary = z.infer<typeof EstateSummarySchema>;

/** Everything the renderer needs to show and edit an estate. Workloads come in list order. */
export const EstateSnapshotSchema = z.object({
  estate: EstateSummarySchema,
  workloads: z.array(WorkloadSchema),
  /** Sort key of each workload in the list (fractional, so inserts never renumber). */
  positions: z.record(z.string(), z.number()),
  dependencies: z.array(DependencySchema),
  /** Graph positions the user chose by dragging; the rest are laid out automatically. */
  nodePositions: z.record(z.string(), NodePositionSchema),
  /** How the wave planner plans this estate (defaults until the architect changes one). */
  planSettings: ESTATE_SETTINGS.planSettings.schema,
  /** What the rollback runbooks' estimates rest on. */
  rollbackSettings: ESTATE_SETTINGS.rollbackSettings.schema,
  rateCard: ESTATE_SETTINGS.rateCard.schema,
  /** The architect's edits to the generated runbooks. */
  runbookEdits: ESTATE_SETTINGS.runbookEdits.schema,
  /** How the tier rules treat production that has no data classes yet. */
  classification: ESTATE_SETTINGS.classification.schema,
  /** The estate's scenarios: the baseline first, then the others in the order they were created. */
  scenarios: z.array(ScenarioSummarySchema),
  /** The scenario the snapshot's decisions and settings are from. */
  activeScenarioId: ScenarioIdSchema,
});
export type EstateSnapshot = z.infer<typeof EstateSnapshotSchema>;

/** What change sets apply to: the estate without its header and its list of scenarios (change sets edit one scenario). */
export type EstateContent = Omit<EstateSnapshot, 'estate' | 'scenarios' | 'activeScenarioId'>;
