import { tx, type Handlers } from '../handler';
import { act, caseDetail, createCase, listCasePage, saveStep, summariesOf } from '../cases/case.service';
import { getCadre, insertCadre, listCadres, updateCadre } from '../cases/cadre.repo';
import { casesOfCadre, reindexCadreCases } from '../cases/case.repo';
import { inDataScope } from '../cases/unit-scope';
import { getUnit } from '../repos/units.repo';
import { AppError } from '../../shared/errors';
import type { TxContext } from '../handler';

/** A cadre outside the user's data scope is as good as absent to them. */
function cadreInScope(ctx: TxContext, id: number) {
  const cadre = getCadre(ctx.db, id);
  if (!inDataScope(ctx.db, ctx.session.userId, cadre.unitId)) throw new AppError('FORBIDDEN');
  return cadre;
}

function unitAllowed(ctx: TxContext, unitId: number): void {
  getUnit(ctx.db, unitId);
  if (!inDataScope(ctx.db, ctx.session.userId, unitId)) throw new AppError('FORBIDDEN', {}, ['unitId']);
}

export const casesHandlers = {
  'cadres.list': tx<'cadres.list'>((ctx, input) => listCadres(ctx.db, ctx.session.userId, input.q, input.page, input.pageSize)),
  'cadres.get': tx<'cadres.get'>((ctx, input) => {
    const cadre = cadreInScope(ctx, input.id);
    return { cadre, cases: summariesOf(ctx, casesOfCadre(ctx.db, cadre.id, ctx.session.userId)) };
  }),
  'cadres.create': tx<'cadres.create'>((ctx, input) => {
    unitAllowed(ctx, input.unitId);
    const cadre = insertCadre(ctx.db, input, new Date(ctx.state.now()).toISOString());
    ctx.record('cadre', cadre.id);
    return cadre;
  }),
  'cadres.update': tx<'cadres.update'>((ctx, input) => {
    cadreInScope(ctx, input.id);
    unitAllowed(ctx, input.unitId);
    const cadre = updateCadre(ctx.db, input.id, input, new Date(ctx.state.now()).toISOString());
    reindexCadreCases(ctx.db, cadre.id);
    ctx.record('cadre', cadre.id);
    return cadre;
  }),
  'cases.list': tx<'cases.list'>((ctx, input) => listCasePage(ctx, input)),
  'cases.get': tx<'cases.get'>((ctx, input) => caseDetail(ctx, input.id)),
  'cases.create': tx<'cases.create'>((ctx, input) => {
    // A clearance case starts from a report's 失实 points (clearance.open), never from retyped ones.
    if (input.kind === 'clearance') throw new AppError('CLEARANCE_FROM_REPORT', {}, ['kind']);
    cadreInScope(ctx, input.cadreId);
    if (input.verifyingUnitId !== undefined) getUnit(ctx.db, input.verifyingUnitId);
    return createCase(ctx, input);
  }),
  'cases.saveStep': tx<'cases.saveStep'>((ctx, input) => saveStep(ctx, input)),
  'cases.act': tx<'cases.act'>((ctx, input) => act(ctx, input)),
} satisfies Partial<Handlers>;
