import { applyChanges } from '../../../../shared/changes/apply.js';
import type { Change } from '../../../../shared/changes/change-set.js';
import type { Bridge } from '../../../../shared/contract.js';
import type { EstateContent, EstateSnapshot } from '../../../../shared/estate/estate.js';
import { DEFAULT_ESTATE_SETTINGS } from '../../../../shared/estate/estate-settings.js';
import { WaveplanError } from '../../../../shared/errors.js';
import { healthcareSampleEstate } from '../../../../shared/sample/healthcare-estate.js';

// A back end for the estate store's tests: one estate "on disk", change sets checked
// against its revision as the repository checks them, and every answer held until the
// test releases it, so a test sees what is in flight.

export interface SentChangeSet {
  baseRevision: number;
  changes: Change[];
}

interface Pending extends SentChangeSet {
  resolve(value: { revision: number; updatedAt: string }): void;
  reject(error: unknown): void;
}

export const ESTATE_ID = 'estate-1';

export function sampleSnapshot(revision = 3): EstateSnapshot {
  const { workloads, dependencies } = healthcareSampleEstate();
  const positions = Object.fromEntries(workloads.map((w, i) => [w.id, i + 1]));
  const estate = {
    id: ESTATE_ID,
    name: 'Sample',
    workloadCount: workloads.length,
    dependencyCount: dependencies.length,
    revision,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    schemaVersion: 1,
  };
  return { estate, workloads, positions, dependencies, nodePositions: {}, ...DEFAULT_ESTATE_SETTINGS, scenarios: [{ id: 'baseline', name: 'Baseline' }], activeScenarioId: 'baseline' };
}

/** The estate without its header (counts and times the store does not keep up to date). */
export const contentOf = ({ estate: _header, ...content }: EstateSnapshot): EstateContent => content;

export class FakeHost {
  disk: EstateSnapshot = sampleSnapshot();
  readonly sent: SentChangeSet[] = [];
  opens = 0;
  private readonly pending: Pending[] = [];
  private clock = 0;

  readonly bridge = {
    openEstate: async ({ id }: { id: string }) => {
      this.opens++;
      if (id !== this.disk.estate.id) throw new WaveplanError('not-found', `No estate ${id}`);
      return structuredClone(this.disk);
    },
    applyChanges: ({ baseRevision, changes }: { estateId: string; baseRevision: number; changes: Change[] }) =>
      new Promise<{ revision: number; updatedAt: string }>((resolve, reject) => {
        this.sent.push({ baseRevision, changes });
        this.pending.push({ baseRevision, changes, resolve, reject });
      }),
  } as unknown as Bridge;

  /** Change sets sent and not yet answered. */
  get inFlight(): number {
    return this.pending.length;
  }

  /** Answers the oldest change set as the repository would: stale revision refused, else applied. */
  answer(): void {
    const next = this.pending.shift();
    if (!next) throw new Error('Nothing is waiting for an answer');
    const { revision } = this.disk.estate;
    if (next.baseRevision !== revision) {
      next.reject(
        new WaveplanError('conflict', `This estate was changed in another window or tab (it is at revision ${revision}, this window had ${next.baseRevision}).`, {
          reason: 'stale-revision',
          revision,
          baseRevision: next.baseRevision,
        }),
      );
      return;
    }
    try {
      this.write(next.changes);
    } catch (error) {
      next.reject(new WaveplanError('conflict', `Change 1: ${(error as Error).message}`, { changeIndex: 0 }));
      return;
    }
    next.resolve({ revision: this.disk.estate.revision, updatedAt: this.disk.estate.updatedAt });
  }

  /** Refuses the oldest change set with the given error, writing nothing. */
  refuse(error: unknown): void {
    const next = this.pending.shift();
    if (!next) throw new Error('Nothing is waiting for an answer');
    next.reject(error);
  }

  /** Another window saves a change set. */
  write(changes: Change[]): void {
    const updatedAt = new Date(Date.UTC(2026, 0, 2) + ++this.clock * 1000).toISOString();
    this.disk = { ...applyChanges(this.disk, changes), estate: { ...this.disk.estate, revision: this.disk.estate.revision + 1, updatedAt } };
  }
}

/** Lets the store's awaits run (a few turns of the microtask queue). */
export async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}
