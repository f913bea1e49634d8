import type { RollbackSettings } from '../../../shared/rollback/rollback-settings';
import { NumberSetting } from '../components/NumberSetting';
import { saveSetting } from '../store/save-setting';

const FIELDS: { key: keyof RollbackSettings; label: string; help: string; min: number; max: number; whole?: boolean }[] = [
  { key: 'maintenanceWindowHours', label: 'Maintenance window (hours)', help: 'Each cutover’s window; a rollback longer than it blocks the wave.', min: 0.5, max: 168 },
  {
    key: 'restoreGbPerHour',
    label: 'Restore throughput (GB/h)',
    help: 'What a restore from backup achieves, the last resort where the source is gone. Use the rehearsed figure.',
    min: 1,
    max: 100_000,
  },
  { key: 'parallelRestores', label: 'Restores at once', help: 'Restores from backup that run side by side; the rest wait for a free one.', min: 1, max: 64, whole: true },
  {
    key: 'replicationGbPerHour',
    label: 'Reverse replication (GB/h)',
    help: 'How fast the target’s writes flow back to the source kept running, and a replica or standby is re-seeded.',
    min: 1,
    max: 100_000,
  },
  { key: 'unknownCatchUpMinutes', label: 'Catch-up when the change rate is unknown (minutes)', help: 'Assumed for a data store with no data change rate recorded.', min: 5, max: 1_440, whole: true },
  { key: 'dnsLeadHours', label: 'DNS TTL lowered ahead (hours)', help: 'How long before the cutover the TTLs drop to 5 minutes.', min: 1, max: 336 },
];

export function RollbackSettingsPanel({ settings }: { settings: RollbackSettings }) {
  return (
    <aside className="plan-settings" aria-label="Rollback settings">
      <h2 className="side-title">Rollback settings</h2>
      {FIELDS.map((f) => (
        <NumberSetting
          key={f.key}
          label={f.label}
          help={f.help}
          min={f.min}
          max={f.max}
          whole={f.whole}
          value={settings[f.key]}
          onCommit={(value) => value !== null && saveSetting('rollbackSettings', { ...settings, [f.key]: value }, `Change the ${f.label.toLowerCase().replace(/ \(.*\)$/, '')}`)}
        />
      ))}
      <p className="muted small">The parallel run (how long the source keeps running after each cutover) is on the rate card: with none, data stores go back by a restore from backup.</p>
    </aside>
  );
}
