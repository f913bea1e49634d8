import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EstateLibrary } from '../../../../../../electron/backend/services/library.js';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../../../../electron/backend/services/migrations/index.js';
import { healthcareSampleEstate } from '../../../../../../shared/sample/healthcare-estate.js';

// An estate file from every schema version the app has shipped (made by
// `npm run fixtures:estates`), opened by this version: migrated, its data intact.

const FIXTURES = join(__dirname, '..', '..', '..', '..', '..', 'fixtures', 'estates');
const sample = healthcareSampleEstate();
const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('estate files from every shipped schema version', () => {
  it('has a fixture for every version up to this one', () => {
    const versions = readdirSync(FIXTURES).map((f) => Number(/^schema-(\d+)\.waveplan$/.exec(f)?.[1]));
    expect(versions.sort((a, b) => a - b)).toEqual(MIGRATIONS.map((m) => m.version));
  });

  for (const { version } of MIGRATIONS) {
    it(`opens a schema ${version} estate, migrates it to ${LATEST_SCHEMA_VERSION}, and keeps everything in it`, () => {
      const dir = mkdtempSync(join(tmpdir(), `waveplan-schema-${version}-`));
      try {
        const fixture = join(FIXTURES, `schema-${version}.waveplan`);
        const before = hash(fixture);
        copyFileSync(fixture, join(dir, 'old-estate.waveplan'));
        const library = new EstateLibrary(dir);
        // From 8 a file holds scenarios: its active one is the fixture's "Dedicated cache"; the
        // checks below read the baseline, which is what every older file holds.
        const active = library.snapshot('old-estate');
        const snapshot = library.scenarioSnapshot('old-estate', 'baseline');
        if (version >= 8) {
          expect(active.scenarios).toEqual([
            { id: 'baseline', name: 'Baseline' },
            { id: 'dedicated-cache', name: 'Dedicated cache' },
          ]);
          expect(active.activeScenarioId).toBe('dedicated-cache');
          expect(active.workloads.find((w) => w.id === 'hosp-redis')?.chosenTier).toBe('dedicated-environment');
          expect(active.planSettings.waveLengthDays).toBe(28);
        } else {
          expect(active).toEqual(snapshot);
          expect(snapshot.scenarios).toEqual([{ id: 'baseline', name: 'Baseline' }]);
          expect(snapshot.activeScenarioId).toBe('baseline');
        }
        expect(snapshot.estate).toMatchObject({ name: `Schema ${version} estate`, revision: 7, schemaVersion: LATEST_SCHEMA_VERSION, workloadCount: sample.workloads.length });
        const ips = version >= 4 ? ['10.20.4.15', '10.20.4.16'] : [];
        const dates = version >= 5 ? { doneBy: '2027-01-27', blackouts: [{ from: '2026-12-01', to: '2026-12-31', label: 'December freeze' }] } : {};
        // The fixtures up to 5 were written when the sample's secrets vault was of kind "other" (it is now
        // identity, a shared platform service); a file keeps what it was written with.
        // Data change rates came with version 6, measured utilisation and licensing with 7: an older file has none.
        const laterFields = (w: (typeof sample.workloads)[number]) => ({
          ...w,
          ...(version >= 6 ? {} : { dataChangeGbPerDay: null }),
          ...(version >= 7 ? {} : { cpuUtilisationPct: null, memoryUtilisationPct: null, licensing: null }),
        });
        const asWritten = (w: (typeof sample.workloads)[number]) => laterFields(w.id === 'group-vault' && version < 6 ? { ...w, kind: 'other' as const } : w);
        const utilisation = version >= 7 ? { cpuUtilisationPct: 35, memoryUtilisationPct: 55, licensing: 'byol' as const } : {};
        expect(snapshot.workloads).toEqual(sample.workloads.map((w) => (w.id === 'hosp-redis' ? { ...asWritten(w), kind: w.kind, ipAddresses: ips, ...dates, ...utilisation } : asWritten(w))));
        expect(snapshot.dependencies).toEqual(sample.dependencies);
        expect(snapshot.nodePositions).toEqual(version >= 2 ? { 'hosp-redis': { x: 120, y: -40 } } : {});
        expect(snapshot.planSettings.waveLengthDays).toBe(version >= 3 ? 21 : 14);
        // It takes an edit at the new version.
        expect(library.applyChanges('old-estate', 7, [{ op: 'updateWorkload', id: 'hosp-redis', field: 'owner', value: 'Migrated' }]).revision).toBe(8);
        expect(library.scenarioSnapshot('old-estate', 'baseline').workloads.find((w) => w.id === 'hosp-redis')?.owner).toBe('Migrated');
        library.closeAll();
        const db = new Database(join(dir, 'old-estate.waveplan'), { readonly: true });
        expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        db.close();
        expect(hash(fixture)).toBe(before);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
