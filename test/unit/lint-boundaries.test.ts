import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: ROOT });

async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, filePath) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('import boundaries', () => {
  it('shared/ may not import electron, Node built-ins or React', async () => {
    for (const source of ['electron', 'node:fs', 'fs', 'react', '../../electron/backend/services/library.js']) {
      expect(await ruleIdsFor('shared/domain/x.ts', `import '${source}';\n`), source).toContain('no-restricted-imports');
    }
    expect(await ruleIdsFor('shared/domain/x.ts', `import { z } from 'zod';\nexport const s = z.string();\n`)).toEqual([]);
  });

  it('shared/domain/ is the bottom floor: it imports no feature folder, nor the estate or changes built over them', async () => {
    for (const folder of ['costs', 'planner', 'rollback', 'findings', 'tiers', 'graph', 'excel', 'import', 'report', 'estate', 'changes']) {
      expect(await ruleIdsFor('shared/domain/x.ts', `import '../${folder}/x.js';\n`), folder).toContain('no-restricted-imports');
    }
    expect(await ruleIdsFor('shared/domain/x.ts', `import '../../shared/planner/settings.js';\n`)).toContain('no-restricted-imports');
    // still pure, like the rest of shared/
    expect(await ruleIdsFor('shared/domain/x.ts', `import 'node:fs';\n`)).toContain('no-restricted-imports');
    expect(await ruleIdsFor('shared/domain/x.ts', `import './enums.js';\nimport { z } from 'zod';\nexport const s = z.string();\n`)).toEqual([]);
    // the floors above may import it
    expect(await ruleIdsFor('shared/planner/x.ts', `import '../domain/enums.js';\nimport '../tiers/rules.js';\n`)).toEqual([]);
    expect(await ruleIdsFor('shared/estate/x.ts', `import '../domain/workload.js';\nimport '../planner/settings.js';\n`)).toEqual([]);
  });

  it('shared/excel/ does not import shared/import/, which builds on it', async () => {
    expect(await ruleIdsFor('shared/excel/x.ts', `import '../import/import-plan.js';\n`)).toContain('no-restricted-imports');
    expect(await ruleIdsFor('shared/excel/x.ts', `import 'node:fs';\n`)).toContain('no-restricted-imports');
    expect(await ruleIdsFor('shared/excel/x.ts', `import './sheet-model.js';\nimport '../report/estate-report.js';\n`)).toEqual([]);
    expect(await ruleIdsFor('shared/import/x.ts', `import '../excel/inventory-columns.js';\n`)).toEqual([]);
  });

  it('renderer/ may not import electron or Node built-ins', async () => {
    for (const source of ['electron', 'node:path', 'better-sqlite3', '../../electron/backend/handlers']) {
      expect(await ruleIdsFor('renderer/src/x.ts', `import '${source}';\n`), source).toContain('no-restricted-imports');
    }
  });

  it('electron/backend/ is shared by both hosts: it imports neither electron/desktop/ nor electron/web/', async () => {
    for (const [file, source] of [
      ['electron/backend/handlers.ts', '../desktop/opened-files.js'],
      ['electron/backend/handlers.ts', '../web/web-host.js'],
      ['electron/backend/services/library.ts', '../../desktop/main.js'],
      ['electron/backend/services/excel/export-plan.ts', '../../../web/web-host.js'],
      ['electron/backend/services/library.ts', '../../../electron/desktop/main.js'],
    ]) {
      expect(await ruleIdsFor(file!, `import '${source}';\n`), `${file} → ${source}`).toContain('no-restricted-imports');
    }
    expect(await ruleIdsFor('electron/backend/handlers.ts', `import './services/library.js';\nimport '../../shared/contract.js';\nimport 'node:stream/web';\n`)).toEqual([]);
  });

  it('electron/desktop/ and electron/web/ may import electron/backend/, never each other', async () => {
    for (const file of ['electron/desktop/main.ts', 'electron/web/web-host-main.ts']) {
      expect(await ruleIdsFor(file, `import '../backend/handlers.js';\nimport '../backend/services/library.js';\n`), file).toEqual([]);
    }
    expect(await ruleIdsFor('electron/desktop/main.ts', `import '../web/web-host.js';\n`)).toContain('no-restricted-imports');
    expect(await ruleIdsFor('electron/web/web-host-main.ts', `import '../desktop/main.js';\n`)).toContain('no-restricted-imports');
    expect(await ruleIdsFor('electron/web/web-host.ts', `import '../../electron/desktop/window-options.js';\n`)).toContain('no-restricted-imports');
  });

  it('electron/cli/ may import electron/backend/, shared/ and the web host’s server, never Electron, the desktop host or the web host’s entry point', async () => {
    expect(await ruleIdsFor('electron/cli/commands/plan.ts', `import '../../backend/services/estate-file.js';\nimport '../../../shared/report/estate-report.js';\nimport 'node:fs';\n`)).toEqual([]);
    expect(await ruleIdsFor('electron/cli/board-pack-pdf.ts', `import '../web/web-host.js';\n`)).toEqual([]);
    for (const source of ['electron', '../../desktop/main.js', '../../web/web-host-main.js']) {
      expect(await ruleIdsFor('electron/cli/commands/plan.ts', `import '${source}';\n`), source).toContain('no-restricted-imports');
    }
  });
});
