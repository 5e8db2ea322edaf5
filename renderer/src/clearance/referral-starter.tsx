import { useState } from 'react';
import { App, Button, Space, Typography, type FormInstance } from 'antd';
import { AlertOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { StepDef } from '../../../shared/workflow';
import { invoke } from '../api';
import { useRoute } from '../route.store';
import { stepDraft } from '../cases/step-draft';
import { ReferralFormModal } from './referral-form-modal';

/**
 * Where assessment finds 诬告陷害, the officer opens the referral from here. What is typed into the
 * assessment is saved first (main opens a referral only where the saved assessment says malicious),
 * then the referral page takes over: it is where the referral is approved, sent and answered.
 */
export function ReferralStarter({ step, form }: { step: StepDef; form: FormInstance }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useRoute((s) => s.navigate);
  const caseId = Number(useRoute((s) => s.params.id));
  const [open, setOpen] = useState(false);

  // The evaluation a step form gets already has what is typed merged in, so it cannot tell what main
  // holds: everything valid on the form is sent, each field whole, as a save would.
  const saveAssessment = async () => {
    const typed = stepDraft(step.fields, form.getFieldsValue()).valid;
    if (Object.keys(typed).length) await invoke('cases.saveStep', { id: caseId, step: step.key, data: typed });
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
