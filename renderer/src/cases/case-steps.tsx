import { Steps } from 'antd';
import type { StepsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { stepProgress, type Evaluation, type StepProgress } from '../../../shared/workflow';
import { useText } from './use-text';

type StepItem = NonNullable<StepsProps['items']>[number];

const STATUS: Record<StepProgress, NonNullable<StepItem['status']>> = {
  done: 'finish',
  current: 'process',
  waiting: 'wait',
  stopped: 'error',
};

/**
 * The four steps as the engine reports their progress, and the appeal review once a case has been
 * appealed. A step already reached (or holding a record) can be opened to read it.
 */
export function CaseSteps({ evaluation, viewing, onView }: { evaluation: Evaluation; viewing: string; onView: (step: string) => void }) {
  const { t } = useTranslation();
  const { text } = useText();
  const { table, state } = evaluation;
  const appealed = state.history.some((h) => table.steps.some((s) => s.track === 'appeal' && s.key === h.to.step));
  const appeal = table.steps
    .filter((s) => s.track === 'appeal' && (appealed || s.key === state.step))
    .map((step) => {
      const progress: StepProgress =
        step.key !== state.step ? 'done' : state.status === 'closed' ? 'done' : state.status === 'refused' || state.status === 'withdrawn' ? 'stopped' : 'current';
      return { step, progress };
    });
  const all = [...stepProgress(table, state), ...appeal];
  const hasRecord = (key: string) => state.data[key] !== undefined;

  const items: StepItem[] = all.map(({ step, progress }) => ({
    key: step.key,
    title: text(step.titleKey),
    status: STATUS[progress],
    disabled: progress === 'waiting' && !hasRecord(step.key),
    content: step.track === 'appeal' ? t('cases.steps.appeal') : progress === 'current' ? text(`workflow.status.${state.status}`) : undefined,
  }));
  const current = all.findIndex((s) => s.step.key === viewing);

  return <Steps className="qz-case-steps" type="navigation" size="small" current={current} items={items} onChange={(i) => onView(all[i]!.step.key)} />;
}
