import { z } from 'zod';
import { DependencySchema } from '../domain/dependency.js';
import { NodePositionSchema } from '../estate/estate.js';
import { WorkloadSchema, type WorkloadField } from '../domain/workload.js';
import { ESTATE_SETTINGS, type SettingName } from '../estate/estate-settings.js';
import { CHANGE_OPS, type ChangeOp } from './ops.js';
import { SetScenarioSchema } from './scenario-state.js';

// Every edit, from either view, travels as a change set: an ordered list of these
// operations applied in one transaction. Undo is the inverse change set.

const WORKLOAD_FIELD_KEYS = Object.keys(WorkloadSchema.shape).filter((k) => k !== 'id') as [WorkloadField, ...WorkloadField[]];
export const DEPENDENCY_EDITABLE_FIELDS = ['kind', 'coupling', 'dataClasses', 'protocol', 'notes'] as const;
export type DependencyEditableField = (typeof DEPENDENCY_EDITABLE_FIELDS)[number];

const DependencyFieldSchemas = {
  kind: DependencySchema.shape.kind,
  coupling: DependencySchema.shape.coupling,
  dataClasses: DependencySchema.shape.dataClasses,
  protocol: DependencySchema.shape.protocol,
  notes: DependencySchema.shape.notes,
};

const id = z.string().min(1).max(64);

/** Replaces one estate setting whole: small, and undo restores exactly what was there. */
const setSetting = <K extends SettingName>(name: K) => z.object({ op: z.literal('setSetting'), name: z.literal(name), value: ESTATE_SETTINGS[name].schema });

const UpdateWorkloadSchema = z.object({ op: z.literal('updateWorkload'), id, field: z.enum(WORKLOAD_FIELD_KEYS), value: z.unknown() }).superRefine((change, ctx) => {
  const result = WorkloadSchema.shape[change.field].safeParse(change.value);
  if (!result.success) {
    ctx.addIssue({ code: 'custom', path: ['value'], message: `${change.field}: ${result.error.issues[0]?.message ?? 'invalid value'}` });
  }
});

const UpdateDependencySchema = z.object({ op: z.literal('updateDependency'), id, field: z.enum(DEPENDENCY_EDITABLE_FIELDS), value: z.unknown() }).superRefine((change, ctx) => {
  const result = DependencyFieldSchemas[change.field].safeParse(change.value);
  if (!result.success) {
    ctx.addIssue({ code: 'custom', path: ['value'], message: `${change.field}: ${result.error.issues[0]?.message ?? 'invalid value'}` });
  }
});

/**
 * The schemas of each op, in the order the union tries them (setSetting has one per
 * setting). Keyed by CHANGE_OPS, so an op without a schema, or a schema whose op is
 * not its key, fails to compile; Change, and with it every other op table, follows.
 */
const CHANGE_SCHEMAS = {
  addWorkload: [z.object({ op: z.literal('addWorkload'), workload: WorkloadSchema, position: z.number().finite() })],
  updateWorkload: [UpdateWorkloadSchema],
  removeWorkload: [z.object({ op: z.literal('removeWorkload'), id })],
  addDependency: [z.object({ op: z.literal('addDependency'), dependency: DependencySchema })],
  updateDependency: [UpdateDependencySchema],
  removeDependency: [z.object({ op: z.literal('removeDependency'), id })],
  // null forgets a position (the workload goes back to automatic layout).
  setNodePositions: [z.object({ op: z.literal('setNodePositions'), positions: z.record(id, NodePositionSchema.nullable()) })],
  setSetting: [setSetting('planSettings'), setSetting('rollbackSettings'), setSetting('rateCard'), setSetting('runbookEdits'), setSetting('classification')],
  // A whole scenario as it was and as it becomes, any scenario, active or not (scenario-state.ts).
  setScenario: [SetScenarioSchema],
} as const satisfies { [K in ChangeOp]: readonly [z.ZodType<{ op: K }>, ...z.ZodType<{ op: K }>[]] };

type OpSchema = (typeof CHANGE_SCHEMAS)[ChangeOp][number];
export const ChangeSchema = z.union(CHANGE_OPS.flatMap((op): readonly OpSchema[] => CHANGE_SCHEMAS[op]));
export type Change = z.infer<typeof ChangeSchema>;

export const ChangeSetSchema = z.array(ChangeSchema).min(1).max(200_000);
