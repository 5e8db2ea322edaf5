import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../shared/errors';
import { INVOKE_CHANNEL } from '../../shared/ipc/api';

vi.mock('electron', () => import('./fake-electron'));

const fake = await import('./fake-electron');
const { createInvokeHandler, registerInvokeHandler } = await import('../../main/shell/ipc');

type Window = InstanceType<typeof fake.BrowserWindow>;

function setup() {
  const window = new fake.BrowserWindow({});
  const dispatch = vi.fn(async (channel: unknown, input: unknown): Promise<Result<unknown>> => ({ ok: true, value: { channel, input } }));
  let current: Window | null = window;
  const handler = createInvokeHandler({ core: { dispatch }, window: () => current as never });
  const invoke = (event: { sender: unknown; senderFrame: unknown }) => handler(event as never, 'auth.status', { a: 1 });
  return { window, dispatch, invoke, closeWindow: () => (current = null) };
}

async function expectRefused(result: Promise<Result<unknown>>, dispatch: ReturnType<typeof vi.fn>) {
  const answer = await result;
  expect(answer.ok).toBe(false);
  if (!answer.ok) {
    expect(answer.error.code).toBe('SENDER_REFUSED');
    expect(answer.error.message['zh-CN']).not.toBe('');
  }
  expect(dispatch).not.toHaveBeenCalled();
}

describe('who may call the core over IPC', () => {
  beforeEach(() => fake.resetFakeElectron());

  it('passes the top frame of our own window, on our origin, through to dispatch', async () => {
    const { window, dispatch, invoke } = setup();
    const answer = await invoke({ sender: window.webContents, senderFrame: window.webContents.mainFrame });
    expect(dispatch).toHaveBeenCalledExactlyOnceWith('auth.status', { a: 1 });
    expect(answer).toEqual({ ok: true, value: { channel: 'auth.status', input: { a: 1 } } });
  });

  it.each(['https://evil.example/', 'file:///home/officer/index.html', 'app://qingzheng.evil/', 'about:blank', ''])(
    'refuses our own top frame once it shows %j',
    async (url) => {
      const { window, dispatch, invoke } = setup();
      window.webContents.mainFrame.url = url;
      await expectRefused(invoke({ sender: window.webContents, senderFrame: window.webContents.mainFrame }), dispatch);
    },
  );

  it('refuses a subframe, even one on our origin', async () => {
    const { window, dispatch, invoke } = setup();
    const child = window.webContents.mainFrame.child('app://qingzheng/', 2);
    await expectRefused(invoke({ sender: window.webContents, senderFrame: child }), dispatch);
  });

  it('refuses another window, even one showing our origin', async () => {
    const { dispatch, invoke } = setup();
    const other = new fake.BrowserWindow({});
    await expectRefused(invoke({ sender: other.webContents, senderFrame: other.webContents.mainFrame }), dispatch);
  });

  it('refuses a top frame that is not our window’s main frame', async () => {
    const { window, dispatch, invoke } = setup();
    const stranger = new fake.FakeWebFrame('app://qingzheng/', 99, 7);
    await expectRefused(invoke({ sender: window.webContents, senderFrame: stranger }), dispatch);
  });

  it('refuses a sender whose frame is already gone', async () => {
    const { window, dispatch, invoke } = setup();
    await expectRefused(invoke({ sender: window.webContents, senderFrame: null }), dispatch);
  });

  it('refuses everyone once the window is closed or destroyed', async () => {
    const first = setup();
    first.window.destroyed = true;
    await expectRefused(first.invoke({ sender: first.window.webContents, senderFrame: first.window.webContents.mainFrame }), first.dispatch);
    const second = setup();
    second.closeWindow();
    await expectRefused(second.invoke({ sender: second.window.webContents, senderFrame: second.window.webContents.mainFrame }), second.dispatch);
  });

  it('turns a core that breaks its promise not to throw into an envelope', async () => {
    const window = new fake.BrowserWindow({});
    const dispatch = vi.fn(async () => {
      throw new TypeError('boom');
    });
    const handler = createInvokeHandler({ core: { dispatch }, window: () => window as never });
    const answer = await handler({ sender: window.webContents, senderFrame: window.webContents.mainFrame } as never, 'x', undefined);
    expect(answer).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('listens on the one shared invoke channel', () => {
    registerInvokeHandler(fake.ipcMain as never, { core: { dispatch: vi.fn() }, window: () => null });
    expect(fake.ipcMain.handle).toHaveBeenCalledExactlyOnceWith(INVOKE_CHANNEL, expect.any(Function));
  });
});
