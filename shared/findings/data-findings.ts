import type { Dependency } from '../domain/dependency.js';
import { labelOf } from '../domain/enums.js';
import type { Workload } from '../domain/workload.js';
import { holdsProductionData } from '../domain/production-data.js';
import { finding, listNames, workloadFinding, type Finding, type FindingContext, type FindingRule } from './finding.js';

// Findings about where restricted data sits (docs/domain-rules.md, "Findings").
// Each check runs over the whole estate on every edit. Its loop only tests, with plain
// indexed loops; the finding and the closure that words it are made in a function of
// their own, so a workload that raises nothing allocates nothing.

const detail = (reason: string) => reason.replace(/^\w+: /, '');

function phiOnMultiTenant(ctx: FindingContext, rule: string, w: Workload, flows: readonly Dependency[]): Finding {
  return workloadFinding(
    rule,
    'high',
    w,
    () => ({
      title: `PHI on a multi-tenant workload: ${w.name}`,
      meaning: `${w.name} is planned on the multi-tenant tier, yet it ${detail(ctx.sensitivity.get(w.id)?.reason ?? '')}. Restricted data would share compute, storage and backups with other tenants, with isolation resting on logical controls alone: harder compliance evidence and noisy-neighbour exposure.`,
      action: 'Move it to a dedicated environment, or stop the PHI at the boundary (tokenise or mask it before it reaches the shared tier).',
    }),
    { dependencies: flows, acceptedRisk: (w.chosenTier && w.tierOverrideReason.trim()) || undefined },
  );
}

export const restrictedOnMultiTenant: FindingRule = {
  id: 'restricted-on-multi-tenant',
  name: 'Restricted data on a multi-tenant workload',
  detect(ctx) {
    const found: Finding[] = [];
    for (let i = 0; i < ctx.workloads.length; i++) {
      if (ctx.levelAt(i) !== 'restricted' || ctx.tierAt(i) !== 'multi-tenant') continue;
      found.push(phiOnMultiTenant(ctx, this.id, ctx.workloads[i] as Workload, ctx.restrictedFlowsAt(i)));
    }
    return found;
  },
};

function unmaskedOutsideProduction(ctx: FindingContext, rule: string, w: Workload, ownPhi: boolean, involved: readonly Dependency[], fromProduction: readonly Dependency[]): Finding {
  return workloadFinding(
    rule,
    'high',
    w,
    () => {
      const env = labelOf(w.environment).toLowerCase();
      const sources = fromProduction.map((d) => ctx.nameOf(d.consumerId === w.id ? d.providerId : d.consumerId));
      const how = ownPhi ? 'holds unmasked PHI' : `receives PHI from production (${listNames(sources)})`;
      return {
        title: `Unmasked patient data in ${env}: ${w.name}`,
        meaning: `${w.name} ${how}. Outside production, real patient data is open to people and tools with weaker controls (developers, test automation, vendor access), and copies escape production's audit trail.`,
        action:
          'Mask or synthesise the data on its way out of production (a promotion gate). If it must stay real, give this environment production controls: a dedicated database, federated identity and audit logging.',
      };
    },
    { dependencies: involved },
  );
}

export const unmaskedRestrictedOutsideProduction: FindingRule = {
  id: 'unmasked-restricted-outside-production',
  name: 'Unmasked patient data outside production',
  detect(ctx) {
    const found: Finding[] = [];
    // Real PHI also arrives over a dependency from production, masked or not here.
    // One visitor for every workload collects those flows into `fromProduction`.
    let fromProduction: Dependency[] | undefined;
    const collect = (d: Dependency, other: number) => {
      if (holdsProductionData(ctx.workloads[other] as Workload)) (fromProduction ??= []).push(d);
    };
    for (let i = 0; i < ctx.workloads.length; i++) {
      const w = ctx.workloads[i] as Workload;
      if (holdsProductionData(w)) continue;
      const ownPhi = !w.masked && w.dataClasses.includes('phi');
      fromProduction = undefined;
      ctx.forEachRestrictedFlow(i, collect);
      if (!ownPhi && !fromProduction) continue;
      const fromProd: readonly Dependency[] = fromProduction ?? [];
      found.push(unmaskedOutsideProduction(ctx, this.id, w, ownPhi, ownPhi ? ctx.restrictedFlowsAt(i) : fromProd, fromProd));
    }
    return found;
  },
};

/** Every production workload nobody has classified, as one finding: the list is what needs classifying. */
function unclassified(rule: string, workloads: readonly Workload[], asRestricted: boolean): Finding {
  return finding({ rule, severity: 'high', workloadIds: workloads.map((w) => w.id), dependencyIds: [], keyPart: 'estate' }, () => {
    const names = listNames(workloads.map((w) => w.name));
    const count = workloads.length === 1 ? 'One production workload has' : `${workloads.length.toLocaleString('en')} production workloads have`;
    return {
      title: `${count} no data classes: ${names}`,
      meaning: asRestricted
        ? `Nobody has recorded what data ${workloads.length === 1 ? 'it holds' : 'they hold'}. In a healthcare estate unknown data may be patient data, so the tier rules treat ${workloads.length === 1 ? 'it' : 'them'} as restricted (a dedicated environment) until classified: the plan is safe, but probably dearer than it needs to be.`
        : `Nobody has recorded what data ${workloads.length === 1 ? 'it holds' : 'they hold'}, and this estate is set to plan unclassified production without the restricted rule, so ${workloads.length === 1 ? 'its' : 'their'} tier recommendations may be too weak: patient data could land on a shared tier.`,
      action: 'Classify them: in the Inventory, filter Sensitivity by “Unclassified”, select the rows (Shift+click) and set Data classes for all of them at once with Bulk edit.',
    };
  });
}

export const unclassifiedProduction: FindingRule = {
  id: 'unclassified-production',
  name: 'Production workloads without data classes',
  detect(ctx) {
    let found: Workload[] | undefined;
    for (let i = 0; i < ctx.workloads.length; i++) {
      const w = ctx.workloads[i] as Workload;
      if (holdsProductionData(w) && ctx.levelAt(i) === 'unclassified') (found ??= []).push(w);
    }
    return found ? [unclassified(this.id, found, ctx.unclassifiedAsRestricted)] : [];
  },
};
