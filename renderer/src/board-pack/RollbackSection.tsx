import type { BoardPack } from '../../../shared/board-pack/board-pack-types';
import { RollbackChart } from './charts/RollbackChart';
import { Section, duration } from './parts';

/** The gates as the workloads they name ("Traefik ingress: backup restore tested, …"), three by name and the rest counted. */
function stillToProve(gates: readonly string[], n: (x: number) => string): string {
  if (gates.length === 0) return '—';
  const names = gates.map((g) => g.split(':')[0] ?? g);
  const shown = names.slice(0, 2).join('; ');
  return gates.length > 2 ? `${shown} and ${n(gates.length - 2)} more` : shown;
}

export function RollbackSection({ pack }: { pack: BoardPack }) {
  const { rollback, conventions: c } = pack;
  const late = rollback.filter((r) => r.rollbackMinutes > r.windowMinutes || r.rtoBreaches > 0).length;
  return (
    <Section
      id="rollback"
      number={6}
      title="Rollback readiness per wave"
      lede={`How long each wave takes to roll back (the critical path of its runbook's way back, with the architect's edits), against its maintenance window and its smallest RTO. ${late === 0 ? 'Every wave rolls back within its window and its RTOs.' : `${c.count(late)} ${late === 1 ? 'wave does' : 'waves do'} not.`}`}
    >
      <RollbackChart rows={rollback} />
      <div className="bp-legend" aria-hidden="true">
        <span className="bp-key bp-fill-2" /> Rollback time <span className="bp-key bp-fill-bad" /> Longer than the window or an RTO <span className="bp-key bp-key-window" /> Maintenance window
      </div>
      <table className="bp-table">
        <thead>
          <tr>
            <th scope="col">Wave</th>
            <th scope="col" className="bp-num">
              Workloads
            </th>
            <th scope="col" className="bp-num">
              Rollback
            </th>
            <th scope="col" className="bp-num">
              Window
            </th>
            <th scope="col" className="bp-num">
              Smallest RTO
            </th>
            <th scope="col" className="bp-fits">
              Fits
            </th>
            <th scope="col" className="bp-num">
              Restores
            </th>
            <th scope="col" className="bp-num">
              Proven
            </th>
            <th scope="col">Still to prove</th>
          </tr>
        </thead>
        <tbody>
          {rollback.map((r) => {
            const fits = r.rollbackMinutes <= r.windowMinutes && r.rtoBreaches === 0;
            return (
              <tr key={r.wave}>
                <td>{r.wave}</td>
                <td className="bp-num">{c.count(r.workloads)}</td>
                <td className="bp-num">{duration(r.rollbackMinutes)}</td>
                <td className="bp-num">{duration(r.windowMinutes)}</td>
                <td className="bp-num">{r.smallestRto === null ? '—' : duration(r.smallestRto)}</td>
                <td className={`bp-fits ${fits ? 'bp-ok' : 'bp-bad'}`}>
                  {fits ? 'Yes' : 'No'}
                  {r.rollbackMinutes > r.windowMinutes && <span className="bp-cell-note">over the window</span>}
                  {r.rtoBreaches > 0 && <span className="bp-cell-note">{c.count(r.rtoBreaches)} past their RTO</span>}
                </td>
                <td className="bp-num">{c.count(r.restores)}</td>
                <td className="bp-num">
                  {c.count(r.proven)} of {c.count(r.workloads)}
                </td>
                <td>{stillToProve(r.gates, c.count)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="bp-note">
        Restores: stores brought back from backup, the last resort. Proven: members with a tested restore and a ready runbook. Still to prove: the workloads whose readiness checks gate the wave (the
        Readiness view lists each check).
      </p>
    </Section>
  );
}
