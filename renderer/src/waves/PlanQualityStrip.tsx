import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { ReactNode } from 'react';
import { formatMoney } from '../../../shared/costs/money';
import { labelOf } from '../../../shared/domain/enums';
import type { PlanQuality } from '../../../shared/planner/plan-quality';

const one = (n: number) => (Math.round(n * 10) / 10).toLocaleString('en');

/** One figure of the strip: a label above its value, the explanation on hover; `data-measure` lets a test wait on it. */
function Measure({ measure, label, value, title, children }: { measure: string; label: string; value: string; title: string; children?: ReactNode }) {
  return (
    <div className="quality-measure" data-measure={measure} title={title}>
      <span className="quality-label">{label}</span>
      <strong className="quality-value">{value}</strong>
      {children && <span className="quality-note">{children}</span>}
    </div>
  );
}

/**
 * How good the plan is, in one line of figures: the report's quality stage (the same
 * figures as the workbook's Summary), so the architect sees what a pin or a setting
 * costs in link-days, balance and dual running before the steering meeting does.
 */
export function PlanQualityStrip({ quality, currency }: { quality: PlanQuality; currency: string }) {
  const { hybrid, size, dualRunning } = quality;
  const weeks = quality.startDate && quality.endDate ? Math.ceil((differenceInCalendarDays(parseISO(quality.endDate), parseISO(quality.startDate)) + 1) / 7) : null;
  const kinds = hybrid.byKind.map((k) => `${labelOf(k.kind)}: ${k.links} (${k.linkDays} link-days)`).join('\n');
  return (
    <section className="quality-strip" aria-label="Plan quality" data-quality="ready">
      <Measure measure="waves" label="Waves" value={quality.waves.toLocaleString('en')} title="Waves that move workloads (a foundation wave is not counted)" />
      <Measure measure="end-date" label="Last cutover" value={quality.endDate ?? '—'} title="The end date: the last cutover of a wave that moves workloads">
        {weeks !== null && `${weeks} weeks`}
      </Measure>
      <Measure measure="hybrid-links" label="Hybrid links" value={hybrid.links.toLocaleString('en')} title={`Dependencies that run across the boundary at some point, by kind:\n${kinds || 'none'}`}>
        {hybrid.openEnded + hybrid.heldBack > 0 && `${hybrid.openEnded + hybrid.heldBack} stay open`}
      </Measure>
      <Measure
        measure="link-days"
        label="Link-days"
        value={hybrid.linkDays.toLocaleString('en')}
        title="For each hybrid link whose both ends move: the days from the first end's cutover to the second's, summed. Links to a workload that never moves are counted apart, not in days."
      >
        {hybrid.closing > 0 && `${one(hybrid.linkDays / hybrid.closing)} per link`}
      </Measure>
      <Measure
        measure="balance"
        label="Workloads per wave"
        value={size ? `${size.min}–${size.max}` : '—'}
        title={`Wave balance: the smallest and largest wave, ${size ? one(size.mean) : 0} on average; a spread (coefficient of variation) of ${size ? Math.round(size.cv * 100) : 0}% (0% is even)${quality.effort ? `. Effort: ${one(quality.effort.min)} to ${one(quality.effort.max)} days a wave` : ''}`}
      >
        {size && `spread ${Math.round(size.cv * 100)}%`}
      </Measure>
      {dualRunning && (
        <Measure
          measure="dual-running"
          label="Dual running"
          value={formatMoney(dualRunning.cost, currency)}
          title={`Each moved workload runs in both places from its wave's start to its cutover, and the old hosting through the parallel run after it: ${one(dualRunning.days.mean)} days on average, ${dualRunning.workloadDays.toLocaleString('en')} workload-days in all (the Costs view's figure)`}
        >
          {dualRunning.workloads > 0 && `${one(dualRunning.days.mean)} days each`}
        </Measure>
      )}
    </section>
  );
}
