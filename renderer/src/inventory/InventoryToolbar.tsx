import { ENVIRONMENTS, WORKLOAD_KINDS, labelOf } from '../../../shared/domain/enums';
import { SENSITIVITY_LEVELS } from '../../../shared/domain/sensitivity';
import { count } from '../format';
import { useInventoryView } from './view-state';

type Props = { shown: number; total: number; onAdd(): void };

export function InventoryToolbar({ shown, total, onAdd }: Props) {
  const { search, filters, setSearch, setFilter } = useInventoryView();
  const filtered = search !== '' || Object.values(filters).some((v) => v !== '');
  return (
    <div className="inventory-toolbar">
      <input
        className="text-input search"
        type="search"
        placeholder="Search workloads…"
        title="Searches name, system, tenant, owner, business unit, move group and notes"
        aria-label="Search workloads"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      <select className="select" aria-label="Filter by environment" value={filters.environment} onChange={(e) => setFilter('environment', e.target.value)}>
        <option value="">All environments</option>
        {ENVIRONMENTS.map((e) => (
          <option key={e} value={e}>
            {labelOf(e)}
          </option>
        ))}
      </select>
      <select className="select" aria-label="Filter by kind" value={filters.kind} onChange={(e) => setFilter('kind', e.target.value)}>
        <option value="">All kinds</option>
        {WORKLOAD_KINDS.map((k) => (
          <option key={k} value={k}>
            {labelOf(k)}
          </option>
        ))}
      </select>
      <select className="select" aria-label="Filter by sensitivity" value={filters.sensitivity} onChange={(e) => setFilter('sensitivity', e.target.value as typeof filters.sensitivity)}>
        <option value="">All sensitivities</option>
        {[...SENSITIVITY_LEVELS].reverse().map((s) => (
          <option key={s} value={s}>
            {s[0]?.toUpperCase() + s.slice(1)}
          </option>
        ))}
      </select>
      <span className="count" aria-live="polite">
        {filtered ? `${shown.toLocaleString('en')} of ${count(total, 'workload')}` : count(total, 'workload')}
      </span>
      <span className="spacer" />
      <button type="button" className="button primary" onClick={onAdd}>
        + Add workload
      </button>
    </div>
  );
}
