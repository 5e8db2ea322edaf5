import { useState } from 'react';
import { App, Button, Space, Typography, type FormInstance } from 'antd';
import { AlertOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Evaluation, StepDef } from '../../../shared/workflow';
import { invoke } from '../api';
import { useRoute } from '../route.store';
import { changedFields, stepDraft } from '../cases/step-draft';
import { ReferralFormModal } from './referral-form-modal';

/**
 * Where assessment finds 诬告陷害, the officer opens the referral from here. What is typed into the
 * assessment is saved first (main opens a referral only where the saved assessment says malicious),
 * then the referral page takes over: it is where the referral is approved, sent and answered.
 */
export function ReferralStarter({ evaluation, step, form }: { evaluation: Evaluation; step: StepDef; form: FormInstance }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useRoute((s) => s.navigate);
  const caseId = Number(useRoute((s) => s.params.id));
  const [open, setOpen] = useState(false);

  const saveAssessment = async () => {
    const saved = (evaluation.state.data[step.key] as Record<string, unknown> | undefined) ?? {};
    const changed = changedFields(stepDraft(step.fields, form.getFieldsValue()).valid, saved);
    if (Object.keys(changed).length) await invoke('cases.saveStep', { id: caseId, step: step.key, data: changed });
  };

  return (
    <div className="qz-referral-starter">
      <Space wrap>
        <Button danger icon={<AlertOutlined />} onClick={() => setOpen(true)} disabled={!Number.isInteger(caseId)}>
          {t('clearanceUi.assessment.openReferral')}
        </Button>
        <Typography.Text type="secondary">{t('clearanceUi.assessment.openReferralHelp')}</Typography.Text>
      </Space>
      {open && (
        <ReferralFormModal
          target={{ caseId, prepare: saveAssessment }}
          onClose={() => setOpen(false)}
          onSaved={(referral) => {
            setOpen(false);
            void message.success(t('clearanceUi.referralForm.created', { number: referral.number }));
            navigate('referral', { id: String(referral.id) });
          }}
        />
      )}
    </div>
  );
}
