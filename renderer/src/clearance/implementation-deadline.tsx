import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { compareDates } from '../../../shared/calendar';
import { lastTakenOn, stepDeadline, type Evaluation } from '../../../shared/workflow';

/**
 * The period for carrying the clearance out, counted in working days on the official calendar from
 * the day the approver signed (Longyang, Jilin: 5 working days), shown where the work is recorded:
 * due, late, or met by the first method carried out.
 */
export function ImplementationDeadline({ evaluation }: { evaluation: Evaluation }) {
  const { t } = useTranslation();
  const { table, state, context } = evaluation;
  if (state.step !== 'implementation') return null;
  const deadline = stepDeadline(table, state, context.calendar);
  const approvedOn = lastTakenOn(state, 'approval.approve');
  if (!deadline || !approvedOn) return null;
  const days = table.steps.find((s) => s.key === 'implementation')?.deadline?.days ?? 0;
  const params = { approvedOn, days, due: deadline.due.date };
  const estimate = deadline.due.estimate ? t('clearanceUi.implementation.estimate') : '';
  if (deadline.met) {
    return <Alert className="qz-form-alert qz-implementation-deadline" type="success" showIcon title={t('clearanceUi.implementation.deadlineMet', params) + estimate} />;
  }
  const late = compareDates(context.today, deadline.due.date) > 0;
  return (
    <Alert
      className="qz-form-alert qz-implementation-deadline"
      type={late ? 'error' : 'warning'}
      showIcon
      data-testid="implementation-deadline"
      title={t(late ? 'clearanceUi.implementation.deadlinePassed' : 'clearanceUi.implementation.deadline', params) + estimate}
    />
  );
}
