import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { writeEstateYaml } from '../../shared/estate-text/write-text.js';
import { readEstateTextBytes } from '../backend/services/estate-text-reader.js';
import { readEstateFile, writeEstateFile } from './estate-text-at-path.js';

// The estate's text form on the command line (`waveplan export --yaml`, `waveplan import
// estate.yaml`): what the CLI's export and import commands call.

/** The estate file's canonical YAML, every scenario included. */
export async function writeEstateText(estatePath: string): Promise<string> {
  return writeEstateYaml(readEstateFile(estatePath));
}

/** Creates or overwrites an estate file from YAML, refusing bad content with its line and field (the estate file is then not touched). */
export async function readEstateText(yamlPath: string, intoEstatePath: string): Promise<void> {
  const estate = await readEstateTextBytes(basename(yamlPath), await readFile(yamlPath));
  writeEstateFile(intoEstatePath, estate);
}
