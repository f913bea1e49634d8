import { describe, expect, it } from 'vitest';
import { PLAN_FINDING_NAMES } from '../../../../shared/planner/plan-findings.js';
import { PLAN_ISSUES, WAVE_CONDITIONS, describeWaveConditions } from '../../../../shared/planner/wave-conditions.js';

describe('the wave conditions table', () => {
  it('names and describes every condition once, with what gives way', () => {
    const ids = WAVE_CONDITIONS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of WAVE_CONDITIONS) for (const words of [c.name, c.description, c.givesWay]) expect(words.trim().length).toBeGreaterThan(5);
    expect(describeWaveConditions().map((c) => c.name)).toContain('Production and non-production never in one wave');
    expect(describeWaveConditions()).toHaveLength(WAVE_CONDITIONS.length);
  });

  it('ties every plan issue to conditions in the table, and the plan findings take its words', () => {
    const ids = new Set(WAVE_CONDITIONS.map((c) => c.id));
    for (const issue of Object.values(PLAN_ISSUES)) for (const id of issue.conditions) expect(ids.has(id)).toBe(true);
    expect(PLAN_FINDING_NAMES['condition-gave-way']).toBe(PLAN_ISSUES['condition-gave-way'].name);
  });
});
