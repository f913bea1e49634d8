import type { DependencySourceChoice, Spreadsheet } from '../../../shared/import/build-preview';
import { DEPENDENCY_ROLES, ROLE_LABELS, type DependencyRole } from '../../../shared/import/dependency-import';
import { columnName } from '../../../shared/excel/sheet-model';

type Props = {
  file: Spreadsheet;
  workloadSheet: string;
  choice: DependencySourceChoice;
  header: readonly string[];
  roles: DependencyRole[];
  onChoice(choice: DependencySourceChoice): void;
  onRoles(roles: DependencyRole[]): void;
  onPickFile(): void;
};

export function DependencySource({ file, workloadSheet, choice, header, roles, onChoice, onRoles, onPickFile }: Props) {
  const value = choice.from === 'sheet' ? `sheet:${choice.sheet}` : choice.from === 'file' ? 'file-chosen' : choice.from;
  return (
    <section className="dependency-source" aria-label="Dependencies">
      <h3>Dependencies</h3>
      <label className="muted small">
        Besides a “depends on” column, take dependencies from{' '}
        <select
          className="select small"
          aria-label="Dependencies from"
          value={value}
          onChange={(e) => {
            const v = e.target.value;
            if (v === 'file') onPickFile();
            else if (v !== 'file-chosen') onChoice(v.startsWith('sheet:') ? { from: 'sheet', sheet: v.slice(6) } : { from: v as 'none' | 'rows' });
          }}
        >
          <option value="none">nowhere else</option>
          {file.sheets
            .filter((s) => s.name !== workloadSheet)
            .map((s) => (
              <option key={s.name} value={`sheet:${s.name}`}>
                the sheet “{s.name}”
              </option>
            ))}
          <option value="rows">rows of this sheet marked by a record type</option>
          <option value="file">another file…</option>
          {choice.from === 'file' && <option value="file-chosen">{choice.file.fileName}</option>}
        </select>
      </label>
      {choice.from !== 'none' && (
        <table className="mapping-table">
          <tbody>
            {header.map((h, c) => (
              <tr key={`${c}-${h}`}>
                <th scope="row">
                  <span className="muted small">{columnName(c)}</span> {h || <em className="muted">no header</em>}
                </th>
                <td>
                  <select
                    className="select small"
                    aria-label={`Dependency role of ${h || columnName(c)}`}
                    value={roles[c] ?? 'ignore'}
                    onChange={(e) => onRoles(roles.map((r, i) => (i === c ? (e.target.value as DependencyRole) : r)))}
                  >
                    {DEPENDENCY_ROLES.map((r) => (
                      <option key={r} value={r}>
                        {ROLE_LABELS[r]}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
