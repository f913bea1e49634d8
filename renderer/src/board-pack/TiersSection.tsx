import type { BoardPack, TierTable } from '../../../shared/board-pack/board-pack-types';
import type { Conventions } from '../../../shared/board-pack/conventions';
import { TIERS, labelOf } from '../../../shared/domain/enums';
import { Section } from './parts';

function CountTable({ table, c }: { table: TierTable; c: Conventions }) {
  return (
    <table className="bp-table bp-tier-table">
      <caption>{table.title}</caption>
      <thead>
        <tr>
          <th scope="col" />
          {TIERS.map((t) => (
            <th key={t} scope="col" className="bp-num">
              {labelOf(t)}
            </th>
          ))}
          <th scope="col" className="bp-num">
            All
          </th>
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            {TIERS.map((t) => (
              <td key={t} className={`bp-num ${row.counts[t] ? '' : 'bp-zero'}`}>
                {c.count(row.counts[t])}
              </td>
            ))}
            <td className="bp-num">{c.count(TIERS.reduce((s, t) => s + row.counts[t], 0))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function TiersSection({ pack }: { pack: BoardPack }) {
  const { tiers, conventions: c } = pack;
  const all = TIERS.reduce((s, t) => s + tiers.total[t], 0);
  return (
    <Section
      id="tiers"
      number={3}
      title="Tenancy tiers"
      lede="How isolated each workload will run: on the shared platform (multi-tenant), with a database of its own, or in an environment of its own. Counted on the planned tier: the architect's choice, else the recommendation from the data it holds and its criticality."
    >
      <div className="bp-stats bp-stats-3">
        {TIERS.map((t) => (
          <div key={t} className={`bp-tier-${t}`}>
            <strong>{c.count(tiers.total[t])}</strong>
            <span>
              {labelOf(t)} ({all ? c.percent(tiers.total[t] / all) : '0%'})
            </span>
          </div>
        ))}
      </div>
      {tiers.tables.map((table) => (
        <CountTable key={table.title} table={table} c={c} />
      ))}
    </Section>
  );
}
