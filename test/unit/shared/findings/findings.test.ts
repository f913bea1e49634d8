import { describe, expect, it } from 'vitest';
import type { Dependency } from '../../../../shared/domain/dependency.js';
import type { Workload } from '../../../../shared/domain/workload.js';
import { analyseEstate } from '../../../../shared/findings/analyse.js';
import { SEVERITIES } from '../../../../shared/findings/finding.js';
import { FINDING_RULES } from '../../../../shared/findings/rules.js';
import { healthcareSampleEstate } from '../../../../shared/sample/healthcare-estate.js';
import { dependency, workload } from '../estate-builders.js';

const findings = (workloads: Workload[], dependencies: Dependency[] = []) => analyseEstate({ workloads, dependencies }).findings;
const of = (rule: string, workloads: Workload[], dependencies: Dependency[] = []) => findings(workloads, dependencies).filter((f) => f.rule === rule);

describe('findings', () => {
  it('each check has a unique id and a name', () => {
    expect(new Set(FINDING_RULES.map((r) => r.id)).size).toBe(FINDING_RULES.length);
  });

  describe('restricted data on a multi-tenant workload', () => {
    const booking = workload('booking', { name: 'Clinic booking', dataClasses: ['phi'] });
    it('fires when PHI flows into a workload planned multi-tenant, naming the workload and the flow', () => {
      const ingress = workload('ingress', { name: 'Shared Traefik', kind: 'ingress', dataClasses: ['operational'], chosenTier: 'multi-tenant' });
      const flow = dependency('ingress', 'booking', { id: 'flow', dataClasses: ['phi', 'pii'] });
      const [f, ...rest] = of('restricted-on-multi-tenant', [ingress, booking], [flow]);
      expect(rest).toEqual([]);
      expect(f).toMatchObject({ severity: 'high', workloadIds: ['ingress'], dependencyIds: ['flow'] });
      expect(f?.title).toBe('PHI on a multi-tenant workload: Shared Traefik');
      expect(f?.meaning).toContain('receives PHI from Clinic booking');
    });
    it('keeps the accepted reason on the finding and stays high', () => {
      const ingress = workload('ingress', { chosenTier: 'multi-tenant', tierOverrideReason: 'One ingress per cluster' });
      const [f] = of('restricted-on-multi-tenant', [ingress, booking], [dependency('ingress', 'booking', { dataClasses: ['phi'] })]);
      expect(f).toMatchObject({ severity: 'high', acceptedRisk: 'One ingress per cluster' });
    });
    it('does not fire when the PHI is masked outside production, or the tier is dedicated', () => {
      const masked = workload('m', { environment: 'test', masked: true, dataClasses: ['phi'], chosenTier: 'multi-tenant' });
      expect(of('restricted-on-multi-tenant', [masked])).toEqual([]);
      expect(of('restricted-on-multi-tenant', [{ ...booking, chosenTier: 'dedicated-database', tierOverrideReason: 'x' }])).toEqual([]);
    });
  });

  describe('unmasked restricted data outside production', () => {
    it('fires for unmasked PHI in staging', () => {
      const [f] = of('unmasked-restricted-outside-production', [workload('stg', { name: 'PostgreSQL staging', environment: 'staging', dataClasses: ['phi'] })]);
      expect(f).toMatchObject({ severity: 'high', workloadIds: ['stg'] });
      expect(f?.title).toBe('Unmasked patient data in staging: PostgreSQL staging');
    });
    it('fires for a masked copy that is still fed PHI from production over a loose link', () => {
      const test = workload('t', { environment: 'test', masked: true, dataClasses: ['phi'] });
      const ehr = workload('ehr', { name: 'EHR', dataClasses: ['phi'] });
      const [f] = of('unmasked-restricted-outside-production', [test, ehr], [dependency('t', 'ehr', { id: 'feed', coupling: 'loose', dataClasses: ['phi'] })]);
      expect(f?.dependencyIds).toEqual(['feed']);
      expect(f?.meaning).toContain('receives PHI from production (EHR)');
    });
    it('does not fire for masked data, for production or for DR', () => {
      expect(of('unmasked-restricted-outside-production', [workload('a', { environment: 'development', masked: true, dataClasses: ['phi'] })])).toEqual([]);
      expect(of('unmasked-restricted-outside-production', [workload('b', { dataClasses: ['phi'] }), workload('c', { environment: 'dr', dataClasses: ['phi'] })])).toEqual([]);
    });
  });

  describe('tier below the recommendation', () => {
    it('is high without a reason and a low accepted risk with one', () => {
      const bare = workload('a', { dataClasses: ['financial'], chosenTier: 'multi-tenant' });
      expect(of('tier-below-recommendation', [bare])[0]).toMatchObject({ severity: 'high' });
      const [accepted] = of('tier-below-recommendation', [{ ...bare, tierOverrideReason: 'Vendor SaaS' }]);
      expect(accepted).toMatchObject({ severity: 'low', acceptedRisk: 'Vendor SaaS' });
      expect(accepted?.title).toBe('Accepted risk: a on multi-tenant, dedicated database recommended');
      expect(accepted?.meaning).toContain('“Vendor SaaS”');
    });
    it('does not fire for the recommendation, a stronger tier or no choice', () => {
      const w = workload('a', { dataClasses: ['financial'] });
      expect(of('tier-below-recommendation', [w, { ...w, id: 'b', chosenTier: 'dedicated-environment' }, { ...w, id: 'c', chosenTier: 'dedicated-database' }])).toEqual([]);
    });
  });

  describe('readiness', () => {
    it('fires for restricted or criticality-1 production missing checks, medium when a gating check is missing', () => {
      const w = workload('a', { name: 'Odoo web', criticality: 1, readiness: ['backup-restore-tested', 'performance-baseline', 'identity-federated', 'runbook-ready'] });
      const [onlyOps] = of('readiness-missing', [w]);
      expect(onlyOps).toMatchObject({ severity: 'low' });
      expect(onlyOps?.meaning).toContain('Missing: monitoring in place and infrastructure as code');
      expect(of('readiness-missing', [{ ...w, readiness: [] }])[0]?.severity).toBe('medium');
      expect(of('readiness-missing', [workload('phi', { dataClasses: ['phi'] })])[0]?.title).toBe('Not ready to migrate: phi misses 6 readiness checks');
    });
    it('does not fire when all checks pass, outside production, or for a workload retired or retained', () => {
      const all = workload('a', {
        criticality: 1,
        readiness: ['backup-restore-tested', 'performance-baseline', 'identity-federated', 'monitoring-in-place', 'runbook-ready', 'infrastructure-as-code'],
      });
      const staging = workload('b', { criticality: 1, environment: 'staging' });
      const retiring = workload('c', { criticality: 1, strategy: 'retire' });
      const plain = workload('d', { criticality: 2, dataClasses: ['financial'] });
      expect(of('readiness-missing', [all, staging, retiring, plain])).toEqual([]);
    });
  });

  describe('dependency cycles', () => {
    it('raise one finding per cycle, with its members, edges and explanation', () => {
      const a = workload('a', { name: 'Pharmacy' });
      const b = workload('b', { name: 'Procurement' });
      const [f] = of('cycle-forces-move-group', [a, b], [dependency('a', 'b', { id: 'ab' }), dependency('b', 'a', { id: 'ba' })]);
      expect(f).toMatchObject({ severity: 'medium', workloadIds: ['a', 'b'] });
      expect([...(f?.dependencyIds ?? [])].sort()).toEqual(['ab', 'ba']);
      expect(f?.meaning).toMatch(/^Pharmacy → Procurement → Pharmacy: /);
    });
  });

  describe('tiers that do not fit together in one environment', () => {
    const web = workload('web', { name: 'Odoo web', system: 'Odoo ERP', tenant: 'Clinics', chosenTier: 'dedicated-environment' });
    const db = workload('db', { name: 'PostgreSQL', system: 'Odoo ERP', tenant: 'Clinics', kind: 'database', chosenTier: 'multi-tenant' });
    it('fires for an application on a dedicated environment with its database multi-tenant', () => {
      const [f] = of('mixed-tiers-in-environment', [web, db]);
      expect(f).toMatchObject({ severity: 'medium', workloadIds: ['web', 'db'] });
      expect(f?.title).toBe('Tiers do not fit together: Odoo ERP, Clinics, production');
      expect(f?.meaning).toContain('Odoo web is on dedicated environment, but PostgreSQL is multi-tenant');
    });
    it('fires for dedicated-database compute over a shared data store', () => {
      expect(of('mixed-tiers-in-environment', [{ ...web, chosenTier: 'dedicated-database' }, db])).toHaveLength(1);
    });
    it('does not fire across tenants, environments or systems, or when the store is dedicated', () => {
      expect(of('mixed-tiers-in-environment', [web, { ...db, tenant: 'Hospital' }])).toEqual([]);
      expect(of('mixed-tiers-in-environment', [web, { ...db, environment: 'staging' }])).toEqual([]);
      expect(of('mixed-tiers-in-environment', [web, { ...db, system: '' }])).toEqual([]);
      expect(of('mixed-tiers-in-environment', [web, { ...db, chosenTier: 'dedicated-database' }])).toEqual([]);
    });
  });

  describe('promotion path', () => {
    const prod = workload('prod', { system: 'Odoo ERP', chosenTier: 'dedicated-environment' });
    const staging = workload('stg', { name: 'Odoo staging', system: 'Odoo ERP', environment: 'staging', dataClasses: ['pii'], chosenTier: 'multi-tenant' });
    it('fires when production is dedicated and staging, holding real data, is shared', () => {
      const [f] = of('promotion-path-broken', [prod, staging]);
      expect(f).toMatchObject({ severity: 'medium', workloadIds: ['stg'] });
      expect(f?.title).toBe('Promotion path breaks: Odoo ERP production on dedicated environment, staging with real data multi-tenant');
      expect(of('promotion-path-broken', [prod, { ...staging, dataClasses: ['phi'], tierOverrideReason: 'x' }])[0]?.severity).toBe('high');
    });
    it('does not fire when staging is masked, production is shared, or the systems differ', () => {
      expect(of('promotion-path-broken', [prod, { ...staging, masked: true }])).toEqual([]);
      expect(of('promotion-path-broken', [{ ...prod, chosenTier: 'multi-tenant' }, staging])).toEqual([]);
      expect(of('promotion-path-broken', [prod, { ...staging, system: 'Payroll' }])).toEqual([]);
    });
  });

  it('lists every unclassified production workload in one high finding, saying they are treated as restricted', () => {
    const found = of('unclassified-production', [
      workload('a', { name: 'Payroll export' }),
      workload('c', { name: 'Lab results', environment: 'dr' }),
      workload('b', { environment: 'development' }),
      workload('p', { dataClasses: ['public'] }),
    ]);
    expect(found.map((f) => [f.severity, f.workloadIds])).toEqual([['high', ['a', 'c']]]);
    expect(found[0]?.title).toBe('2 production workloads have no data classes: Payroll export and Lab results');
    expect(found[0]?.meaning).toMatch(/the tier rules treat them as restricted \(a dedicated environment\) until classified/);
    expect(found[0]?.action).toMatch(/filter Sensitivity by “Unclassified”/);
    // A dependency carrying a class classifies its ends: nothing is asked of them.
    expect(of('unclassified-production', [workload('a'), workload('x', { dataClasses: ['pii'] })], [dependency('a', 'x', { dataClasses: ['pii'] })])).toEqual([]);
    // With the estate's setting relaxed, the finding says the recommendation may be too weak.
    const relaxed = analyseEstate({ workloads: [workload('a')], dependencies: [], classification: { unclassifiedProductionAsRestricted: false } }).findings;
    expect(relaxed[0]?.meaning).toMatch(/may be too weak/);
  });

  it('lists the most severe first and indexes findings by workload', () => {
    const analysis = analyseEstate(healthcareSampleEstate());
    const ranks = analysis.findings.map((f) => SEVERITIES.indexOf(f.severity));
    expect(new Set(ranks).size).toBeGreaterThan(1);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(analysis.findingsOf('hosp-pg-staging').map((f) => f.rule)).toContain('unmasked-restricted-outside-production');
  });

  it('indexes findings by workload', () => {
    const analysis = analyseEstate({ workloads: [workload('a', { dataClasses: ['operational'] }), workload('s', { environment: 'staging', dataClasses: ['phi'] })], dependencies: [] });
    expect(analysis.findingsOf('s').map((f) => f.rule)).toEqual(['unmasked-restricted-outside-production']);
  });

  it('finds in the sample every kind of finding this issue names', () => {
    const analysis = analyseEstate(healthcareSampleEstate());
    const rules = new Set(analysis.findings.map((f) => f.rule));
    for (const rule of FINDING_RULES.map((r) => r.id).filter((id) => id !== 'unclassified-production')) expect(rules, rule).toContain(rule);
    const traefik = analysis.findingsOf('clin-traefik').find((f) => f.rule === 'restricted-on-multi-tenant');
    expect(traefik?.title).toBe('PHI on a multi-tenant workload: Traefik ingress (clinics, shared)');
    // Every finding reads as sentences.
    for (const f of analysis.findings) for (const text of [f.title, f.meaning, f.action]) expect(text).toMatch(/^[A-Z]/);
  });
});
