import { useMemo, useState } from 'react';
import { ENVIRONMENTS } from '../../../shared/domain/enums';
import type { EstateSnapshot } from '../../../shared/estate/estate';
import { SENSITIVITY_LEVELS_HIGH_FIRST } from '../../../shared/domain/sensitivity';
import { useAnalysis } from '../report/use-report';
import { FilterSelect } from '../components/FilterSelect';
import { AcceptRecommendations } from './AcceptRecommendations';
import { STATUS_LABELS, tierRows, type TierFilters, type TierStatus } from './tier-rows';
import { TierSummary } from './TierSummary';
import { TiersTable } from './TiersTable';
import { UnclassifiedNotice } from './UnclassifiedNotice';

const STATUSES = Object.keys(STATUS_LABELS) as TierStatus[];

/** Effective sensitivity, recommended tier and why, the architect's choice, and the summary. */
export function TiersView({ snapshot }: { snapshot: EstateSnapshot }) {
  const analysis = useAnalysis(snapshot);
  const [filters, setFilters] = useState<TierFilters>({ search: '', environment: '', tenant: '', sensitivity: '', show: '' });
  const set = <K extends keyof TierFilters>(key: K, value: TierFilters[K]) => setFilters((f) => ({ ...f, [key]: value }));
  const rows = useMemo(() => tierRows(snapshot.workloads, analysis, filters), [snapshot.workloads, analysis, filters]);
  const tenants = useMemo(() => [...new Set(snapshot.workloads.map((w) => w.tenant || '(no tenant)'))].sort(), [snapshot.workloads]);

  return (
    <div className="tiers-view">
      <div className="view-toolbar">
        <input className="text-input search" type="search" placeholder="Search workloads or systems" aria-label="Search tiers" value={filters.search} onChange={(e) => set('search', e.target.value)} />
        <FilterSelect label="Environment" all="All environments" options={ENVIRONMENTS} value={filters.environment as (typeof ENVIRONMENTS)[number] | ''} onChange={(v) => set('environment', v)} />
        <FilterSelect label="Tenant" all="All tenants" options={tenants} value={filters.tenant} onChange={(v) => set('tenant', v)} />
        <FilterSelect label="Sensitivity" all="All sensitivities" options={SENSITIVITY_LEVELS_HIGH_FIRST} value={filters.sensitivity} onChange={(v) => set('sensitivity', v)} />
        <select className="select" aria-label="Show" value={filters.show} onChange={(e) => set('show', e.target.value as TierFilters['show'])}>
          <option value="">Every choice</option>
          <option value="differs">Differs from the recommendation</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
        <span className="spacer" />
        <span className="muted">
          {rows.length.toLocaleString('en')} of {snapshot.workloads.length.toLocaleString('en')}
        </span>
        <AcceptRecommendations rows={rows} analysis={analysis} />
      </div>
      <UnclassifiedNotice snapshot={snapshot} analysis={analysis} />
      <TierSummary rows={rows} tierOf={analysis.tierOf} />
      <TiersTable rows={rows} analysis={analysis} />
    </div>
  );
}
