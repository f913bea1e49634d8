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
    for (const source of ['electron', 'node:fs', 'fs', 'react', '../../electron/services/library.js']) {
      expect(await ruleIdsFor('shared/domain/x.ts', `import '${source}';\n`), source).toContain('no-restricted-imports');
    }
    expect(await ruleIdsFor('shared/domain/x.ts', `import { z } from 'zod';\nexport const s = z.string();\n`)).toEqual([]);
  });

  it('renderer/ may not import electron or Node built-ins', async () => {
    for (const source of ['electron', 'node:path', 'better-sqlite3', '../../electron/handlers']) {
      expect(await ruleIdsFor('renderer/src/x.ts', `import '${source}';\n`), source).toContain('no-restricted-imports');
    }
  });
});
