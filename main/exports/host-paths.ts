import type { CoreState } from '../core-state';
import { AppError } from '../../shared/errors';

/**
 * Where a file goes or comes from: the path the caller gave, else the one the user picks in the
 * host's dialog. A host without dialogs answers HOST_UNAVAILABLE; a dialog closed without a choice
 * answers CANCELLED, which the screen passes over in silence.
 */
export async function savePath(state: CoreState, given: string | undefined, suggestedName: string, extensions: string[]): Promise<string> {
  if (given) return given;
  const ask = state.host.chooseSavePath;
  if (!ask) throw new AppError('HOST_UNAVAILABLE', { what: 'chooseSavePath' });
  const chosen = await ask.call(state.host, { suggestedName, extensions });
  if (!chosen) throw new AppError('CANCELLED');
  return chosen;
}

export async function openPaths(state: CoreState, given: string[] | undefined, multiple: boolean, extensions: string[]): Promise<string[]> {
  if (given?.length) return given;
  const ask = state.host.chooseOpenPaths;
  if (!ask) throw new AppError('HOST_UNAVAILABLE', { what: 'chooseOpenPaths' });
  const chosen = await ask.call(state.host, { multiple, extensions });
  if (!chosen.length) throw new AppError('CANCELLED');
  return multiple ? chosen : chosen.slice(0, 1);
}

/** A file name that every file system accepts, for the name a save dialog suggests. */
export function safeFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  return name.replace(/[\u0000-\u001f<>:"/\\|?*\u007f]/g, '_').replace(/[. ]+$/, '').slice(0, 150) || 'qingzheng';
}
