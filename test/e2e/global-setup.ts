import { ensureRendererBuilt } from './renderer-build';

/** The e2e tests drive the built renderer; build it once per run, only when its sources changed. */
export default async function setup(): Promise<void> {
  await ensureRendererBuilt((line) => console.log(line));
}
