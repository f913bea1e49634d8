import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { METHOD_NAMES, channelOf } from '../../shared/contract-names.js';
import type { HandlerTable } from '../backend/handlers.js';
import { isTrustedSender } from './window-options.js';

/**
 * One ipcMain.handle per contract method. The sender frame is checked before the
 * handler runs; the handler validates the payload against the contract.
 */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, handlers: HandlerTable): void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(channelOf(method), (event: IpcMainInvokeEvent, input: unknown) => {
      if (!isTrustedSender(event.senderFrame)) {
        return { ok: false, error: { code: 'invalid-input', message: `Refused ${method}: the call did not come from Waveplan's own window.` } };
      }
      return handlers[method](input);
    });
  }
}
