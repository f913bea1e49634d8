import { ENVIRONMENTS, WORKLOAD_KINDS } from '../../../shared/domain/enums';
import { FilterSelect } from '../components/FilterSelect';
import { SENSITIVITY_LEVELS_HIGH_FIRST } from '../../../shared/domain/sensitivity';
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
      <FilterSelect label="Filter by environment" all="All environments" options={ENVIRONMENTS} value={filters.environment} onChange={(v) => setFilter('environment', v)} />
      <FilterSelect label="Filter by kind" all="All kinds" options={WORKLOAD_KINDS} value={filters.kind} onChange={(v) => setFilter('kind', v)} />
      <FilterSelect label="Filter by sensitivity" all="All sensitivities" options={SENSITIVITY_LEVELS_HIGH_FIRST} value={filters.sensitivity} onChange={(v) => setFilter('sensitivity', v)} />
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
