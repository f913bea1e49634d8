import { useState } from 'react';
import { RATE_CHOICE_FIELDS, RATE_GROUP_LABELS, RATE_NUMBER_FIELDS, RATE_TABLE_FIELDS, type RateGroup } from '../../../shared/costs/rate-card-fields';
import type { RateCard } from '../../../shared/costs/rate-card';
import { labelOf } from '../../../shared/domain/enums';
import { NumberSetting } from '../components/NumberSetting';
import { saveSetting } from '../store/save-setting';

// The estate's rate card, drawn from its label table (shared/costs/rate-card-fields.ts):
// every change is one undoable setting change; the figures and charts follow at once.

const save = (card: RateCard, label: string) => saveSetting('rateCard', card, label);
const GROUPS: readonly RateGroup[] = ['run', 'strategy', 'business-case', 'migration'];

function supportedCurrency(code: string): string | null {
  if (!/^[A-Z]{3}$/.test(code)) return 'Three capital letters, an ISO 4217 code such as EUR, GBP or CHF.';
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : null;
  return known && !known.includes(code) ? `${code} is not a currency this computer knows; check the code.` : null;
}

function CurrencyField({ card }: { card: RateCard }) {
  const [text, setText] = useState(card.currency);
  const [was, setWas] = useState(card.currency);
  if (was !== card.currency) {
    setWas(card.currency);
    setText(card.currency);
  }
  const code = text.trim().toUpperCase();
  const problem = supportedCurrency(code);
  const commit = () => !problem && code !== card.currency && save({ ...card, currency: code }, `Change the currency to ${code}`);
  return (
    <label className="setting">
      <span className="setting-label">Currency</span>
      <input
        className={`text-input small${problem ? ' invalid' : ''}`}
        aria-label="Currency"
        value={text}
        maxLength={3}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
      {problem ? <span className="field-error">{problem}</span> : <span className="field-help">Every figure is formatted the way this currency is written.</span>}
    </label>
  );
}

export function RateCardPanel({ card, onImport }: { card: RateCard; onImport(): void }) {
  const set = (label: string, next: RateCard) => save(next, `Change the rate: ${label.toLowerCase()}`);
  return (
    <aside className="plan-settings rate-card" aria-label="Rate card">
      <div className="rate-card-title">
        <h2 className="side-title">Rate card</h2>
        <button type="button" className="button small" onClick={onImport} title="Set rates from a client’s or a cloud vendor’s price list (.xlsx or .csv); every change is shown before it is made">
          Import a price list…
        </button>
      </div>
      <CurrencyField card={card} />
      {GROUPS.map((group) => (
        <section key={group} aria-label={RATE_GROUP_LABELS[group]}>
          <h3 className="rate-group">{RATE_GROUP_LABELS[group]}</h3>
          {RATE_CHOICE_FIELDS.filter((f) => f.group === group).map((f) => (
            <label key={f.key} className="setting">
              <span className="setting-label">{f.label}</span>
              <select
                className="select small"
                aria-label={f.label}
                value={String(card[f.key])}
                onChange={(e) => {
                  const option = f.options.find((o) => String(o.value) === e.target.value);
                  if (option) set(f.label, { ...card, [f.key]: option.value });
                }}
              >
                {f.options.map((o) => (
                  <option key={o.value} value={String(o.value)}>
                    {o.label}
                  </option>
                ))}
              </select>
            </label>
          ))}
          {RATE_NUMBER_FIELDS.filter((f) => f.group === group).map((f) => (
            <NumberSetting
              key={f.key}
              label={f.label}
              help={f.help}
              percent={f.unit === 'percent'}
              min={0}
              max={f.max}
              value={card[f.key]}
              onCommit={(v) => v !== null && set(f.label, { ...card, [f.key]: v })}
            />
          ))}
        </section>
      ))}
      {RATE_TABLE_FIELDS.map((table) => (
        <section key={table.key} aria-label={table.label}>
          <h3 className="rate-group">{table.label}</h3>
          {table.help && <span className="field-help">{table.help}</span>}
          <div className="rate-grid">
            {table.entries.map((entry) => (
              <NumberSetting
                key={entry}
                compact
                label={labelOf(entry)}
                min={0}
                max={table.max}
                value={(card[table.key] as Record<string, number>)[entry] ?? 0}
                onCommit={(v) => v !== null && set(table.entryLabel(entry), { ...card, [table.key]: { ...card[table.key], [entry]: v } })}
              />
            ))}
          </div>
        </section>
      ))}
    </aside>
  );
}
