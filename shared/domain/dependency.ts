import { z } from 'zod';
import { COUPLINGS, DATA_CLASSES, DEPENDENCY_KINDS } from './enums.js';
import { WorkloadIdSchema } from './workload.js';

/** consumer → provider: the consumer calls, reads from or is fed by the provider. */
export const DependencySchema = z
  .object({
    id: WorkloadIdSchema,
    consumerId: WorkloadIdSchema,
    providerId: WorkloadIdSchema,
    kind: z.enum(DEPENDENCY_KINDS),
    coupling: z.enum(COUPLINGS),
    dataClasses: z.array(z.enum(DATA_CLASSES)).max(DATA_CLASSES.length),
    protocol: z.string().max(200),
    notes: z.string().max(10_000),
  })
  .refine((d) => d.consumerId !== d.providerId, {
    message: 'A workload cannot depend on itself',
    path: ['providerId'],
  });
export type Dependency = z.infer<typeof DependencySchema>;
