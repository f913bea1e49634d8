import type { Dependency } from '../../../shared/domain/dependency.js';
import { blankWorkload, type Workload } from '../../../shared/domain/workload.js';

// Small estates for the tier and finding tests: a workload is production, an
// application and unclassified unless the test says otherwise.

export const workload = (id: string, spec: Partial<Workload> = {}): Workload => ({ ...blankWorkload(id, spec.name ?? id), ...spec });

let n = 0;
export const dependency = (consumerId: string, providerId: string, spec: Partial<Dependency> = {}): Dependency => ({
  id: spec.id ?? `d${++n}`,
  consumerId,
  providerId,
  kind: 'api',
  coupling: 'loose',
  dataClasses: [],
  protocol: '',
  notes: '',
  ...spec,
});
