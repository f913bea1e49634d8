import { randomBytes } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Change } from '../../../shared/changes/change-set.js';
import type { Dependency } from '../../../shared/domain/dependency.js';
import type { EstateContent as SnapshotContent, EstateSnapshot, EstateSummary, ScenarioSummary } from '../../../shared/estate/estate.js';
import type { EstateSettings } from '../../../shared/estate/estate-settings.js';
import type { Workload } from '../../../shared/domain/workload.js';
import { WaveplanError } from '../../../shared/errors.js';
import { shownName } from '../../../shared/text/shown-name.js';
import { ESTATE_EXTENSION, createEstateDatabase, inspectEstateFile, openOwnEstateDatabase } from './estate-file.js';
import { EstateRepository, storageError } from './estate-repository.js';
import type { ScenarioRows } from './estate-scenarios.js';
import { estateTextOf, scenariosOfRows } from './estate-scenario-text.js';
import type { EstateText } from '../../../shared/estate-text/text-form.js';
import { checkSideFiles, checkWalBelongs } from './estate-wal.js';
import { cleanStaleTempFiles, tempName } from './incoming.js';
import { readOutsideEstate, type EstateReadLimits, type OutsideEstate } from './read-outside-estate.js';
import { LATEST_SCHEMA_VERSION } from './migrations/index.js';

/** Moves a file somewhere the user can get it back from; returns where it went. */
export type TrashFn = (path: string) => Promise<string>; // resolves to where it went, in words

export interface EstateContent {
  workloads: readonly Workload[];
  dependencies: readonly Dependency[];
}

const ESTATE_ID = /^[a-z0-9][a-z0-9-]{0,80}$/;

export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug === '' ? 'estate' : slug;
}

/** A temporary estate and its SQLite side files; one still held open elsewhere is left for the next start to clear. */
function removeQuietly(path: string): void {
  for (const suffix of ['', '-wal', '-shm']) {
    try {
      rmSync(path + suffix, { force: true });
    } catch {
      // cleaned at the next start (incoming.ts)
    }
  }
}

/** Size and time of a file and its -wal: when neither changed, neither did what a check found. */
function fileStamp(path: string): string {
  const stamp = (p: string) => {
    try {
      const s = lstatSync(p);
      return `${s.size}:${s.mtimeMs}`;
    } catch {
      return '-';
    }
  };
  return `${stamp(path)}|${stamp(`${path}-wal`)}`;
}

/** SQLite refusing rows it was given from a checked file means the file was damaged in a way the checks could not see. */
function damaged(fileName: string, error: unknown): WaveplanError | null {
  const code = (error as { code?: string }).code ?? '';
  if (!code.startsWith('SQLITE_')) return null;
  return new WaveplanError('refused-file', `“${fileName}” is damaged and cannot be read (${(error as Error).message}). It was not changed.`, { reason: 'corrupt' });
}

/**
 * The estates library: a folder of .waveplan files. Keeps one open connection per
 * estate, so every window and tab of this process sees the same revision.
 */
export class EstateLibrary {
  private readonly open = new Map<string, EstateRepository>();
  /** Why a file cannot be opened, kept while the file (and its -wal) stays as it was: listing does not check it again. */
  private readonly refusals = new Map<string, { stamp: string; problem: string }>();
  readonly trashDir: string;
  private readonly incomingDir: string;

  constructor(
    readonly dir: string,
    private readonly trash: TrashFn | undefined = undefined,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {
    mkdirSync(dir, { recursive: true });
    this.trashDir = join(dir, '.trash');
    this.incomingDir = join(dir, '.incoming');
    // What a killed or crashed import, export or duplicate left half-written.
    cleanStaleTempFiles(this.incomingDir);
  }

  pathOf(id: string): string {
    if (!ESTATE_ID.test(id)) throw new WaveplanError('invalid-input', `“${id}” is not an estate id.`);
    return join(this.dir, id + ESTATE_EXTENSION);
  }

  list(): EstateSummary[] {
    const summaries: EstateSummary[] = [];
    for (const file of readdirSync(this.dir)) {
      if (!file.endsWith(ESTATE_EXTENSION)) continue;
      const id = file.slice(0, -ESTATE_EXTENSION.length);
      if (!ESTATE_ID.test(id)) continue;
      const path = join(this.dir, file);
      const stamp = this.open.has(id) ? '' : fileStamp(path);
      const known = this.refusals.get(id);
      try {
        if (known && known.stamp === stamp) throw new Error(known.problem);
        summaries.push(this.repository(id).summary(LATEST_SCHEMA_VERSION));
        this.refusals.delete(id);
      } catch (error) {
        // A damaged, foreign or too-new file stays listed, with why it cannot be opened.
        const problem = error instanceof Error ? error.message : String(error);
        this.refusals.set(id, { stamp, problem });
        const mtime = lstatSync(path).mtime.toISOString();
        summaries.push({ id, name: id, workloadCount: 0, dependencyCount: 0, revision: 0, createdAt: mtime, updatedAt: mtime, schemaVersion: 0, problem });
      }
    }
    return summaries.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  /** A new estate, with the content and any settings that differ from the defaults (the sample's holidays). */
  create(name: string, content: EstateContent = { workloads: [], dependencies: [] }, settings: Partial<EstateSettings> = {}): EstateSummary {
    const id = this.newId(name);
    // Made under a temporary name and moved in whole: a killed write leaves nothing in the library.
    this.build(id, (path) => {
      const repo = new EstateRepository(id, createEstateDatabase(path, name, this.now()), this.now);
      try {
        repo.insertContent(content.workloads, content.dependencies, settings);
      } finally {
        repo.close();
      }
    });
    return this.adopt(id).summary(LATEST_SCHEMA_VERSION);
  }

  summary(id: string): EstateSummary {
    return this.repository(id).summary(LATEST_SCHEMA_VERSION);
  }

  snapshot(id: string): EstateSnapshot {
    return this.repository(id).snapshot(LATEST_SCHEMA_VERSION);
  }

  applyChanges(id: string, baseRevision: number, changes: readonly Change[]) {
    return this.repository(id).applyChanges(baseRevision, changes);
  }

  /** The estate as one scenario sees it, whichever is active. */
  scenarioSnapshot(id: string, scenarioId: string): EstateSnapshot {
    return this.repository(id).snapshot(LATEST_SCHEMA_VERSION, scenarioId);
  }

  /** The estate as its text form holds it: the baseline and every other scenario over it. */
  estateText(id: string): EstateText {
    return estateTextOf(this.repository(id), LATEST_SCHEMA_VERSION);
  }

  createScenario(id: string, name: string, from: string): EstateSnapshot {
    return this.repository(id).createScenario(LATEST_SCHEMA_VERSION, name, from);
  }

  duplicateScenario(id: string, scenarioId: string, name?: string): EstateSnapshot {
    const repo = this.repository(id);
    return repo.createScenario(LATEST_SCHEMA_VERSION, name ?? repo.scenarios.copyNameOf(scenarioId), scenarioId);
  }

  renameScenario(id: string, scenarioId: string, name: string): ScenarioSummary[] {
    const repo = this.repository(id);
    repo.scenarios.rename(scenarioId, name);
    return repo.scenarios.list();
  }

  deleteScenario(id: string, scenarioId: string): EstateSnapshot {
    return this.repository(id).changeScenarios(LATEST_SCHEMA_VERSION, (scenarios) => scenarios.remove(scenarioId));
  }

  setActiveScenario(id: string, scenarioId: string): EstateSnapshot {
    return this.repository(id).changeScenarios(LATEST_SCHEMA_VERSION, (scenarios) => scenarios.setActive(scenarioId));
  }

  rename(id: string, name: string): EstateSummary {
    const repo = this.repository(id);
    repo.rename(name);
    return repo.summary(LATEST_SCHEMA_VERSION);
  }

  duplicate(id: string, name?: string): EstateSummary {
    const source = this.repository(id);
    const header = source.summary(LATEST_SCHEMA_VERSION);
    const copyName = name ?? `${header.name} (copy)`;
    const copyId = this.newId(copyName);
    this.build(copyId, (path) => {
      // VACUUM INTO writes a consistent, self-contained copy even while the source is open in WAL mode.
      source.db.prepare('VACUUM INTO ?').run(path);
      const copy = openOwnEstateDatabase(path);
      const now = this.now();
      try {
        copy.prepare('UPDATE estate SET name = ?, createdAt = ?, updatedAt = ? WHERE singleton = 1').run(copyName, now, now);
      } finally {
        copy.close();
      }
    });
    return this.adopt(copyId).summary(LATEST_SCHEMA_VERSION);
  }

  /** Moves an estate to the trash; `movedTo` says where in words, `path` where on disk (library trash only). */
  async remove(id: string): Promise<{ movedTo: string; path?: string }> {
    const path = this.pathOf(id);
    if (!existsSync(path)) throw new WaveplanError('not-found', `There is no estate “${id}” in the library.`);
    // Closing checkpoints the WAL into the main file, so the trashed file is complete on its own.
    this.close(id);
    if (this.trash) return { movedTo: await this.trash(path) };
    mkdirSync(this.trashDir, { recursive: true });
    const target = join(this.trashDir, `${id}-${Date.now()}${ESTATE_EXTENSION}`);
    renameSync(path, target);
    for (const suffix of ['-wal', '-shm']) rmSync(path + suffix, { force: true });
    return { movedTo: 'the .trash folder in your library', path: target };
  }

  /**
   * Adds a copy of an estate file to the library. The bytes are checked in full
   * (estate-file.ts), then only their rows are copied into a new file made by our own
   * migrations: nothing but rows crosses, and the library sees the estate only once it
   * is complete.
   */
  async importFile(givenName: string, bytes: Uint8Array, limits?: EstateReadLimits): Promise<EstateSummary> {
    const { snapshot, scenarioRows } = await this.readOutside(givenName, bytes, limits);
    const { estate, ...content } = snapshot;
    // Every scenario of the file comes with it.
    return this.addEstate(estate.name, content, shownName(givenName), scenarioRows);
  }

  /** An estate file from outside, checked in full and read as its text holds it (every scenario), without adding it to the library (a merge reads the other copy so). */
  async readFileCopy(givenName: string, bytes: Uint8Array, limits?: EstateReadLimits): Promise<EstateText> {
    const { snapshot, scenarioRows } = await this.readOutside(givenName, bytes, limits);
    const { estate, scenarios: _scenarios, activeScenarioId: _active, ...baseline } = snapshot;
    return { name: estate.name, ...baseline, ...scenariosOfRows(baseline, scenarioRows) };
  }

  private async readOutside(givenName: string, bytes: Uint8Array, limits?: EstateReadLimits): Promise<OutsideEstate> {
    const fileName = shownName(givenName); // the sender chose it: it is named in messages, never echoed raw
    mkdirSync(this.incomingDir, { recursive: true });
    const source = join(this.incomingDir, tempName('source'));
    try {
      writeFileSync(source, bytes);
      return await readOutsideEstate(source, fileName, limits); // checked and read in a worker thread
    } catch (error) {
      throw storageError(error) ?? damaged(fileName, error) ?? error;
    } finally {
      removeQuietly(source);
    }
  }

  /** A new estate holding checked content (an imported file's rows, an estate's text form): list order, graph positions and settings. */
  addEstate(name: string, content: SnapshotContent, fileName = name, scenarioRows?: ScenarioRows): EstateSummary {
    const id = this.newId(name);
    try {
      this.build(id, (path) => {
        const repo = new EstateRepository(id, createEstateDatabase(path, name, this.now()), this.now);
        try {
          repo.insertSnapshot(content, scenarioRows);
        } finally {
          repo.close();
        }
      });
    } catch (error) {
      throw damaged(fileName, error) ?? error;
    }
    return this.adopt(id).summary(LATEST_SCHEMA_VERSION);
  }

  /** One self-contained estate file, written with VACUUM INTO (never a raw copy of a file in use). */
  exportFile(id: string): { fileName: string; bytes: Buffer } {
    const repo = this.repository(id);
    const name = repo.summary(LATEST_SCHEMA_VERSION).name;
    mkdirSync(this.incomingDir, { recursive: true });
    const temp = join(this.incomingDir, tempName('export'));
    try {
      repo.db.prepare('VACUUM INTO ?').run(temp);
      return { fileName: slugify(name) + ESTATE_EXTENSION, bytes: readFileSync(temp) };
    } finally {
      rmSync(temp, { force: true });
    }
  }

  close(id: string): void {
    this.open.get(id)?.close();
    this.open.delete(id);
  }

  closeAll(): void {
    for (const id of [...this.open.keys()]) this.close(id);
  }

  private repository(id: string): EstateRepository {
    let repo = this.open.get(id);
    if (!repo) {
      const path = this.pathOf(id);
      if (!existsSync(path)) throw new WaveplanError('not-found', `There is no estate “${id}” in the library. It may have been deleted in another window.`);
      this.checkInLibrary(path);
      checkSideFiles(path); // bytes only
      inspectEstateFile(path); // the file with its log: schema first, then integrity and rows
      checkWalBelongs(path);
      repo = new EstateRepository(id, openOwnEstateDatabase(path), this.now);
      this.open.set(id, repo);
    }
    return repo;
  }

  /** Opens an estate this library has just written itself (create, duplicate, import), without checking it again. */
  private adopt(id: string): EstateRepository {
    const repo = new EstateRepository(id, openOwnEstateDatabase(this.pathOf(id)), this.now);
    this.open.set(id, repo);
    return repo;
  }

  /** A link in the library could lead anywhere on the disk: only plain files that are really here are opened. */
  private checkInLibrary(path: string): void {
    const stat = lstatSync(path);
    if (stat.isSymbolicLink() || !stat.isFile() || dirname(realpathSync(path)) !== realpathSync(this.dir)) {
      throw new WaveplanError(
        'refused-file',
        `“${path.slice(this.dir.length + 1)}” is a link or a folder, not an estate file in the library. Waveplan opens only files in the library folder itself; it was not changed.`,
        { reason: 'link' },
      );
    }
  }

  /**
   * Writes a new estate under a temporary name in the library's folder, then renames it
   * in: the rename is atomic, so the library never lists half an estate, and whatever
   * fails (a refusal, a full disk, a kill) leaves no file behind.
   */
  private build(id: string, write: (path: string) => void): void {
    mkdirSync(this.incomingDir, { recursive: true });
    const temp = join(this.incomingDir, tempName('new'));
    try {
      write(temp);
      renameSync(temp, this.pathOf(id));
    } catch (error) {
      throw storageError(error) ?? error;
    } finally {
      removeQuietly(temp);
    }
  }

  private newId(name: string): string {
    const base = slugify(name);
    for (;;) {
      const id = `${base}-${randomBytes(3).toString('hex')}`;
      if (!existsSync(this.pathOf(id))) return id;
    }
  }
}
