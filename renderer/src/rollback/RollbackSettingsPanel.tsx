import type { RollbackSettings } from '../../../shared/rollback/rollback-settings';
import { NumberSetting } from '../components/NumberSetting';
import { saveSetting } from '../store/save-setting';

const FIELDS: { key: keyof RollbackSettings; label: string; help: string; min: number; max: number }[] = [
  { key: 'restoreGbPerHour', label: 'Restore throughput (GB/h)', help: 'What a restore from backup achieves; sets every restore estimate. Use the rehearsed figure.', min: 1, max: 100_000 },
  { key: 'maintenanceWindowHours', label: 'Maintenance window (hours)', help: 'Each cutover’s window; a rollback longer than it is a finding.', min: 0.5, max: 168 },
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
          value={settings[f.key]}
          onCommit={(value) => value !== null && saveSetting('rollbackSettings', { ...settings, [f.key]: value }, `Change the ${f.label.toLowerCase().replace(/ \(.*\)$/, '')}`)}
        />
      ))}
    </aside>
  );
}
