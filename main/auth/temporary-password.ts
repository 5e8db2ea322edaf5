import type { Channel } from '../../shared/ipc';
import type { Db } from '../db/database';
import { dutiesSeparated } from './duty-separation';

/**
 * What a user signed in with a temporary password may still do: replace it, step away, and read the
 * two settings the frame needs to draw itself. Nothing else until the password is their own.
 */
export const TEMPORARY_PASSWORD_CHANNELS: ReadonlySet<Channel> = new Set<Channel>(['auth.changePassword', 'auth.lock', 'session.touch', 'office.get', 'settings.get']);

/**
 * True when the user's password was typed by an administrator (at creation or a reset) and the office
 * has separated duties. Before that the setup administrator holds every power anyway, so forcing a
 * change would protect nothing; once separated, nobody may go on using a password someone else knows.
 */
export function passwordChangeRequired(db: Db, userId: string): boolean {
  const temporary = db.prepare('SELECT password_temporary FROM users WHERE id = ?').pluck().get(userId) as number | undefined;
  return temporary === 1 && dutiesSeparated(db);
}
