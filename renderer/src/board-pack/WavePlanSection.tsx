import type { BoardPack } from '../../../shared/board-pack/board-pack-types';
import { WAVE_PHASE_NAMES } from '../../../shared/planner/plan-types';
import { Gantt } from './charts/Gantt';
import { Section } from './parts';

/** Waves drawn this many to a chart, so a long plan's Gantt runs over pages without shrinking. */
const WAVES_PER_CHART = 26;

export function WavePlanSection({ pack }: { pack: BoardPack }) {
  const { waves, blackouts, conventions: c } = pack;
  const span = waves.length ? { start: waves[0]?.start ?? '', end: waves.reduce((e, w) => (w.end > e ? w.end : e), '') } : null;
  const charts: (typeof waves)[] = [];
  for (let i = 0; i < waves.length; i += WAVES_PER_CHART) charts.push(waves.slice(i, i + WAVES_PER_CHART));
  return (
    <Section
      id="waves"
      number={2}
      title="The wave plan"
      lede="Each wave from its start to its end; the diamond is its cutover, which falls on an allowed weekday at the cutover time, never on a public holiday, in finance close or in a blackout (shaded)."
    >
      {span ? (
        charts.map((chunk) => (
          <figure key={chunk[0]?.number} className="bp-figure">
            <Gantt waves={chunk} blackouts={blackouts} span={span} c={c} />
          </figure>
        ))
      ) : (
        <p>No waves are planned.</p>
      )}
      <div className="bp-legend" aria-hidden="true">
        <span className="bp-key bp-phase-foundation" /> Foundation <span className="bp-key bp-phase-pilot" /> Pilot <span className="bp-key bp-phase-non-production" /> Non-production
        <span className="bp-key bp-phase-production" /> Production <span className="bp-key bp-key-cutover" /> Cutover <span className="bp-key bp-blackout" /> Blackout
      </div>
      <table className="bp-table">
        <thead>
          <tr>
            <th scope="col">Wave</th>
            <th scope="col">Phase</th>
            <th scope="col">Start</th>
            <th scope="col">Cutover</th>
            <th scope="col">End</th>
            <th scope="col" className="bp-num">
              Workloads
            </th>
            <th scope="col" className="bp-num">
              Risk
            </th>
            <th scope="col" className="bp-num">
              Inputs known
            </th>
            <th scope="col" className="bp-num">
              One-time cost
            </th>
          </tr>
        </thead>
        <tbody>
          {waves.map((w) => (
            <tr key={w.number}>
              <td>{w.number}</td>
              <td>{WAVE_PHASE_NAMES[w.phase]}</td>
              <td className="bp-date">{c.day(w.start)}</td>
              <td>
                <span className="bp-date">{c.day(w.cutover)}</span>
                {w.cutoverMoved.length > 0 && <span className="bp-cell-note">moved past {w.cutoverMoved.join(', ')}</span>}
              </td>
              <td className="bp-date">{c.day(w.end)}</td>
              <td className="bp-num">{c.count(w.workloads)}</td>
              <td className="bp-num">{c.count(w.risk)}</td>
              <td className="bp-num">{c.percent(w.confidence)}</td>
              <td className="bp-num">{c.money(w.oneTime)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}
