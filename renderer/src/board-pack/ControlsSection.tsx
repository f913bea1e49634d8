import type { BoardPack } from '../../../shared/board-pack/board-pack-types';
import { SeverityChip } from './parts';

/** Which controls (HIPAA, GDPR, ISO 27001) have open findings; a sentence instead when no control is mapped. Part of the findings section. */
export function ControlCoverage({ pack }: { pack: BoardPack }) {
  const { controls, conventions: c } = pack;
  return (
    <div className="bp-controls" aria-labelledby="bp-controls">
      <h3 id="bp-controls">Control coverage</h3>
      {controls.length === 0 ? (
        <p>No findings are mapped to HIPAA, GDPR or ISO 27001 controls for this estate, so there is no control coverage table.</p>
      ) : (
        <table className="bp-table">
          <thead>
            <tr>
              <th scope="col">Framework</th>
              <th scope="col">Control</th>
              <th scope="col">Title</th>
              <th scope="col" className="bp-num">
                Open findings
              </th>
              <th scope="col">Highest</th>
            </tr>
          </thead>
          <tbody>
            {controls.map((row) => (
              <tr key={`${row.framework}-${row.control}`}>
                <td>{row.framework}</td>
                <td className="bp-date">{row.control}</td>
                <td>{row.title}</td>
                <td className={`bp-num ${row.openFindings ? '' : 'bp-zero'}`}>{c.count(row.openFindings)}</td>
                <td>{row.highestSeverity ? <SeverityChip severity={row.highestSeverity} /> : <span className="bp-zero">—</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
