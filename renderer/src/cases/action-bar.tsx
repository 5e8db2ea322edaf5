import { useState } from 'react';
import { Button, Popconfirm, Space, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  FINAL_STATUSES,
  availableActions,
  type ActionAvailability,
  type ActionDef,
  type ActionKind,
  type CaseStatus,
  type Evaluation,
  type WorkflowKey,
} from '../../../shared/workflow';
import type { ApiError } from '../api-error';
import { ActionInputModal } from './action-input-modal';
import { ReasonList } from './reason-list';
import { useText } from './use-text';

/** The actions that move the case forward; their roles are who the case waits for. */
const FORWARD: readonly ActionKind[] = ['submit', 'approve', 'close', 'reject'];
/** Taken at once, but not undone: asked once more. */
const CONFIRMED: readonly ActionKind[] = ['approve', 'close'];

function buttonLook(kind: ActionKind): { type: 'primary' | 'default'; danger: boolean } {
  if (kind === 'submit' || kind === 'approve' || kind === 'close') return { type: 'primary', danger: false };
  return { type: 'default', danger: kind === 'reject' || kind === 'withdraw' };
}

export interface ActionBarProps {
  evaluation: Evaluation;
  /** The key of the action under way, if any: every button waits for it. */
  busy: string | null;
  /** Takes the action; resolves with main's refusal, or null when it was taken. */
  onAct: (action: ActionDef, input: Record<string, unknown>) => Promise<ApiError | null>;
}

/**
 * The buttons of the case's current position, straight from the workflow table: the ones this user
 * may take now are enabled; the others are disabled and say why (the engine's reasons) when pointed
 * at. Actions taken with a reason or a date ask for it first.
 */
export function ActionBar({ evaluation, busy, onAct }: ActionBarProps) {
  const { t } = useTranslation();
  const { text } = useText();
  const [asking, setAsking] = useState<ActionDef | null>(null);
  const actions = availableActions(evaluation);
  const status = evaluation.state.status as CaseStatus;

  const waitingFor = [
    ...new Set(actions.filter((a) => FORWARD.includes(a.action.kind)).flatMap((a) => a.action.roles)),
  ].map((role) => text(`workflow.roles.${role}` as WorkflowKey));

  const take = (action: ActionDef) => {
    if (Object.keys(action.input.shape).length) setAsking(action);
    else void onAct(action, {});
  };

  const renderButton = ({ action, allowed, reasons }: ActionAvailability) => {
    const label = text(action.labelKey);
    const look = buttonLook(action.kind);
    const button = (
      <Button
        type={look.type}
        danger={look.danger}
        disabled={!allowed || busy !== null}
        loading={busy === action.key}
        onClick={CONFIRMED.includes(action.kind) ? undefined : () => take(action)}
        data-action={action.key}
      >
        {label}
      </Button>
    );
    if (!allowed) {
      return (
        <Tooltip key={action.key} title={<ReasonList reasons={reasons} />} classNames={{ root: 'qz-reason-tooltip' }}>
          {/* A disabled button gets no pointer events: the wrapper is what the tooltip listens to. */}
          <span className="qz-disabled-action" data-testid={`disabled-${action.key}`} aria-label={t('cases.actions.disabledLabel', { action: label })}>
            {button}
          </span>
        </Tooltip>
      );
    }
    if (CONFIRMED.includes(action.kind)) {
      return (
        <Popconfirm
          key={action.key}
          title={t('cases.actions.confirm', { action: label })}
          okText={label}
          cancelText={t('common.actions.cancel')}
          onConfirm={() => onAct(action, {})}
        >
          {button}
        </Popconfirm>
      );
    }
    return <span key={action.key}>{button}</span>;
  };

  return (
    <div className="qz-action-bar">
      {actions.length ? (
        <Space wrap size={[8, 8]}>
          {actions.map(renderButton)}
        </Space>
      ) : (
        <Typography.Text type="secondary">{t('cases.actions.none')}</Typography.Text>
      )}
      <Typography.Text type="secondary" className="qz-waiting-for">
        {FINAL_STATUSES.includes(status)
          ? t('cases.actions.finished', { status: text(`workflow.status.${status}`) })
          : waitingFor.length
            ? t('cases.actions.waitingFor', { roles: waitingFor.join(t('cases.listSeparator')) })
            : null}
      </Typography.Text>
      {asking && <ActionInputModal evaluation={evaluation} action={asking} onAct={onAct} onClose={() => setAsking(null)} />}
    </div>
  );
}
