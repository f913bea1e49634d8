import { describe, expect, it } from 'vitest';
import { DEFAULT_ESTATE_SETTINGS } from '../../../../shared/estate/estate-settings.js';
import { reportOf } from '../../../../shared/report/estate-report.js';
import { rtoBreaches } from '../../../../shared/rollback/rollback-fit.js';
import { rollbackPath } from '../../../../shared/rollback/rollback-path.js';
import { healthcareSampleEstate, SAMPLE_PLAN_SETTINGS } from '../../../../shared/sample/healthcare-estate.js';
import { generateSyntheticEstate } from '../../../../shared/synthetic/generate-estate.js';
import { generateRealisticEstate } from '../../../../shared/synthetic/realistic-estate.js';

// The generated runbooks' times are worked out on estate positions (runbook-times.ts),
// their steps made when read. The two must agree: the critical path of the steps as
// made (rollback-path.ts, what an edited runbook is timed by) gives the same rollback
// time, RTO breaches and longest ways back, for every wave, with the source kept or
// retired and with one restore stream or several.

const estates = [
  ['the sample', () => healthcareSampleEstate(), { planSettings: SAMPLE_PLAN_SETTINGS }],
  ['a realistic 600', () => generateRealisticEstate({ workloads: 600, seed: 3 }), {}],
  ['a synthetic 800', () => generateSyntheticEstate({ workloads: 800, dependencies: 4000, seed: 5 }), {}],
] as const;

describe('runbook times against the critical path of their steps', () => {
  for (const [name, make, extra] of estates) {
    for (const parallelRunWeeks of [0, 2]) {
      for (const parallelRestores of [1, 4]) {
        it(`agree on ${name}, parallel run ${parallelRunWeeks} weeks, ${parallelRestores} restore stream(s)`, () => {
          const report = reportOf({
            ...make(),
            ...DEFAULT_ESTATE_SETTINGS,
            ...extra,
            rateCard: { ...DEFAULT_ESTATE_SETTINGS.rateCard, parallelRunWeeks },
            rollbackSettings: { ...DEFAULT_ESTATE_SETTINGS.rollbackSettings, parallelRestores },
          });
          let restores = 0;
          for (const r of report.runbooks) {
            const path = rollbackPath(r.steps, r.parallelRestores);
            expect({ wave: r.wave, minutes: r.rollbackMinutes, longest: r.longest, breaches: r.rtoBreaches }).toEqual({
              wave: r.wave,
              minutes: path.minutes,
              longest: path.longest,
              breaches: rtoBreaches(r.rtos, path.finish),
            });
            expect(r.restores).toEqual(
              r.steps
                .filter((s) => s.kind === 'restore')
                .map((s) => s.workloadIds[0])
                .reverse(),
            );
            restores += r.restores.length;
          }
          // Without a parallel run every primary store is restored: the streams were exercised.
          if (parallelRunWeeks === 0) expect(restores).toBeGreaterThan(0);
        });
      }
    }
  }
});
