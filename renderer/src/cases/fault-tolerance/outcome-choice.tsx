import { Radio, Space, Tooltip } from 'antd';
import { WarningOutlined } from '@ant-design/icons';
import { faultToleranceFields, type Evaluation, type WorkflowKey } from '../../../../shared/workflow';
import { withDraft } from '../case-evaluation';
import { liveGuardReasons } from '../live-guards';
import { ReasonList } from '../reason-list';
import { useText } from '../use-text';

/**
 * The five outcomes. Each one the table's rules would refuse on what is recorded so far (an exclusion
 * holds, a condition fails, a distinction falls on the violation side) carries a warning saying why:
 * the engine is asked about each choice, nothing is decided here.
 */
export function OutcomeChoice({
  evaluation,
  step,
  field,
  value,
  onChange,
  id,
  disabled,
}: {
  evaluation: Evaluation;
  step: 'investigation' | 'ruling';
  field: 'proposedOutcome' | 'outcome';
  value?: string;
  onChange?: (value: string) => void;
  id?: string;
  disabled?: boolean;
}) {
  const { text } = useText();
  const at = `${step}.${field}`;
  return (
    <Radio.Group id={id} value={value} onChange={(e) => onChange?.(e.target.value as string)} disabled={disabled} className="qz-outcome-choice">
      {faultToleranceFields.FAULT_TOLERANCE_OUTCOMES.map((outcome) => {
        const ruledOut = disabled ? [] : liveGuardReasons(withDraft(evaluation, step, { [field]: outcome }), step).filter((r) => r.field === at);
        return (
          <Radio key={outcome} value={outcome}>
            <Space size={4}>
              <span>{text(`workflow.faultTolerance.outcomes.${outcome}` as WorkflowKey)}</span>
              {ruledOut.length > 0 && (
                <Tooltip title={<ReasonList reasons={ruledOut} />}>
                  <WarningOutlined className="qz-ruled-out" aria-label={text('cases.faultTolerance.ruledOut')} />
                </Tooltip>
              )}
            </Space>
          </Radio>
        );
      })}
    </Radio.Group>
  );
}
