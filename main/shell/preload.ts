import { contextBridge, ipcRenderer } from 'electron';
import { INVOKE_CHANNEL } from '../../shared/ipc/api';

// A sandboxed preload may require nothing but 'electron', so this file imports only a constant (inlined by
// the bundler) and exposes one function: the page gets no ipcRenderer, no event objects, no Node.
contextBridge.exposeInMainWorld('api', {
  invoke: (channel: unknown, input: unknown) => ipcRenderer.invoke(INVOKE_CHANNEL, channel, input),
});
