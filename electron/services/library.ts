import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Change } from '../../shared/changes/change-set.js';
import type { Dependency } from '../../shared/domain/dependency.js';
import type { EstateSnapshot, EstateSummary } from '../../shared/domain/estate.js';
import type { Workload } from '../../shared/domain/workload.js';
import { WaveplanError } from '../../shared/errors.js';
import { ESTATE_EXTENSION, createEstateDatabase, inspectEstateFile, openEstateDatabase } from './estate-file.js';
import { EstateRepository } from './estate-repository.js';
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

/**
 * The estates library: a folder of .waveplan files. Keeps one open connection per
 * estate, so every window and tab of this process sees the same revision.
 */
export class EstateLibrary {
  private readonly open = new Map<string, EstateRepository>();
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
      try {
        summaries.push(this.repository(id).summary(LATEST_SCHEMA_VERSION));
      } catch (error) {
        // A damaged or too-new file stays listed, with why it cannot be opened.
        const problem = error instanceof Error ? error.message : String(error);
        const mtime = statSync(join(this.dir, file)).mtime.toISOString();
        summaries.push({ id, name: id, workloadCount: 0, dependencyCount: 0, revision: 0, createdAt: mtime, updatedAt: mtime, schemaVersion: 0, problem });
      }
    }
    return summaries.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  create(name: string, content: EstateContent = { workloads: [], dependencies: [] }): EstateSummary {
    const id = this.newId(name);
    const path = this.pathOf(id);
    const db = createEstateDatabase(path, name, this.now());
    const repo = new EstateRepository(id, db, this.now);
    try {
      repo.insertContent(content.workloads, content.dependencies);
    } catch (error) {
      repo.close();
      rmSync(path, { force: true });
      throw error;
    }
    this.open.set(id, repo);
    return repo.summary(LATEST_SCHEMA_VERSION);
  }

  snapshot(id: string): EstateSnapshot {
    return this.repository(id).snapshot(LATEST_SCHEMA_VERSION);
  }

  applyChanges(id: string, baseRevision: number, changes: readonly Change[]) {
    return this.repository(id).applyChanges(baseRevision, changes);
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
    const path = this.pathOf(copyId);
    // VACUUM INTO writes a consistent, self-contained copy even while the source is open in WAL mode.
    source.db.prepare('VACUUM INTO ?').run(path);
    const repo = this.repository(copyId);
    const now = this.now();
    repo.db.prepare('UPDATE estate SET name = ?, createdAt = ?, updatedAt = ? WHERE singleton = 1').run(copyName, now, now);
    return repo.summary(LATEST_SCHEMA_VERSION);
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

  /** Adds a copy of an estate file to the library. The bytes are checked before anything is kept. */
  importFile(fileName: string, bytes: Uint8Array): EstateSummary {
    mkdirSync(this.incomingDir, { recursive: true });
    const temp = join(this.incomingDir, `${randomBytes(6).toString('hex')}${ESTATE_EXTENSION}`);
    writeFileSync(temp, bytes);
    try {
      inspectEstateFile(temp, fileName); // a refusal names the user's file, not our copy
      const db = openEstateDatabase(temp); // migrates the copy if it is from an older version
      const name = (db.prepare('SELECT name FROM estate').get() as { name: string } | undefined)?.name ?? fileName;
      db.close();
      const id = this.newId(name);
      renameSync(temp, this.pathOf(id));
      return this.repository(id).summary(LATEST_SCHEMA_VERSION);
    } finally {
      for (const suffix of ['', '-wal', '-shm']) rmSync(temp + suffix, { force: true });
    }
  }

  /** One self-contained estate file, written with VACUUM INTO (never a raw copy of a file in use). */
  exportFile(id: string): { fileName: string; bytes: Buffer } {
    const repo = this.repository(id);
    const name = repo.summary(LATEST_SCHEMA_VERSION).name;
    mkdirSync(this.incomingDir, { recursive: true });
    const temp = join(this.incomingDir, `export-${randomBytes(6).toString('hex')}${ESTATE_EXTENSION}`);
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
      repo = new EstateRepository(id, openEstateDatabase(path), this.now);
      this.open.set(id, repo);
    }
    return repo;
  }

  private newId(name: string): string {
    const base = slugify(name);
    for (;;) {
      const id = `${base}-${randomBytes(3).toString('hex')}`;
      if (!existsSync(this.pathOf(id))) return id;
    }
  }
}
