import { lazy, Suspense, useMemo, useState } from 'react';
import { explainTotal } from '../../../shared/costs/explain';
import { explainOneTime, explainRunAfter } from '../../../shared/costs/explain-case';
import { explainPayback, paybackText as paybackWords } from '../../../shared/costs/explain-payback';
import type { Range } from '../../../shared/costs/uncertainty';
import { BusinessCaseLines } from './BusinessCaseLines';
import { formatMoney } from '../../../shared/costs/money';
import type { EstateSnapshot } from '../../../shared/estate/estate';
import { CostCharts } from './CostCharts';
import { WaveCostTable, WorkloadCostTable } from './CostTables';
import { Figure } from './Figure';
import { RateCardPanel } from './RateCardPanel';
import { SidePanel } from '../components/SidePanel';
import { usePlannedReport } from '../report/use-report';
import { pickPriceList, type Spreadsheet } from './pick-price-list';

// The price-list preview validates against the rate card's schema: loaded when it opens, so zod stays out of this view's chunk.
const PriceListDialog = lazy(() => import('./PriceListDialog').then((m) => ({ default: m.PriceListDialog })));

/** Low and high around a likely figure: every headline is a range (docs/domain-rules.md, "Costs", "Ranges"). */
function RangeNote({ range, money }: { range: Range; money(x: number): string }) {
  return (
    <span className="muted small range-note">
      {money(range.low)} – {money(range.high)} <span className="range-words">(low – high)</span>
    </span>
  );
}

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
  const { planned, spend, headlines: h } = costs;
  const saving = h.runBefore - h.runAfter.likely;
  const paybackText = (month: string | null) => paybackWords(month, spend);
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
            <Figure strong label="One-time cost, likely" text={money(h.oneTime.likely)} explain={() => explainOneTime(h.oneTime, planned, costs.retired, costs.lines, costs.completeness, card)} />
            <RangeNote range={h.oneTime} money={money} />
            <span className="muted small">effort, rehearsal, hypercare, tools, contingency, landing zone, connectivity</span>
          </div>
          <div className="headline">
            <span className="headline-label">Dual running</span>
            <Figure strong label="Dual-running cost, likely" text={money(h.dualRunning.likely)} explain={() => explainTotal('the plan', 'dualRunning', plannedCosts, nameOf, card)} />
            <RangeNote range={h.dualRunning} money={money} />
            <span className="muted small">old and new hosting overlapping</span>
          </div>
          <div className="headline">
            <span className="headline-label">Run rate per month, after</span>
            <Figure
              strong
              label="Run rate after, likely"
              text={money(h.runAfter.likely)}
              explain={() => explainRunAfter(h.runAfter, h.runBefore, planned, costs.retired, costs.lines, costs.completeness, card)}
            />
            <RangeNote range={h.runAfter} money={money} />
            <span className="muted small">
              from <Figure label="Run rate before" text={money(h.runBefore)} explain={() => explainTotal('the plan', 'runBefore', plannedCosts, nameOf, card)} /> today:{' '}
              <span className={saving >= 0 ? 'saving' : 'extra'}>{saving >= 0 ? `${money(saving)} less` : `${money(-saving)} more`}</span>
              {planned.runBeforeKnown < planned.workloads ? ` (current cost known for ${planned.runBeforeKnown} of ${planned.workloads})` : ''}
            </span>
          </div>
          <div className="headline">
            <span className="headline-label">Payback</span>
            <Figure strong label="Payback month, likely" text={paybackText(h.payback.likely)} explain={() => explainPayback(h.payback, spend)} />
            <span className="muted small range-note" role="group" aria-label="Payback range">
              earliest {paybackText(h.payback.low)} · latest {paybackText(h.payback.high)}
            </span>
            <span className="muted small">{spend.leftOut ? `${spend.leftOut} workloads without a current cost left out` : 'against staying where it is'}</span>
          </div>
        </div>
        <CostCharts costs={costs} waves={report.plan.waves} currency={card.currency} />
        <BusinessCaseLines costs={costs} card={card} />
        <section className="wave-costs">
          <div className="section-bar">
            <h3>Per wave</h3>
            <span className="muted small">Run rates are per month. Click a figure to see how it was computed.</span>
          </div>
          <WaveCostTable costs={costs} card={card} nameOf={nameOf} />
        </section>
        <WorkloadCostTable costs={costs} workloads={snapshot.workloads} card={card} />
      </div>
      <SidePanel panel="costs" label="Rate card">
        <RateCardPanel card={card} onImport={() => void pickPriceList().then((file) => file && setPriceList(file))} />
      </SidePanel>
      {priceList && (
        <Suspense fallback={null}>
          <PriceListDialog file={priceList} onClose={() => setPriceList(null)} />
        </Suspense>
      )}
    </div>
  );
}
