import { ESTATE_LINE_NAMES } from '../../../shared/costs/business-case';
import { completenessSentences } from '../../../shared/costs/completeness';
import { explainLine } from '../../../shared/costs/explain-case';
import { formatMoney } from '../../../shared/costs/money';
import type { RateCard } from '../../../shared/costs/rate-card';
import type { CostStage } from '../../../shared/report/cost-stage';
import { Figure } from './Figure';

// The business case's own lines (landing zone, connectivity, egress, tools) and the parts
// of the workloads' run rate a CFO asks about (licences, support, subscriptions,
// commitments, what retiring saves), each opening to its terms; then the data they rest on.

export function BusinessCaseLines({ costs, card }: { costs: CostStage; card: RateCard }) {
  const money = (x: number) => formatMoney(x, card.currency);
  const { planned, retired } = costs;
  const parts: { name: string; value: number; how: string }[] = [
    {
      name: 'Licences',
      value: planned.licence,
      how: `Licence-included workloads: their vCPU × ${money(card.licencePerVcpuMonth)} a month; bring-your-own and open-source ones pay nothing more. In each workload’s run rate after.`,
    },
    { name: 'Provider support', value: planned.support, how: `${Math.round(card.supportShare * 100)}% of each hosted workload’s hosting and licences. In each workload’s run rate after.` },
    {
      name: 'Subscriptions',
      value: planned.subscription,
      how: `Repurchased workloads, ${card.saasPricing === 'per-user' ? `${money(card.saasUserMonth)} per user` : `${money(card.saasTenantMonth)} per system and tenant`} a month.`,
    },
    {
      name: 'Commitment discounts',
      value: -planned.commitment,
      how:
        card.commitmentTerm === 0
          ? 'No commitment on the rate card: compute is paid as you go.'
          : `A ${card.commitmentTerm}-year commitment on ${Math.round(card.committedShare * 100)}% of production compute, taken off each workload’s run rate.`,
    },
    {
      name: 'Retired: run cost saved',
      value: -retired.runBefore,
      how: `${retired.workloads} retired workload${retired.workloads === 1 ? '' : 's'} switched off after the last cutover; decommissioning ${money(retired.oneTime)} once.`,
    },
  ];
  return (
    <section className="wave-costs business-case" aria-label="Business case lines">
      <div className="section-bar">
        <h3>Business case lines</h3>
        <span className="muted small">Click a figure to see its terms.</span>
      </div>
      <table className="cost-table">
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">One-time</th>
            <th scope="col">Per month during the plan</th>
            <th scope="col">Per month after</th>
          </tr>
        </thead>
        <tbody>
          {costs.lines.map((l) => (
            <tr key={l.id}>
              <th scope="row">{ESTATE_LINE_NAMES[l.id]}</th>
              {[l.oneTime, l.monthlyDuring, l.monthlyAfter].map((v, i) => (
                <td key={i}>
                  <Figure label={`${ESTATE_LINE_NAMES[l.id]}, ${['one-time', 'per month during the plan', 'per month after'][i]}`} text={money(v)} explain={() => explainLine(l, card)} />
                </td>
              ))}
            </tr>
          ))}
          {parts.map((p) => (
            <tr key={p.name}>
              <th scope="row">{p.name}</th>
              <td className="muted">—</td>
              <td className="muted">—</td>
              <td>
                <Figure label={`${p.name}, per month`} text={money(p.value)} explain={() => p.how} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small completeness">The ranges rest on: {completenessSentences(costs.completeness).join('; ')}.</p>
    </section>
  );
}
