import type { BoardPack } from '../../../shared/board-pack/board-pack-types';
import type { Range } from '../../../shared/costs/uncertainty';
import { SeverityChip, plural } from './parts';
import { TimelineStrip } from './charts/TimelineStrip';

/** The summary keeps to one page: past this many decisions, the rest are listed in section 7. */
export const SUMMARY_DECISIONS = 5;

/** One page: scope, the figures with their ranges, the timeline, the five risks and the decisions asked of the board. */
export function ExecutiveSummary({ pack }: { pack: BoardPack }) {
  const { conventions: c, scope, headlines: h, span, risks, decisions, findings } = pack;
  const range = (label: string, r: Range, unit = '') => (
    <tr>
      <th scope="row">{label}</th>
      <td>{c.money(r.low) + unit}</td>
      <td className="bp-likely">{c.money(r.likely) + unit}</td>
      <td>{c.money(r.high) + unit}</td>
    </tr>
  );
  const month = (m: string | null) => (m ? c.month(m) : '—');
  return (
    <section className="bp-section bp-summary" aria-labelledby="bp-summary">
      <h2 id="bp-summary">
        <span className="bp-number">1</span>Executive summary
      </h2>
      <div className="bp-stats">
        <div>
          <strong>{c.count(scope.moving)}</strong>
          <span>
            of {c.count(scope.workloads)} workloads move
            {scope.notMigrating > 0 ? `; ${c.count(scope.notMigrating)} retire or stay` : ''}
          </span>
        </div>
        <div>
          <strong>{c.count(scope.systems)}</strong>
          <span>
            {plural(scope.systems, 'system')} of {c.count(scope.tenants)} {plural(scope.tenants, 'tenant')}
          </span>
        </div>
        <div>
          <strong>{c.count(scope.waves)}</strong>
          <span>{span ? `waves, ${c.day(span.start)} to ${c.day(span.end)}` : 'waves planned'}</span>
        </div>
        <div>
          <strong>{c.count(findings.count.high)}</strong>
          <span>
            high {plural(findings.count.high, 'finding')}, {c.count(findings.count.medium)} medium
          </span>
        </div>
      </div>

      <div className="bp-summary-grid">
        <div>
          <h3>Headline figures</h3>
          <table className="bp-table bp-ranges">
            <thead>
              <tr>
                <th scope="col">{c.currency}</th>
                <th scope="col">Low</th>
                <th scope="col">Likely</th>
                <th scope="col">High</th>
              </tr>
            </thead>
            <tbody>
              {range('One-time cost', h.oneTime)}
              {range('Dual running', h.dualRunning)}
              {range('Run rate after / month', h.runAfter)}
              <tr>
                <th scope="row">Run rate today / month</th>
                <td colSpan={3}>{c.money(h.runBefore)} (where recorded)</td>
              </tr>
              <tr>
                <th scope="row">Payback</th>
                {h.payback.likely ? (
                  <>
                    <td>{month(h.payback.low)}</td>
                    <td className="bp-likely">{month(h.payback.likely)}</td>
                    <td>{month(h.payback.high)}</td>
                  </>
                ) : (
                  <td colSpan={3}>
                    {h.paybackNote}
                    {h.payback.low && ` At the low figures: ${c.month(h.payback.low)}.`}
                  </td>
                )}
              </tr>
            </tbody>
          </table>
          <p className="bp-note">Low and high: every uncertain input at its least and its most; the ranges are as wide as the inventory is incomplete (section 7).</p>
        </div>
        <div>
          <h3>Timeline</h3>
          <TimelineStrip pack={pack} />
          <p className="bp-note">Each wave from its start to its end; ◆ its cutover; grey: a blackout. Section 2 has the dates.</p>
        </div>
      </div>

      <h3>Top risks and what to do</h3>
      <ol className="bp-risks">
        {risks.map((r) => (
          <li key={`${r.severity}-${r.check}`}>
            <div className="bp-risk-head">
              <SeverityChip severity={r.severity} />
              <strong>{r.check}</strong>
              <span className="bp-muted">
                {c.count(r.count)} {plural(r.count, 'finding')}
              </span>
            </div>
            <p className="bp-risk-example">{r.title}</p>
            <p className="bp-risk-action">
              <span>What to do:</span> {r.action}
            </p>
          </li>
        ))}
        {risks.length === 0 && <li>No findings: nothing in the estate or the plan is flagged.</li>}
      </ol>

      <h3>Decisions needed</h3>
      {decisions.length > 0 ? (
        <ul className="bp-decisions">
          {decisions.slice(0, SUMMARY_DECISIONS).map((d) => (
            <li key={d.title}>
              <strong>{d.title}.</strong> {d.detail}
            </li>
          ))}
          {decisions.length > SUMMARY_DECISIONS && <li>… and {decisions.length - SUMMARY_DECISIONS} more, listed in section 7.</li>}
        </ul>
      ) : (
        <p>None: every tier has its reason, every workload a strategy, and every wave rolls back in its window.</p>
      )}
    </section>
  );
}
