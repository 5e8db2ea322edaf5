import type { Api } from '../../shared/ipc/api';

declare global {
  interface Window {
    /** Exposed by the Electron preload, or by the browser harness with the same shape. */
    api: Api;
  }
}
