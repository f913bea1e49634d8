import { describe, expect, it } from 'vitest';
import { WorkloadSchema } from '../../../../shared/domain/workload.js';
import { SETTING_NAMES } from '../../../../shared/estate/estate-settings.js';
import { copyName, isScenarioDecision, isScenarioSetting, SCENARIO_DECISION_FIELDS, scenarioNameProblem } from '../../../../shared/estate/scenarios.js';

const scenarios = [
  { id: 'baseline', name: 'Baseline' },
  { id: 'clinics-1', name: 'Clinics dedicated DB' },
];

describe('what a scenario holds', () => {
  it('decides the tiers, strategies, pins and dates, and shares every other workload field', () => {
    expect(SCENARIO_DECISION_FIELDS).toEqual(['strategy', 'chosenTier', 'tierOverrideReason', 'pinnedWave', 'notBefore', 'notAfter', 'doneBy', 'blackouts']);
    for (const field of SCENARIO_DECISION_FIELDS) expect(Object.keys(WorkloadSchema.shape)).toContain(field);
    for (const fact of ['storageGb', 'dataClasses', 'environment', 'name', 'moveGroup']) expect(isScenarioDecision(fact)).toBe(false);
  });

  it('holds the plan, rollback, rate card and runbook edits, and shares the classification', () => {
    expect(SETTING_NAMES.filter(isScenarioSetting)).toEqual(['planSettings', 'rollbackSettings', 'rateCard', 'runbookEdits']);
    expect(isScenarioSetting('classification')).toBe(false);
  });
});

describe('scenario names', () => {
  it('are needed, at most 80 characters, and unique in any case and spacing', () => {
    expect(scenarioNameProblem('   ', scenarios)).toBe('A scenario needs a name.');
    expect(scenarioNameProblem('x'.repeat(81), scenarios)).toMatch(/at most 80 characters \(this one has 81\)/);
    expect(scenarioNameProblem('  clinics DEDICATED db ', scenarios)).toBe('This estate already has a scenario called “Clinics dedicated DB”; give this one another name.');
    expect(scenarioNameProblem('Start in March', scenarios)).toBeNull();
  });

  it('let a scenario keep its own name in another case when renamed', () => {
    expect(scenarioNameProblem('clinics dedicated db', scenarios, 'clinics-1')).toBeNull();
    expect(scenarioNameProblem('baseline', scenarios, 'clinics-1')).toMatch(/called “Baseline”/);
  });

  it('give a copy a name no scenario has', () => {
    expect(copyName('Clinics dedicated DB', scenarios)).toBe('Clinics dedicated DB (copy)');
    expect(copyName('Clinics dedicated DB', [...scenarios, { name: 'clinics dedicated db (COPY)' }])).toBe('Clinics dedicated DB (copy 2)');
    expect(copyName('x'.repeat(80), scenarios).length).toBeLessThanOrEqual(80);
  });
});
