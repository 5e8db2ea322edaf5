import { randomUUID } from 'node:crypto';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { AppError } from '../../shared/errors';
import { isStrongPassword, PASSWORD_MIN } from '../../shared/password-policy';
import { flow, tx, type Handlers } from '../handler';
import { createDatabase } from '../db/database';
import { nativeBindingPath } from '../db/native-binding';
import { Keyring } from '../keys/keyring';
import { createUnit } from '../repos/units.repo';
import { insertUser } from '../repos/users.repo';
import { DEFAULT_IDLE_LOCK_MINUTES, recoveryConfirmed, setOffice, setSetting } from '../repos/settings.repo';
import { appendAudit } from '../audit/audit-log';
import { sessionFor, sessionInfo } from '../auth/session-info';
import type { CoreState } from '../core-state';

export function requireStrong(password: string, field: string): void {
  if (!isStrongPassword(password)) throw new AppError('WEAK_PASSWORD', { min: PASSWORD_MIN }, [field]);
}

function removeFiles(...files: string[]): void {
  for (const f of files) for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(f + suffix, { force: true });
}

/**
 * First run. The keyring and database are made under temporary names and renamed into place only
 * when both are complete, so a crash half-way leaves a machine that can simply run setup again.
 */
async function createInstallation(state: CoreState, input: Parameters<Handlers['setup.create']['run']>[1]) {
  if (state.initialized) throw new AppError('ALREADY_INITIALIZED');
  requireStrong(input.password, 'password');
  const { paths } = state;
  const partialKeyring = `${paths.keyring}.partial`;
  const partialDb = `${paths.db}.partial`;
  removeFiles(partialKeyring, partialDb);
  if (existsSync(paths.db) || existsSync(paths.keyring)) {
    // One of the pair without the other: never overwrite what may be someone's data.
    throw new AppError('ALREADY_INITIALIZED');
  }

  const { keyring, dataKey, recoveryKey } = await Keyring.create(partialKeyring, state.kdf);
  const userId = randomUUID();
  try {
    await keyring.addUser(userId, input.adminUsername, input.password, dataKey);
    const db = createDatabase(partialDb, dataKey, { nativeBinding: nativeBindingPath() });
    try {
      const at = new Date(state.now()).toISOString();
      db.transaction(() => {
        const unit = createUnit(db, input.unitName, null, at);
        setOffice(db, { name: input.officeName, code: input.officeCode });
        setSetting(db, 'idleLockMinutes', DEFAULT_IDLE_LOCK_MINUTES);
        setSetting(db, 'recovery.confirmed', false);
        insertUser(db, { id: userId, username: input.adminUsername, displayName: input.adminDisplayName, unitId: unit.id, roles: ['sysadmin'] }, at);
        appendAudit(db, { actorId: userId, actorName: input.adminDisplayName, action: 'setup.create', recordType: 'office', recordId: input.officeCode, result: 'ok', detail: null });
      })();
      db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      db.close();
    }
    renameSync(partialDb, paths.db);
    renameSync(partialKeyring, paths.keyring);
  } catch (err) {
    removeFiles(partialKeyring, partialDb, paths.db);
    throw err;
  }
  state.keyring = Keyring.load(paths.keyring, state.kdf);
  const db = state.open(dataKey);
  state.session = sessionFor(db, userId);
  state.lastActivity = state.now();
  return { recoveryKey, session: sessionInfo(state) };
}

export const setupHandlers = {
  'setup.create': flow<'setup.create'>(createInstallation),
  'setup.confirmRecovery': tx<'setup.confirmRecovery'>((ctx, input) => {
    if (!ctx.session.roles.includes('sysadmin')) throw new AppError('FORBIDDEN');
    if (recoveryConfirmed(ctx.db)) throw new AppError('RECOVERY_NOT_PENDING');
    const key = ctx.state.loadKeyring().recoverDataKey(input.recoveryKey);
    const same = key.equals(ctx.state.requireKey());
    key.fill(0);
    if (!same) throw new AppError('BAD_RECOVERY_KEY', {}, ['recoveryKey']);
    setSetting(ctx.db, 'recovery.confirmed', true);
    ctx.record('office', 'recovery-key');
    return sessionInfo(ctx.state);
  }),
} satisfies Partial<Handlers>;
