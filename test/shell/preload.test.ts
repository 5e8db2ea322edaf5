import { beforeAll, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNEL } from '../../shared/ipc/api';

vi.mock('electron', () => import('./fake-electron'));

const fake = await import('./fake-electron');

describe('what the preload gives the page', () => {
  let exposed: Record<string, unknown>;

  beforeAll(async () => {
    fake.resetFakeElectron();
    await import('../../main/shell/preload');
    expect(fake.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [name, value] = fake.contextBridge.exposeInMainWorld.mock.calls[0] as [string, Record<string, unknown>];
    expect(name).toBe('api');
    exposed = value;
  });

  it('exposes exactly one function, invoke, under window.api', () => {
    expect(Object.keys(exposed)).toEqual(['invoke']);
    expect(typeof exposed.invoke).toBe('function');
  });

  it('forwards invoke to the single IPC channel and hands back its promise', async () => {
    fake.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: 42 });
    const invoke = exposed.invoke as (channel: string, input: unknown) => Promise<unknown>;
    await expect(invoke('auth.status', { x: 1 })).resolves.toEqual({ ok: true, value: 42 });
    expect(fake.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(INVOKE_CHANNEL, 'auth.status', { x: 1 });
  });
});
