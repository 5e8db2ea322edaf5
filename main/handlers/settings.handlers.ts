import { tx, type Handlers } from '../handler';
import { getOffice, idleLockMinutes, setOffice, setSetting } from '../repos/settings.repo';

export const settingsHandlers = {
  'office.get': tx<'office.get'>((ctx) => getOffice(ctx.db)),
  'office.update': tx<'office.update'>((ctx, input) => {
    setOffice(ctx.db, input);
    ctx.record('office', input.code);
    return getOffice(ctx.db);
  }),
  'settings.get': tx<'settings.get'>((ctx) => ({ idleLockMinutes: idleLockMinutes(ctx.db) })),
  'settings.update': tx<'settings.update'>((ctx, input) => {
    setSetting(ctx.db, 'idleLockMinutes', input.idleLockMinutes);
    ctx.record('settings', 'idleLockMinutes', input);
    return { idleLockMinutes: idleLockMinutes(ctx.db) };
  }),
} satisfies Partial<Handlers>;
