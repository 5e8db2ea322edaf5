export type { Core, CoreOptions } from './core-types';
export { createCore } from './core-impl';
