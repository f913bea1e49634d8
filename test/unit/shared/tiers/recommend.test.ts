import { describe, expect, it } from 'vitest';
import { effectiveSensitivities } from '../../../../shared/domain/sensitivity.js';
import type { Workload } from '../../../../shared/domain/workload.js';
import type { Dependency } from '../../../../shared/domain/dependency.js';
import { healthcareSampleEstate } from '../../../../shared/sample/healthcare-estate.js';
import { effectiveTier, recommendTier, recommendTiers } from '../../../../shared/tiers/recommend.js';
import { INTEGRATION_HEAVY, TIER_RULES, type TierRule } from '../../../../shared/tiers/rules.js';
import { holdsProductionData } from '../../../../shared/domain/production-data.js';
import { isAcceptedRisk, tierChoiceProblem } from '../../../../shared/tiers/tier-choice.js';
import { dependency, workload } from '../estate-builders.js';

function recommend(workloads: Workload[], dependencies: Dependency[] = []) {
  return recommendTiers(workloads, dependencies, effectiveSensitivities(workloads, dependencies));
}
const firedOn = (w: Workload, deps: Dependency[] = [], others: Workload[] = []) => {
  const r = recommend([w, ...others], deps).get(w.id);
  return { tier: r?.tier, rules: r?.fired.map((f) => f.id), reasons: r?.reasons };
};

describe('tier rules', () => {
  it('are data: each has an id, a condition in words, a tier and a sentence', () => {
    const ids = TIER_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of TIER_RULES) expect(rule.condition.length).toBeGreaterThan(10);
  });

  it('production with restricted data asks for a dedicated environment and says where the PHI comes from', () => {
    const erp = workload('erp', { name: 'Odoo workers', dataClasses: ['financial'] });
    const ehr = workload('ehr', { name: 'EHR HL7 feed', dataClasses: ['phi'], environment: 'test', masked: true });
    const result = firedOn(erp, [dependency('erp', 'ehr', { dataClasses: ['phi'] })], [ehr]);
    expect(result.tier).toBe('dedicated-environment');
    expect(result.rules).toEqual(['production-restricted']);
    expect(result.reasons?.[0]).toBe('Production with restricted data (receives PHI from EHR HL7 feed): isolate network, compute, storage and backups.');
  });

  it('a consumer receiving PHI through a loose dependency is restricted all the same', () => {
    const portal = workload('portal', { dataClasses: ['pii'] });
    const ehr = workload('ehr', { dataClasses: ['phi'] });
    expect(firedOn(portal, [dependency('portal', 'ehr', { coupling: 'loose', dataClasses: ['phi'] })], [ehr]).tier).toBe('dedicated-environment');
  });

  it('the DR copy of production counts as production', () => {
    expect(holdsProductionData({ environment: 'dr' })).toBe(true);
    const dr = workload('dr', { environment: 'dr', dataClasses: ['phi'] });
    expect(firedOn(dr).rules).toEqual(['production-restricted']);
    expect(firedOn(dr).reasons?.[0]).toMatch(/^DR copy of production with restricted data/);
  });

  it('data residency, heavy customization and integration-heavy production each ask for a dedicated environment', () => {
    expect(firedOn(workload('a', { dataClasses: ['operational'], complianceTags: ['data-residency'], residencyRegion: 'eu-west' })).reasons).toEqual([
      'Data residency (eu-west): data, backups and logs must stay inside one auditable boundary.',
    ]);
    expect(firedOn(workload('b', { dataClasses: ['operational'], customization: 'heavily-customized' })).rules).toEqual(['production-heavy-customization']);
    const hub = workload('hub', { system: 'Odoo ERP', dataClasses: ['operational'] });
    const others = Array.from({ length: INTEGRATION_HEAVY }, (_, i) => workload(`x${i}`, { system: `System ${i}`, dataClasses: ['operational'] }));
    const links = others.map((o, i) => (i % 2 ? dependency('hub', o.id) : dependency(o.id, 'hub')));
    expect(firedOn(hub, links, others).rules).toEqual(['production-integration-heavy']);
    expect(firedOn(hub, links.slice(1), others).rules).toEqual([]);
    expect(firedOn(hub, links, others).reasons).toEqual([`Integration-heavy: ${INTEGRATION_HEAVY} integrations with other systems need their own network boundary and change control.`]);
  });

  it('counts only links to other systems as integrations', () => {
    const web = workload('web', { system: 'Odoo ERP', dataClasses: ['operational'] });
    const parts = Array.from({ length: 6 }, (_, i) => workload(`p${i}`, { system: 'Odoo ERP', dataClasses: ['operational'] }));
    expect(
      firedOn(
        web,
        parts.map((p) => dependency('web', p.id)),
        parts,
      ).rules,
    ).toEqual([]);
  });

  it('confidential production and criticality 1 ask for a dedicated database', () => {
    expect(firedOn(workload('a', { dataClasses: ['financial'] }))).toMatchObject({ tier: 'dedicated-database', rules: ['production-confidential'] });
    expect(firedOn(workload('b', { criticality: 1, dataClasses: ['operational'] }))).toMatchObject({ tier: 'dedicated-database', rules: ['production-criticality-1'] });
  });

  it('non-production with unmasked restricted data asks for a dedicated database; masked does not', () => {
    expect(firedOn(workload('s', { environment: 'staging', dataClasses: ['phi'] }))).toMatchObject({ tier: 'dedicated-database', rules: ['nonproduction-unmasked-restricted'] });
    expect(firedOn(workload('m', { environment: 'staging', dataClasses: ['phi'], masked: true }))).toMatchObject({ tier: 'multi-tenant', rules: [] });
  });

  it('production with no data classes is treated as restricted until classified, unless the estate says otherwise', () => {
    const blank = workload('blank');
    expect(firedOn(blank)).toMatchObject({ tier: 'dedicated-environment', rules: ['production-unclassified'] });
    expect(firedOn(blank).reasons?.[0]).toMatch(/^Production with no data classes recorded: in a healthcare estate, unknown data is treated as patient data until it is classified/);
    // Outside production nothing is asked for; with the setting relaxed, neither is it in production.
    expect(firedOn(workload('dev', { environment: 'development' }))).toEqual({ tier: 'multi-tenant', rules: [], reasons: [] });
    const relaxed = recommendTiers([blank], [], effectiveSensitivities([blank], []), undefined, { unclassifiedProductionAsRestricted: false }).get('blank');
    expect(relaxed?.tier).toBe('multi-tenant');
    // Public is a classification: it asks for nothing.
    expect(firedOn(workload('pub', { dataClasses: ['public'] }))).toEqual({ tier: 'multi-tenant', rules: [], reasons: [] });
  });

  it('lists every rule that fired, strongest tier first, and recommends the strongest', () => {
    const w = workload('w', { dataClasses: ['phi'], criticality: 1, customization: 'heavily-customized' });
    expect(firedOn(w)).toMatchObject({ tier: 'dedicated-environment', rules: ['production-restricted', 'production-heavy-customization', 'production-criticality-1'] });
  });

  it('takes a new rule as one more entry in the table', () => {
    const pci: TierRule = {
      id: 'pci',
      condition: 'Cardholder data in scope of PCI DSS',
      tier: 'dedicated-environment',
      applies: (f) => f.workload.complianceTags.includes('pci'),
      because: () => 'PCI scope.',
    };
    const w = workload('pay', { complianceTags: ['pci'] });
    const facts = { workload: w, level: 'public' as const, sensitivityReason: () => 'public: holds public data', productionData: true, integrations: 0, unclassifiedAsRestricted: true };
    expect(recommendTier(facts, [...TIER_RULES, pci]).tier).toBe('dedicated-environment');
    expect(recommendTier(facts).tier).toBe('multi-tenant');
  });

  it('plans on the chosen tier, else on the recommendation', () => {
    const rec = recommend([workload('a', { dataClasses: ['phi'] })]).get('a');
    expect(effectiveTier({ chosenTier: null }, rec)).toBe('dedicated-environment');
    expect(effectiveTier({ chosenTier: 'multi-tenant' }, rec)).toBe('multi-tenant');
  });

  it('recommends the sample hospital’s core ERP a dedicated environment and clinic dev multi-tenant', () => {
    const { workloads, dependencies } = healthcareSampleEstate();
    const recs = recommend(workloads, dependencies);
    expect(recs.get('hosp-odoo-web')?.tier).toBe('dedicated-environment');
    expect(recs.get('hosp-pg-staging')?.fired.map((r) => r.id)).toEqual(['nonproduction-unmasked-restricted']);
    expect(recs.get('clin-odoo-dev')?.tier).toBe('multi-tenant');
  });
});

describe('tier choice', () => {
  it('refuses a weaker tier without a reason and keeps it as accepted risk with one', () => {
    expect(tierChoiceProblem('multi-tenant', '  ', 'dedicated-environment')).toBe('Multi-tenant is weaker than the recommended Dedicated environment. Give a reason: it is kept as an accepted risk.');
    expect(tierChoiceProblem('multi-tenant', 'Shared ingress for every clinic', 'dedicated-environment')).toBeNull();
    expect(isAcceptedRisk('multi-tenant', 'Shared ingress for every clinic', 'dedicated-environment')).toBe(true);
  });

  it('takes the recommendation, a stronger tier or following the recommendation without a reason', () => {
    expect(tierChoiceProblem(null, '', 'dedicated-environment')).toBeNull();
    expect(tierChoiceProblem('dedicated-environment', '', 'dedicated-database')).toBeNull();
    expect(tierChoiceProblem('dedicated-database', '', 'dedicated-database')).toBeNull();
    expect(isAcceptedRisk('dedicated-environment', 'x', 'dedicated-database')).toBe(false);
  });
});
