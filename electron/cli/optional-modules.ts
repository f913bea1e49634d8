import { WaveplanError } from '../../shared/errors.js';

// Pieces of the command line other branches build in parallel (issue 20): the estate's
// text form (electron/cli/text-form-io.ts, branch estate-text) and the board pack's PDF
// printer (electron/backend/services/board-pack/print-pdf.ts). They are loaded when a
// command needs them, by a path TypeScript does not resolve, so this branch builds and
// runs without them and `export --yaml` / `import x.yaml` work as soon as they are merged.
// TODO(lead): after the merge, replace these loaders with static imports.

export interface TextFormIo {
  /** The estate file's canonical YAML. */
  writeEstateText(estatePath: string): Promise<string>;
  /** Creates or overwrites an estate file from YAML, refusing bad content with line and field. */
  readEstateText(yamlPath: string, intoEstatePath: string): Promise<void>;
}

const TEXT_FORM_MODULE = './text-form-io.js';

function isMissing(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND';
}

export async function loadTextForm(): Promise<TextFormIo> {
  try {
    return (await import(/* @vite-ignore */ TEXT_FORM_MODULE)) as TextFormIo;
  } catch (error) {
    if (isMissing(error)) throw new WaveplanError('invalid-input', 'The estate’s text form (YAML) is not in this build of Waveplan.');
    throw error;
  }
}

/** The board pack as PDF. TODO(lead): call the board pack printer (board-pack/print-pdf.ts) here once merged. */
export async function printBoardPackPdf(): Promise<Buffer> {
  throw new WaveplanError('invalid-input', 'The board pack (PDF) is not in this build of Waveplan.');
}
