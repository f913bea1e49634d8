import { z } from 'zod';

// The estate's own small fields (its id, its name, a scenario's id, a graph position),
// apart from the estate schema (estate.ts) that brings in every setting's schema: the
// check of a file's rows needs these and nothing of the planner.

export const NodePositionSchema = z.object({ x: z.number().finite(), y: z.number().finite() });
export type NodePosition = z.infer<typeof NodePositionSchema>;

export const EstateIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,80}$/, 'An estate id is lower-case letters, digits and dashes');

export const EstateNameSchema = z.string().trim().min(1, 'An estate needs a name').max(120);

export const ScenarioIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,40}$/, 'A scenario id is lower-case letters, digits and dashes');
