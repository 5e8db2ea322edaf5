import { Empty, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { CaseEvent } from '../../../shared/ipc/cases.contract';
import { findAction, findStep, type ActionKind, type WorkflowTable } from '../../../shared/workflow';
import { useText } from './use-text';
import { fileEventText } from '../documents';

const COLORS: Partial<Record<ActionKind | 'create' | 'save', string>> = {
  create: 'blue',
  save: 'gray',
  submit: 'blue',
  approve: 'green',
  close: 'green',
  return: 'orange',
  reject: 'red',
  withdraw: 'red',
  reopen: 'purple',
};

/** The case's history as main recorded it: who did what, when, between which steps, and why. */
export function CaseTimeline({ table, events }: { table: WorkflowTable; events: readonly CaseEvent[] }) {
  const { t } = useTranslation();
  const { text } = useText();
  if (!events.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cases.timeline.empty')} />;
  const stepTitle = (key: string | null) => {
    const step = key ? findStep(table, key) : undefined;
    return step ? text(step.titleKey) : (key ?? '');
  };

  return (
    <Timeline
      className="qz-case-timeline"
      items={events.map((e) => {
        const action = findAction(table, e.action);
        const kind = e.action === 'create' || e.action === 'save' ? e.action : action?.kind;
        const file = fileEventText(e, t);
        const what = file
          ? file.what
          : e.action === 'create'
            ? t('cases.timeline.create')
            : e.action === 'save'
              ? t('cases.timeline.save', { step: stepTitle(e.fromStep) })
              : action
                ? text(action.labelKey)
                : e.action;
        const moved = e.fromStep && e.toStep && e.fromStep !== e.toStep;
        return {
          key: e.id,
          color: (kind && COLORS[kind]) ?? 'gray',
          content: (
            <div className="qz-event" data-action={e.action}>
              <div>
                <Typography.Text strong>{e.actorName}</Typography.Text> <span>{what}</span>
              </div>
              {moved && (
                <div className="qz-event-move">{t('cases.timeline.moved', { from: stepTitle(e.fromStep), to: stepTitle(e.toStep) })}</div>
              )}
              {file ? file.detail && <div className="qz-event-reason">{file.detail}</div> : e.reason && <div className="qz-event-reason">{t('cases.timeline.reason', { reason: e.reason })}</div>}
              <Typography.Text type="secondary" className="qz-event-at">
                {dayjs(e.at).format('YYYY-MM-DD HH:mm')}
              </Typography.Text>
            </div>
          ),
        };
      })}
    />
  );
}
