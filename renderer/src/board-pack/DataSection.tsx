import type { BoardPack } from '../../../shared/board-pack/board-pack-types';
import { SUMMARY_DECISIONS } from './ExecutiveSummary';
import { Section } from './parts';

/** "current cost recorded" → "Current cost recorded"; "vCPU, memory…" stays as written. */
const sentenceCase = (label: string) => (/^[a-z][A-Z]/.test(label) ? label : (label[0]?.toUpperCase() ?? '') + label.slice(1));

export function DataSection({ pack }: { pack: BoardPack }) {
  const { completeness, assumptions, summarised, decisions, conventions: c } = pack;
  return (
    <Section
      id="data"
      number={7}
      title="Data completeness and assumptions"
      lede="What the figures rest on: how much of the inventory is recorded (the cost ranges widen where it is not), and the settings of the plan."
    >
      {decisions.length > SUMMARY_DECISIONS && (
        <table className="bp-table">
          <caption>Every decision needed (the summary names the first {SUMMARY_DECISIONS})</caption>
          <tbody>
            {decisions.map((d) => (
              <tr key={d.title}>
                <th scope="row">{d.title}</th>
                <td>{d.detail}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <table className="bp-table">
        <caption>Data completeness (planned and retired workloads)</caption>
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col" className="bp-num">
              Known
            </th>
            <th scope="col" className="bp-num">
              Share
            </th>
            <th scope="col">
              <span className="bp-visually-hidden">Bar</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {completeness.map((row) => (
            <tr key={row.label}>
              <td>{sentenceCase(row.label)}</td>
              <td className="bp-num">
                {c.count(row.known)} of {c.count(row.of)}
              </td>
              <td className="bp-num">{c.percent(row.known / row.of)}</td>
              <td className="bp-meter-cell">
                <span className="bp-meter">
                  <span style={{ width: `${Math.round((row.known / row.of) * 100)}%` }} />
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="bp-table bp-assumptions">
        <caption>Assumptions</caption>
        <tbody>
          {assumptions.map((a) => (
            <tr key={a.topic}>
              <th scope="row">{a.topic}</th>
              <td>{a.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {summarised.length > 0 && (
        <div className="bp-summarised">
          <h3>What this pack summarises</h3>
          <p>The estate is too large to list in full on paper; the plan workbook (.xlsx) has every row.</p>
          <ul>
            {summarised.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </div>
      )}
    </Section>
  );
}
