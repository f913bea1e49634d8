import { useState } from 'react';
import type { Blackout, PlanSettings } from '../../../shared/planner/settings';
import { WAVE_CONDITION } from '../../../shared/planner/wave-conditions';
import { NumberSetting } from '../components/NumberSetting';
import { CalendarSettings } from './CalendarSettings';
import { saveSetting } from '../store/save-setting';

// The planner's settings, each with its default and a line on what it does. Every change
// is a setSetting change set: undoable, saved, and the plan recomputes at once. A setting
// that sets a wave condition explains itself in the condition's own words.

const { minimumSize, waveCapacity, provingWaves, pilotWave, providersFirst } = WAVE_CONDITION;

const save = (settings: PlanSettings, label: string) => saveSetting('planSettings', settings, label);

type NumberKey = 'waveLengthDays' | 'minWorkloadsPerWave' | 'maxWorkloadsPerWave' | 'wavesInFlight' | 'provingWaves' | 'maxEffortDaysPerWave';
const NUMBERS: { key: NumberKey; label: string; help: string; min: number; max: number; blank?: boolean }[] = [
  { key: 'waveLengthDays', label: 'Wave length (days)', help: 'From a wave’s start to its cutover.', min: 1, max: 365 },
  { key: 'minWorkloadsPerWave', label: 'Workloads per wave, at least', help: minimumSize.givesWay, min: 0, max: 10_000 },
  { key: 'maxWorkloadsPerWave', label: 'Workloads per wave, at most', help: waveCapacity.givesWay, min: 1, max: 10_000 },
  { key: 'maxEffortDaysPerWave', label: 'Effort days per wave, at most', help: 'Blank for no limit. Effort is estimated where none is recorded.', min: 1, max: 100_000, blank: true },
  { key: 'wavesInFlight', label: 'Waves in flight', help: 'How many waves run at the same time.', min: 1, max: 20 },
  { key: 'provingWaves', label: 'Proving waves', help: provingWaves.description, min: 0, max: 20 },
];

function BlackoutEditor({ settings }: { settings: PlanSettings }) {
  const [draft, setDraft] = useState<Blackout>({ from: '', to: '', label: '' });
  const problem = !draft.from || !draft.to ? 'Choose both dates.' : draft.to < draft.from ? 'The end is before the start.' : null;
  const add = () => {
    if (problem) return;
    save({ ...settings, blackouts: [...settings.blackouts, { ...draft, label: draft.label.trim() || 'Blackout' }].sort((a, b) => a.from.localeCompare(b.from)) }, 'Add a blackout window');
    setDraft({ from: '', to: '', label: '' });
  };
  return (
    <div className="setting">
      <span className="setting-label">Blackout windows</span>
      <ul className="blackout-list">
        {settings.blackouts.map((b, i) => (
          <li key={`${b.from}-${i}`}>
            <span>
              {b.label}: {b.from} → {b.to}
            </span>
            <button
              type="button"
              className="link"
              aria-label={`Remove ${b.label}`}
              onClick={() => save({ ...settings, blackouts: settings.blackouts.filter((_, k) => k !== i) }, 'Remove a blackout window')}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <div className="blackout-add">
        <input className="text-input small" type="date" aria-label="Blackout from" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
        <input className="text-input small" type="date" aria-label="Blackout to" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
        <input className="text-input small" aria-label="Blackout label" placeholder="Label, e.g. EHR upgrade" value={draft.label} onChange={(e) => setDraft({ ...draft, label: e.target.value })} />
        <button type="button" className="button small" disabled={problem !== null} title={problem ?? ''} onClick={add}>
          Add
        </button>
      </div>
      {problem && (draft.from || draft.to) ? (
        <span className="field-error">{problem}</span>
      ) : (
        <span className="field-help">No cutover falls inside one; the wave cuts over on an open day before it, or after it and the waves behind move with it.</span>
      )}
    </div>
  );
}

export function PlanSettingsPanel({ settings }: { settings: PlanSettings }) {
  const toggle = (key: 'pilotWave' | 'foundationWave', label: string) => (
    <label className="setting inline">
      <input type="checkbox" checked={settings[key]} onChange={(e) => save({ ...settings, [key]: e.target.checked }, `${e.target.checked ? 'Add' : 'Remove'} the ${label}`)} />
      <span className="setting-label">{label[0]?.toUpperCase() + label.slice(1)}</span>
    </label>
  );
  return (
    <aside className="plan-settings" aria-label="Plan settings">
      <h2 className="side-title">Plan settings</h2>
      <label className="setting">
        <span className="setting-label">Start date</span>
        <input className="text-input small" type="date" value={settings.startDate} onChange={(e) => e.target.value && save({ ...settings, startDate: e.target.value }, 'Change the start date')} />
      </label>
      {NUMBERS.map((field) => (
        <NumberSetting
          key={field.key}
          label={field.label}
          help={field.help}
          min={field.min}
          max={field.max}
          blank={field.blank}
          whole
          value={settings[field.key]}
          onCommit={(value) => save({ ...settings, [field.key]: value }, `Change ${field.label.toLowerCase()}`)}
        />
      ))}
      {toggle('pilotWave', 'pilot wave')}
      <span className="field-help">{pilotWave.description}</span>
      {toggle('foundationWave', 'foundation wave 0')}
      <span className="field-help">Landing zone, identity, segmentation, logging, backups and infrastructure as code first.</span>
      <label className="setting">
        <span className="setting-label">Readiness gates</span>
        <select
          className="select small"
          value={settings.readinessGates}
          onChange={(e) => save({ ...settings, readinessGates: e.target.value as PlanSettings['readinessGates'] }, 'Change the readiness gates')}
        >
          <option value="hold-back">Hold back what is not ready</option>
          <option value="flag">Schedule it and flag the gate</option>
        </select>
      </label>
      <label className="setting">
        <span className="setting-label">Order</span>
        <select className="select small" value={settings.order} onChange={(e) => save({ ...settings, order: e.target.value as PlanSettings['order'] }, 'Change the order')}>
          <option value="providers-first">Providers first</option>
          <option value="consumers-first">Consumers first</option>
        </select>
        <span className="field-help">{providersFirst.description}</span>
      </label>
      <CalendarSettings settings={settings} />
      <BlackoutEditor settings={settings} />
    </aside>
  );
}
