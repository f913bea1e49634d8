import { ENVIRONMENTS, TIERS, labelOf, type Tier } from '../../../shared/domain/enums';
import type { Workload } from '../../../shared/domain/workload';

type Counts = Map<string, Record<Tier, number>>;

function countBy(rows: readonly Workload[], tierOf: (id: string) => Tier, keyOf: (w: Workload) => string): Counts {
  const counts: Counts = new Map();
  for (const w of rows) {
    const key = keyOf(w);
    const row = counts.get(key) ?? { 'multi-tenant': 0, 'dedicated-database': 0, 'dedicated-environment': 0 };
    row[tierOf(w.id)]++;
    counts.set(key, row);
  }
  return counts;
}

const SHORT: Record<Tier, string> = { 'multi-tenant': 'Multi-tenant', 'dedicated-database': 'Ded. database', 'dedicated-environment': 'Ded. environment' };

function CountTable({ title, counts, order }: { title: string; counts: Counts; order: string[] }) {
  return (
    <table className="summary-table">
      <caption>{title}</caption>
      <thead>
        <tr>
          <th />
          {TIERS.map((t) => (
            <th key={t} className={`tier-${t}`} title={labelOf(t)}>
              {SHORT[t]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {order
          .filter((k) => counts.has(k))
          .map((k) => (
            <tr key={k}>
              <th scope="row" title={k}>
                {k}
              </th>
              {TIERS.map((t) => (
                <td key={t} className={counts.get(k)?.[t] ? '' : 'zero'}>
                  {counts.get(k)?.[t] ?? 0}
                </td>
              ))}
            </tr>
          ))}
      </tbody>
    </table>
  );
}

/** How many of the shown workloads sit on each planned tier: in all, per tenant, per environment. */
export function TierSummary({ rows, tierOf }: { rows: readonly Workload[]; tierOf: (id: string) => Tier }) {
  const total = countBy(rows, tierOf, () => 'all').get('all');
  const byTenant = countBy(rows, tierOf, (w) => w.tenant || 'Shared (no tenant)');
  const byEnvironment = countBy(rows, tierOf, (w) => labelOf(w.environment));
  return (
    <section className="tier-summary" aria-label="Tier summary">
      <div className="tier-totals">
        <div className="summary-caption">Planned tiers of the {rows.length.toLocaleString('en')} shown</div>
        {TIERS.map((t) => (
          <div key={t} className={`tier-total tier-${t}`}>
            <span className="tier-count">{(total?.[t] ?? 0).toLocaleString('en')}</span>
            <span>{labelOf(t)}</span>
          </div>
        ))}
      </div>
      <CountTable title="Per tenant" counts={byTenant} order={[...byTenant.keys()].sort()} />
      <CountTable title="Per environment" counts={byEnvironment} order={ENVIRONMENTS.map((e) => labelOf(e))} />
    </section>
  );
}
