import type { BoardPack } from '../../../shared/board-pack/board-pack-types';
import { ControlCoverage } from './ControlsSection';
import { More, Section, SeverityChip, plural } from './parts';

export function FindingsSection({ pack }: { pack: BoardPack }) {
  const { findings, conventions: c } = pack;
  const total = findings.count.high + findings.count.medium + findings.count.low;
  return (
    <Section
      id="findings"
      number={4}
      title="Findings by severity"
      lede={`${c.count(total)} ${plural(total, 'finding')}: ${c.count(findings.count.high)} high, ${c.count(findings.count.medium)} medium, ${c.count(findings.count.low)} low. Each check is counted once per severity, with its most severe case as the example.`}
    >
      <table className="bp-table bp-findings">
        <thead>
          <tr>
            <th scope="col">Severity</th>
            <th scope="col">Check</th>
            <th scope="col" className="bp-num">
              Findings
            </th>
            <th scope="col">Example and what to do</th>
          </tr>
        </thead>
        <tbody>
          {findings.groups.flatMap((g) =>
            g.checks.map((r) => (
              <tr key={`${g.severity}-${r.check}`}>
                <td>
                  <SeverityChip severity={r.severity} />
                </td>
                <td>{r.check}</td>
                <td className="bp-num">{c.count(r.count)}</td>
                <td>
                  {r.title}
                  <span className="bp-cell-note">{r.action}</span>
                </td>
              </tr>
            )),
          )}
        </tbody>
      </table>
      {findings.listed.length > 0 && (
        <>
          <h3>The high and medium findings, most severe first</h3>
          <table className="bp-table bp-listed">
            <thead>
              <tr>
                <th scope="col">Severity</th>
                <th scope="col">Finding</th>
                <th scope="col">What to do</th>
              </tr>
            </thead>
            <tbody>
              {findings.listed.map((f, i) => (
                <tr key={i}>
                  <td>
                    <SeverityChip severity={f.severity} />
                  </td>
                  <td>
                    {f.title}
                    <span className="bp-cell-note">{f.check}</span>
                  </td>
                  <td>{i > 0 && findings.listed[i - 1]?.action === f.action ? <span className="bp-muted">As above.</span> : f.action}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <More count={findings.more} what="high and medium findings, counted by check above and listed in the plan workbook's Findings sheet" n={c.count} />
        </>
      )}
      <ControlCoverage pack={pack} />
    </Section>
  );
}
