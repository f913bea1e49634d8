import type { Bridge } from '../../shared/contract.js';
import type { createHandlers } from '../../electron/backend/handlers.js';
import { deserializeError } from '../../shared/errors.js';

/** Every contract method as the renderer calls it, answered by the handler table (a store test against the real back end). */
export function bridgeOver(handlers: ReturnType<typeof createHandlers>): Bridge {
  return new Proxy({} as Bridge, {
    get: (_, method: string) => async (input: unknown) => {
      const envelope = await handlers[method as keyof typeof handlers](input);
      if (!envelope.ok) throw deserializeError(envelope.error);
      return envelope.value;
    },
  });
}
