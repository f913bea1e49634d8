import { createEstateDatabase } from '../../electron/backend/services/estate-file.js';
import { EstateRepository } from '../../electron/backend/services/estate-repository.js';
import type { EstateContent } from '../../electron/backend/services/library.js';
import type { EstateSettings } from '../../shared/estate/estate-settings.js';

/** An estate file at `path` holding `content`, written by the app's own estate file code (for the command line's tests and benchmark). */
export function writeEstateFileAt(path: string, name: string, content: EstateContent, settings: Partial<EstateSettings> = {}): void {
  const now = () => new Date().toISOString();
  const repo = new EstateRepository('estate', createEstateDatabase(path, name, now()), now);
  try {
    repo.insertContent(content.workloads, content.dependencies, settings);
  } finally {
    repo.close();
  }
}
