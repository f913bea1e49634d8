import { useState } from 'react';
import type { RateCard } from '../../../shared/costs/rate-card';
import { STRATEGIES, WORKLOAD_KINDS, labelOf } from '../../../shared/domain/enums';
import { NumberSetting } from '../components/NumberSetting';
import { saveSetting } from '../store/save-setting';

// The estate's rate card. Every change is one undoable setting change; the figures and
// charts follow at once.

const save = (card: RateCard, label: string) => saveSetting('rateCard', card, label);

type Key = { [K in keyof RateCard]: RateCard[K] extends number ? K : never }[keyof RateCard];
const MONTHLY: { key: Key; label: string; help?: string }[] = [
  { key: 'vcpuMonth', label: 'vCPU, per month' },
  { key: 'memoryGbMonth', label: 'GB memory, per month' },
  { key: 'storageGbMonth', label: 'GB storage, per month' },
  { key: 'backupGbMonth', label: 'GB backup, per month' },
  { key: 'platformShareMonth', label: 'Platform share, per multi-tenant workload', help: 'Each shared workload’s part of the platform.' },
  { key: 'dedicatedDatabaseBaseMonth', label: 'Dedicated database base fee', help: 'Per system, tenant and environment, per month.' },
  { key: 'dedicatedEnvironmentBaseMonth', label: 'Dedicated environment base fee', help: 'Per system, tenant and environment, per month.' },
];
const ONE_TIME: { key: Key; label: string; help?: string; percent?: boolean; max: number }[] = [
  { key: 'nonProductionDiscount', label: 'Non-production discount', percent: true, max: 1 },
  { key: 'effortDayRate', label: 'Effort day rate', max: 100_000 },
  { key: 'effortDaysPer500Gb', label: 'Extra effort days per 500 GB', max: 1000 },
  { key: 'rehearsalShare', label: 'Rehearsal, share of effort', percent: true, max: 5 },
  { key: 'parallelRunWeeks', label: 'Parallel run (weeks)', help: 'The old hosting is kept this long after a cutover, as the fallback.', max: 52 },
  { key: 'hypercareWeeks', label: 'Hypercare (weeks)', max: 52 },
  { key: 'hypercareDaysPerWeek', label: 'Hypercare days per workload per week', max: 7 },
  { key: 'contingency', label: 'Contingency', percent: true, max: 1 },
];

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
      <h3 className="rate-group">Run costs</h3>
      {MONTHLY.map((f) => (
        <NumberSetting key={f.key} label={f.label} help={f.help} min={0} max={1_000_000} value={card[f.key]} onCommit={(v) => v !== null && set(f.label, { ...card, [f.key]: v })} />
      ))}
      <h3 className="rate-group">Migration</h3>
      {ONE_TIME.map((f) => (
        <NumberSetting key={f.key} label={f.label} help={f.help} percent={f.percent} min={0} max={f.max} value={card[f.key]} onCommit={(v) => v !== null && set(f.label, { ...card, [f.key]: v })} />
      ))}
      <h3 className="rate-group">Effort days by kind</h3>
      <span className="field-help">For a workload with no effort recorded, before the strategy factor.</span>
      <div className="rate-grid">
        {WORKLOAD_KINDS.map((kind) => (
          <NumberSetting
            key={kind}
            compact
            label={labelOf(kind)}
            min={0}
            max={1000}
            value={card.effortDaysByKind[kind]}
            onCommit={(v) => v !== null && set(`${labelOf(kind)} effort days`, { ...card, effortDaysByKind: { ...card.effortDaysByKind, [kind]: v } })}
          />
        ))}
      </div>
      <h3 className="rate-group">Strategy factors</h3>
      <div className="rate-grid">
        {STRATEGIES.map((strategy) => (
          <NumberSetting
            key={strategy}
            compact
            label={labelOf(strategy)}
            min={0}
            max={20}
            value={card.strategyFactor[strategy]}
            onCommit={(v) => v !== null && set(`${labelOf(strategy)} factor`, { ...card, strategyFactor: { ...card.strategyFactor, [strategy]: v } })}
          />
        ))}
      </div>
    </aside>
  );
}
