export type { Core, CoreOptions, Host } from './core-types';
export { createCore } from './core-impl';
