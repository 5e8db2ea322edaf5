import type { TxContext } from '../handler';
import type { CaseDetail } from '../../shared/ipc/cases.contract';
import { caseDetail } from '../cases/case.service';
import { WORKFLOWS } from '../cases/workflow-tables';
import { AppError } from '../../shared/errors';

/**
 * The case as the signed-in user may see it. Goes through the case service, which owns the scope
 * rule, so files and documents follow whatever decides who sees a case.
 */
export function caseForUser(ctx: Pick<TxContext, 'db' | 'session' | 'state' | 'record'>, caseId: number): CaseDetail {
  return caseDetail(ctx as TxContext, caseId);
}

/** A step of the case's own procedure, or an input error naming the field. */
export function checkStep(detail: CaseDetail, step: string): void {
  if (!WORKFLOWS[detail.summary.kind].steps.some((s) => s.key === step)) throw new AppError('INVALID_INPUT', { step }, ['step']);
}
