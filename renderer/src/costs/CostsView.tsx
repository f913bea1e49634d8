import { lazy, Suspense, useMemo, useState } from 'react';
import { explainTotal } from '../../../shared/costs/explain';
import { formatMoney } from '../../../shared/costs/money';
import type { EstateSnapshot } from '../../../shared/estate/estate';
import { CostCharts } from './CostCharts';
import { WaveCostTable, WorkloadCostTable } from './CostTables';
import { Figure } from './Figure';
import { RateCardPanel } from './RateCardPanel';
import { usePlannedReport } from '../report/use-report';
import { pickPriceList, type Spreadsheet } from './pick-price-list';

// The price-list preview validates against the rate card's schema: loaded when it opens, so zod stays out of this view's chunk.
const PriceListDialog = lazy(() => import('./PriceListDialog').then((m) => ({ default: m.PriceListDialog })));

/** What the plan costs: headline figures, charts, per wave and per workload, and the rate card they come from. */
export function CostsView({ snapshot }: { snapshot: EstateSnapshot }) {
  const { report, pending } = usePlannedReport(snapshot);
  const [priceList, setPriceList] = useState<Spreadsheet | null>(null);
  const card = snapshot.rateCard;
  const byId = useMemo(() => new Map(snapshot.workloads.map((w) => [w.id, w])), [snapshot.workloads]);
  const nameOf = (id: string) => byId.get(id)?.name ?? id;
  const costs = report?.costs;
  const plannedCosts = useMemo(() => costs?.costs.filter((c) => c.wave !== null) ?? [], [costs]);
  if (!report || !costs) return <div className="loading">Planning the waves…</div>;
  const money = (x: number) => formatMoney(x, card.currency);
  const { planned, spend } = costs;
  const saving = planned.runBefore - planned.runAfter;
  return (
    <div className="waves-view costs-view">
      <div className="waves-main">
        {pending && (
          <div className="view-toolbar">
            <span className="replanning" role="status">
              <span className="spinner" aria-hidden="true" /> Replanning…
            </span>
          </div>
        )}
        <div className="cost-headlines">
          <div className="headline">
            <span className="headline-label">One-time migration</span>
            <Figure strong label="One-time migration cost" text={money(planned.oneTime)} explain={() => explainTotal('the plan', 'oneTime', plannedCosts, nameOf, card)} />
            <span className="muted small">effort, rehearsal, hypercare, contingency</span>
          </div>
          <div className="headline">
            <span className="headline-label">Dual running</span>
            <Figure strong label="Dual-running cost" text={money(planned.dualRunning)} explain={() => explainTotal('the plan', 'dualRunning', plannedCosts, nameOf, card)} />
            <span className="muted small">old and new hosting overlapping</span>
          </div>
          <div className="headline">
            <span className="headline-label">Run rate per month, after</span>
            <Figure strong label="Run rate after" text={money(planned.runAfter)} explain={() => explainTotal('the plan', 'runAfter', plannedCosts, nameOf, card)} />
            <span className="muted small">
              from <Figure label="Run rate before" text={money(planned.runBefore)} explain={() => explainTotal('the plan', 'runBefore', plannedCosts, nameOf, card)} /> today:{' '}
              <span className={saving >= 0 ? 'saving' : 'extra'}>{saving >= 0 ? `${money(saving)} less` : `${money(-saving)} more`}</span>
              {planned.runBeforeKnown < planned.workloads ? ` (current cost known for ${planned.runBeforeKnown} of ${planned.workloads})` : ''}
            </span>
          </div>
          <div className="headline">
            <span className="headline-label">Payback</span>
            <Figure
              strong
              label="Payback month"
              text={spend.paybackMonth ?? (spend.counted === 0 ? 'unknown' : 'not within 10 years')}
              explain={() =>
                spend.counted === 0
                  ? 'No planned workload has a current monthly cost recorded, so there is nothing to pay back against. Record current costs in the inventory.'
                  : `The first month the plan’s cumulative spend (one-time and dual-running costs in each wave’s start month, the new run rate after each cutover) is back under staying put. Counts the ${spend.counted.toLocaleString('en')} planned workloads whose current cost is recorded${spend.leftOut ? `; ${spend.leftOut.toLocaleString('en')} without one are left out` : ''}.`
              }
            />
            <span className="muted small">{spend.leftOut ? `${spend.leftOut} workloads without a current cost left out` : 'against staying where it is'}</span>
          </div>
        </div>
        <CostCharts costs={costs} waves={report.plan.waves} currency={card.currency} />
        <section className="wave-costs">
          <div className="section-bar">
            <h3>Per wave</h3>
            <span className="muted small">Run rates are per month. Click a figure to see how it was computed.</span>
          </div>
          <WaveCostTable costs={costs} card={card} nameOf={nameOf} />
        </section>
        <WorkloadCostTable costs={costs} workloads={snapshot.workloads} card={card} />
      </div>
      <div className="waves-side">
        <RateCardPanel card={card} onImport={() => void pickPriceList().then((file) => file && setPriceList(file))} />
      </div>
      {priceList && (
        <Suspense fallback={null}>
          <PriceListDialog file={priceList} onClose={() => setPriceList(null)} />
        </Suspense>
      )}
    </div>
  );
}
