import { useMemo } from 'react';
import { holidayCountries, holidayRegions } from '../../../shared/planner/holidays';
import { WEEKDAY_NAMES, type PlanSettings } from '../../../shared/planner/settings';
import { NumberSetting } from '../components/NumberSetting';
import { saveSetting } from '../store/save-setting';

// The plan's calendar: which weekdays a cutover may fall on and when it starts, whose
// public holidays close a day, and finance close in business days around month end.
// Blackouts have their own editor. Each change is one undoable setSetting change set.

const save = (settings: PlanSettings, label: string) => saveSetting('planSettings', settings, label);

function WeekdayToggles({ settings }: { settings: PlanSettings }) {
  const ticked = new Set(settings.cutoverWeekdays);
  const toggle = (day: number) => {
    const next = ticked.has(day) ? settings.cutoverWeekdays.filter((d) => d !== day) : [...settings.cutoverWeekdays, day].sort((a, b) => a - b);
    save({ ...settings, cutoverWeekdays: next }, `${ticked.has(day) ? 'No cutovers' : 'Allow cutovers'} on ${WEEKDAY_NAMES[day - 1]}`);
  };
  return (
    <div className="setting">
      <span className="setting-label" id="cutover-weekdays-label">
        Cutover weekdays
      </span>
      <div className="weekday-toggles" role="group" aria-labelledby="cutover-weekdays-label">
        {WEEKDAY_NAMES.map((name, i) => {
          const day = i + 1;
          const on = ticked.has(day);
          // The last ticked day cannot be unticked: with none, no wave could cut over.
          const last = on && ticked.size === 1;
          return (
            <button
              key={name}
              type="button"
              className={`weekday${on ? ' on' : ''}`}
              aria-pressed={on}
              aria-label={name}
              disabled={last}
              title={last ? 'At least one weekday: with none, no wave could cut over' : name}
              onClick={() => toggle(day)}
            >
              {name.slice(0, 2)}
            </button>
          );
        })}
      </div>
      <span className="field-help">A wave cuts over on the last open day of its slot, keeping at least half its length to prepare.</span>
    </div>
  );
}

function HolidayPicker({ settings }: { settings: PlanSettings }) {
  const countries = useMemo(() => holidayCountries(), []);
  const country = settings.holidays?.country ?? '';
  const regions = useMemo(() => (country ? holidayRegions(country) : []), [country]);
  return (
    <div className="setting">
      <label className="setting-label" htmlFor="holiday-country">
        Public holidays
      </label>
      <div className="holiday-place">
        <select
          id="holiday-country"
          className="select small"
          value={country}
          onChange={(e) => save({ ...settings, holidays: e.target.value ? { country: e.target.value, region: '' } : null }, 'Change the public holidays')}
        >
          <option value="">None</option>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
        {regions.length > 0 && (
          <select
            className="select small"
            aria-label="Holiday region"
            value={settings.holidays?.region ?? ''}
            onChange={(e) => save({ ...settings, holidays: { country, region: e.target.value } }, 'Change the holiday region')}
          >
            <option value="">Whole country</option>
            {regions.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
          </select>
        )}
      </div>
      <span className="field-help">No cutover on a public holiday or a holiday weekend; holidays are not business days.</span>
    </div>
  );
}

export function CalendarSettings({ settings }: { settings: PlanSettings }) {
  const { before, after } = settings.financeClose;
  return (
    <section className="calendar-settings" aria-label="Cutover calendar">
      <h3 className="setting-group">Cutover calendar</h3>
      <WeekdayToggles settings={settings} />
      <label className="setting">
        <span className="setting-label">Cutover time</span>
        <input
          className="text-input small"
          type="time"
          value={settings.cutoverTime}
          onChange={(e) => /^\d\d:\d\d$/.test(e.target.value) && save({ ...settings, cutoverTime: e.target.value }, 'Change the cutover time')}
        />
      </label>
      <HolidayPicker settings={settings} />
      <div className="setting">
        <span className="setting-label">Finance close (business days)</span>
        <div className="rate-grid">
          <NumberSetting
            compact
            whole
            label="Before month end"
            min={0}
            max={10}
            value={before}
            onCommit={(value) => save({ ...settings, financeClose: { before: value ?? 0, after: Math.min(after, 15 - (value ?? 0)) } }, 'Change the finance close')}
          />
          <NumberSetting
            compact
            whole
            label="After month end"
            min={0}
            max={Math.min(10, 15 - before)}
            rangeWhy={before > 5 ? 'before and after month end make at most 15 business days, or a month has no day left to cut over' : undefined}
            value={after}
            onCommit={(value) => save({ ...settings, financeClose: { before, after: value ?? 0 } }, 'Change the finance close')}
          />
        </div>
        <span className="field-help">{before + after === 0 ? 'Off: cutovers may fall at month end.' : `No cutover from BD-${before} to BD+${after}, the days between included.`}</span>
      </div>
    </section>
  );
}
