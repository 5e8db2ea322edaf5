import { tx, type Handlers } from '../handler';
import { catalogVersion, catalogVersions, currentCatalog, saveCatalog } from '../cases/catalog.repo';
import { enteredYears, saveEnteredYear } from '../cases/calendar.repo';
import { AppError } from '../../shared/errors';
import { translate } from '../../shared/i18n';
import type { FaultToleranceCatalog } from '../../shared/workflow/fault-tolerance.catalog';
import { calendarYearError, OFFICIAL_YEARS, validateCalendarYear } from '../../shared/calendar';

export const referenceHandlers = {
  'catalog.get': tx<'catalog.get'>((ctx, input) => (input.version ? catalogVersion(ctx.db, input.version) : currentCatalog(ctx.db))),
  'catalog.versions': tx<'catalog.versions'>((ctx) => catalogVersions(ctx.db)),
  'catalog.update': tx<'catalog.update'>((ctx, input) => {
    // A shipped entry names its text by key; an edit may keep such keys but not invent new ones.
    const groups = ['situations', 'conditions', 'exclusions'] as const;
    for (const g of groups)
      input[g].forEach((item, i) => {
        if (item.labelKey !== undefined && translate('zh-CN', item.labelKey) === item.labelKey) throw new AppError('INVALID_INPUT', {}, [`${g}.${i}.labelKey`]);
      });
    const saved = saveCatalog(ctx.db, input as Omit<FaultToleranceCatalog, 'version'>, ctx.session.userId, new Date(ctx.state.now()).toISOString());
    ctx.record('catalog', saved.version);
    return saved;
  }),
  'calendar.years': tx<'calendar.years'>((ctx) => {
    const entered = enteredYears(ctx.db);
    const enteredSet = new Set(entered.map((y) => y.year));
    const years = [
      ...OFFICIAL_YEARS.filter((y) => !enteredSet.has(y.year)).map((data) => ({ year: data.year, source: 'shipped' as const, data })),
      ...entered.map((data) => ({ year: data.year, source: 'entered' as const, data })),
    ].sort((a, b) => b.year - a.year);
    return { years, lastKnownYear: Math.max(...years.map((y) => y.year)) };
  }),
  'calendar.saveYear': tx<'calendar.saveYear'>((ctx, input) => {
    const check = validateCalendarYear(input);
    if (!check.ok) throw calendarYearError(check.problems);
    saveEnteredYear(ctx.db, check.year, ctx.session.userId, new Date(ctx.state.now()).toISOString());
    ctx.record('calendar', check.year.year);
    return check.year;
  }),
} satisfies Partial<Handlers>;
