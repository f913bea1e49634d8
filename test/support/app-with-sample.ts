import { createHandlers, type HandlerTable } from '../../electron/backend/handlers.js';
import type { EstateSnapshot } from '../../shared/estate/estate.js';
import { tempLibrary } from './temp-library.js';

/** Both hosts' handler table on a fresh library with the sample open: what a bad file arrives into. */
export async function appWithSample(name: string): Promise<{ handlers: HandlerTable; dir: string; cleanup: () => void; estateId: string; before: EstateSnapshot }> {
  const t = tempLibrary();
  const handlers = createHandlers({ host: 'web', library: t.library });
  const created = await handlers.createEstate({ name, from: 'sample' });
  const estateId = (created as { ok: true; value: { id: string } }).value.id;
  const before = ((await handlers.openEstate({ id: estateId })) as { ok: true; value: EstateSnapshot }).value;
  return { handlers, dir: t.dir, cleanup: t.cleanup, estateId, before };
}
