import type { BoardPack } from '../../../shared/board-pack/board-pack-types';
import { labelOf } from '../../../shared/domain/enums';
import { BarChart } from './charts/BarChart';
import { SpendChart } from './charts/SpendChart';
import { Section } from './parts';

export function CostsSection({ pack }: { pack: BoardPack }) {
  const { costs, headlines: h, conventions: c } = pack;
  const waves = costs.byWave;
  return (
    <Section
      id="costs"
      number={5}
      title="Costs"
      lede={`In ${c.currency}, without tax, at the likely figures (the ranges are on the summary). One-time: effort, rehearsal, hypercare, tools and contingency; dual running: the new hosting from a wave's start and the old one through the parallel run.`}
    >
      <h3>One-time cost and dual running per wave</h3>
      <BarChart
        categories={waves.map((w) => `W${w.wave}`)}
        series={[
          { name: 'One-time', className: 'bp-fill-1', values: waves.map((w) => w.oneTime) },
          { name: 'Dual running', className: 'bp-fill-2', values: waves.map((w) => w.dualRunning) },
        ]}
        stacked
        format={c.compactMoney}
        label="One-time cost and dual running per wave"
      />
      <div className="bp-legend" aria-hidden="true">
        <span className="bp-key bp-fill-1" /> One-time <span className="bp-key bp-fill-2" /> Dual running
      </div>
      <table className="bp-table">
        <thead>
          <tr>
            <th scope="col">Wave</th>
            <th scope="col" className="bp-num">
              Workloads
            </th>
            <th scope="col" className="bp-num">
              One-time
            </th>
            <th scope="col" className="bp-num">
              Dual running
            </th>
            <th scope="col" className="bp-num">
              Run rate today / month
            </th>
            <th scope="col" className="bp-num">
              Run rate after / month
            </th>
          </tr>
        </thead>
        <tbody>
          {waves.map((w) => (
            <tr key={w.wave}>
              <td>{w.wave}</td>
              <td className="bp-num">{c.count(w.workloads)}</td>
              <td className="bp-num">{c.money(w.oneTime)}</td>
              <td className="bp-num">{c.money(w.dualRunning)}</td>
              <td className="bp-num">{c.money(w.runBefore)}</td>
              <td className="bp-num">{c.money(w.runAfter)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <div className="bp-keep-together">
        <h3>Run rate by tier, a month</h3>
        <BarChart
          categories={costs.byTier.map((t) => labelOf(t.tier))}
          series={[
            { name: 'Today', className: 'bp-fill-3', values: costs.byTier.map((t) => t.runBefore) },
            { name: 'After', className: 'bp-fill-1', values: costs.byTier.map((t) => t.runAfter) },
          ]}
          stacked={false}
          format={c.compactMoney}
          label="Run rate today and after by tier"
          height={170}
        />
        <div className="bp-legend" aria-hidden="true">
          <span className="bp-key bp-fill-3" /> Today (where recorded) <span className="bp-key bp-fill-1" /> After the move
        </div>
      </div>

      <div className="bp-keep-together">
        <h3>Cumulative spend</h3>
        <SpendChart spend={costs.spend} payback={costs.paybackMonth} c={c} />
        <div className="bp-legend" aria-hidden="true">
          <span className="bp-key bp-line-plan" /> With the plan <span className="bp-key bp-line-stay" /> Staying put
        </div>
        <p className="bp-note">
          {costs.paybackMonth ? `The plan has paid for itself by ${c.month(costs.paybackMonth)} at the likely figures.` : h.paybackNote}
          {costs.spendLeftOut > 0 && ` ${c.count(costs.spendLeftOut)} workloads with no recorded current cost are left out of this chart.`}
        </p>
      </div>

      {costs.lines.length > 0 && (
        <table className="bp-table">
          <caption>Estate-wide lines (not per workload)</caption>
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col" className="bp-num">
                One-time
              </th>
              <th scope="col" className="bp-num">
                A month after
              </th>
            </tr>
          </thead>
          <tbody>
            {costs.lines.map((l) => (
              <tr key={l.name}>
                <td>{l.name}</td>
                <td className="bp-num">{c.money(l.oneTime)}</td>
                <td className="bp-num">{c.money(l.monthly)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}
