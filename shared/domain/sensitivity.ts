import type { DataClass } from './enums.js';

// DESIGN.md, "Sensitivity": restricted (phi), confidential (pii, financial,
// workforce), internal (operational), public.
export const SENSITIVITY_LEVELS = ['public', 'internal', 'confidential', 'restricted'] as const;
export type Sensitivity = (typeof SENSITIVITY_LEVELS)[number];

export const SENSITIVITY_OF_CLASS: Record<DataClass, Sensitivity> = {
  phi: 'restricted',
  pii: 'confidential',
  financial: 'confidential',
  workforce: 'confidential',
  operational: 'internal',
  public: 'public',
};

export function sensitivityRank(level: Sensitivity): number {
  return SENSITIVITY_LEVELS.indexOf(level);
}

/** The highest level any of the classes implies; public when there are none. */
export function highestSensitivity(classes: readonly DataClass[]): Sensitivity {
  let best: Sensitivity = 'public';
  for (const c of classes) {
    const level = SENSITIVITY_OF_CLASS[c];
    if (sensitivityRank(level) > sensitivityRank(best)) best = level;
  }
  return best;
}
