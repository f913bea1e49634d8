import { useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import type { RateCardLine } from '../../../shared/costs/rate-card-lines';
import { readPriceList, type PriceListRowProblem } from '../../../shared/import/price-list';
import { useAppStore } from '../store/app-store';
import { useEstateStore } from '../store/estate-store';
import { saveSetting } from '../store/save-setting';
import type { Spreadsheet } from './pick-price-list';

// A price list read against the estate's rate card: what each row would set, from what to
// what, and every row that cannot be used, before anything is written. Applying saves the
// whole card as one setting change, the same as an edit in the rate card panel, so one
// undo takes it all back; rows with problems block it until the user chooses to leave
// them out.

const LISTED = 200;

/** A rate as the rate card panel shows it: money to the cent (or finer, for per-GB prices), shares as percentages. */
function shownRate(line: RateCardLine, value: number, currency: string): string {
  switch (line.unit.kind) {
    case 'money':
      try {
        return new Intl.NumberFormat('en', { style: 'currency', currency, minimumFractionDigits: 2, maximumFractionDigits: 4 }).format(value);
      } catch {
        return `${currency} ${value.toLocaleString('en', { maximumFractionDigits: 4 })}`;
      }
    case 'share':
      return `${(value * 100).toLocaleString('en', { maximumFractionDigits: 2 })} %`;
    case 'factor':
      return `× ${value.toLocaleString('en', { maximumFractionDigits: 3 })}`;
    case 'days':
    case 'weeks':
      return `${value.toLocaleString('en', { maximumFractionDigits: 3 })} ${value === 1 ? line.unit.kind.slice(0, -1) : line.unit.kind}`;
  }
}

function RowList({ label, title, rows, note }: { label: string; title: string; rows: PriceListRowProblem[]; note?: string }) {
  if (rows.length === 0) return null;
  return (
    <section aria-label={label}>
      <h3>
        {title} {note && <span className="muted small">{note}</span>}
      </h3>
      <table className={`import-problems ${label === 'Not understood' ? 'warnings' : 'problems'}`}>
        <thead>
          <tr>
            <th scope="col">Sheet</th>
            <th scope="col">Row</th>
            <th scope="col">Column</th>
            <th scope="col">Item</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, LISTED).map((p, i) => (
            <tr key={i}>
              <td>{p.place.sheet}</td>
              <td>{p.place.row}</td>
              <td>{p.place.column}</td>
              <td className="value">{p.item}</td>
              <td>{p.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > LISTED && <p className="muted small">and {(rows.length - LISTED).toLocaleString('en')} more</p>}
    </section>
  );
}

export function PriceListDialog({ file, onClose }: { file: Spreadsheet; onClose(): void }) {
  const card = useEstateStore((s) => s.snapshot?.rateCard);
  const preview = useMemo(() => card && readPriceList(file, card), [file, card]);
  const [skipBad, setSkipBad] = useState(false);
  if (!card || !preview) return null;
  const { changes, problems, unknown, same, failure } = preview;
  const blocked = problems.length > 0 && !skipBad;
  const apply = () => {
    if (changes.length && saveSetting('rateCard', preview.card, `Import the price list ${preview.fileName}`)) {
      useAppStore
        .getState()
        .notify('info', `Set ${changes.length === 1 ? 'one rate' : `${changes.length} rates`} from ${preview.fileName}. Undo takes ${changes.length === 1 ? 'it' : 'them all'} back.`);
    }
    onClose();
  };
  // The sheet is named beside each row only when there is more than one to tell apart.
  const several = preview.tables.length > 1;
  const sheets = preview.tables.map((t) => `${t.sheet} (header on row ${t.headerIndex + 1})`).join(', ');

  return createPortal(
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="modal import-dialog price-list-dialog" role="dialog" aria-modal="true" aria-label={`Price list ${preview.fileName}`}>
        <h2>
          Rates from {preview.fileName} <span className="muted small">check before the rate card changes</span>
        </h2>
        {!failure && (
          <p className="muted small price-list-source">
            Read from {sheets}. The rate card is in {card.currency}; prices per hour are taken as 730 hours a month, per TB as 1,000 GB.
          </p>
        )}
        {failure ? (
          <p className="field-error" role="alert">
            {failure}
          </p>
        ) : (
          <ul className="import-counts" aria-label="What the price list does">
            <li>
              <strong>{changes.length}</strong> to change
            </li>
            <li>
              <strong>{same.length}</strong> already as the sheet says
            </li>
            <li className={problems.length ? 'bad' : ''}>
              <strong>{problems.length}</strong> with problems
            </li>
            <li className={unknown.length ? 'warn' : ''}>
              <strong>{unknown.length}</strong> not understood
            </li>
          </ul>
        )}
        <div className={`import-body preview-step${failure && unknown.length === 0 ? ' empty' : ''}`}>
          {changes.length > 0 && (
            <section aria-label="Rates to change">
              <table className="import-problems price-list-changes">
                <thead>
                  <tr>
                    <th scope="col">Rate card entry</th>
                    <th scope="col" className="number">
                      Now
                    </th>
                    <th scope="col" className="number">
                      New
                    </th>
                    <th scope="col">From the sheet</th>
                    <th scope="col">Where</th>
                  </tr>
                </thead>
                <tbody>
                  {changes.map((c) => (
                    <tr key={c.line.path} aria-label={c.line.label}>
                      <th scope="row">{c.line.label}</th>
                      <td className="number old">{shownRate(c.line, c.from, card.currency)}</td>
                      <td className="number new">{shownRate(c.line, c.to, card.currency)}</td>
                      <td>
                        “{c.item}” <span className="value">{c.given}</span>
                        {c.how && <span className="muted small"> {c.how}</span>}
                      </td>
                      <td className="muted where">{several ? `${c.place.sheet}, row ${c.place.row}` : `row ${c.place.row}`}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          )}
          <RowList label="Problems" title="Rows that name an entry but cannot set it" note="left as they are" rows={problems} />
          <RowList label="Not understood" title="Rows the rate card has no entry for" note="not applied" rows={unknown} />
        </div>
        <div className="modal-actions">
          {problems.length > 0 && (
            <label className="setting inline skip-bad">
              <input type="checkbox" checked={skipBad} onChange={(e) => setSkipBad(e.target.checked)} /> Leave out {problems.length === 1 ? 'the row' : `the ${problems.length} rows`} with problems and
              apply the rest
            </label>
          )}
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="button primary"
            disabled={blocked || changes.length === 0}
            onClick={apply}
            title={blocked ? 'Fix the sheet, or choose to leave out the rows with problems' : ''}
          >
            {changes.length === 0 ? 'Nothing to change' : `Apply ${changes.length === 1 ? 'one rate' : `${changes.length} rates`}`}
          </button>
        </div>
      </div>
    </div>,
    document.body,
  );
}
