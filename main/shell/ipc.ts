import type { BrowserWindow, IpcMain, IpcMainInvokeEvent, WebFrameMain } from 'electron';
import { AppError, type Result } from '../../shared/errors';
import { INVOKE_CHANNEL } from '../../shared/ipc/api';
import type { Core } from '../core';
import { isAppUrl } from './app-origin';

function sameFrame(a: WebFrameMain, b: WebFrameMain): boolean {
  return a === b || (a.processId === b.processId && a.routingId === b.routingId);
}

/**
 * Only the top frame of our own window, showing our own origin, may reach the core. A subframe (were one
 * ever to load), another window, or our window after it was somehow navigated elsewhere is refused: the
 * core holds the decrypted case database while a user is signed in.
 */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>, window: BrowserWindow | null): boolean {
  if (!window || window.isDestroyed()) return false;
  const contents = window.webContents;
  if (event.sender !== contents) return false;
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  if (!sameFrame(frame, contents.mainFrame)) return false;
  return isAppUrl(frame.url);
}

export function refusedSender(): Result<never> {
  return { ok: false, error: new AppError('SENDER_REFUSED').toPayload() };
}

export interface InvokeHandlerDeps {
  core: Pick<Core, 'dispatch'>;
  /** Read on every call: the window may be recreated, and a closed one trusts no one. */
  window: () => BrowserWindow | null;
}

export function createInvokeHandler(deps: InvokeHandlerDeps) {
  return async (event: IpcMainInvokeEvent, channel: unknown, input: unknown): Promise<Result<unknown>> => {
    if (!isTrustedSender(event, deps.window())) return refusedSender();
    try {
      return await deps.core.dispatch(channel, input);
    } catch {
      // dispatch promises never to throw; if it does anyway the renderer still gets an envelope, not a stack.
      return { ok: false, error: new AppError('INTERNAL').toPayload() };
    }
  };
}

export function registerInvokeHandler(ipcMain: Pick<IpcMain, 'handle'>, deps: InvokeHandlerDeps): void {
  ipcMain.handle(INVOKE_CHANNEL, createInvokeHandler(deps));
}
