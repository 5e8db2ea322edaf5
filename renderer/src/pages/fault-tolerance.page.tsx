import { useEffect, useMemo, useState } from 'react';
import { Button } from 'antd';
import { PlusOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { faultToleranceFields, faultToleranceWorkflow, findStep, type WorkflowKey } from '../../../shared/workflow';
import type { PageMeta } from '../page-registry';
import { useRoute } from '../route.store';
import { useSession } from '../session.store';
import { CaseList } from '../cases/case-list';
import { NewCaseModal } from '../cases/new-case-modal';
import { useReference } from '../cases/reference.store';
import { useText } from '../cases/use-text';

export const page: PageMeta = {
  title: 'frame.menu.faultTolerance',
  icon: <SafetyCertificateOutlined />,
  menuOrder: 10,
  permission: 'cases.work',
};

/** 容错纠错 cases: the list, and a new case for those the table lets record its first step. */
export default function FaultTolerancePage() {
  const { t } = useTranslation();
  const { text, item } = useText();
  const navigate = useRoute((s) => s.navigate);
  const roles = useSession((s) => s.session?.roles ?? []);
  const catalog = useReference((s) => s.currentCatalog);
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    void useReference.getState().loadCurrentCatalog().catch(() => undefined);
  }, []);

  const first = findStep(faultToleranceWorkflow, faultToleranceWorkflow.initial)!;
  const mayOpen = first.recorders.roles.some((r) => roles.includes(r));
  const situations = useMemo(() => catalog?.situations.map((s) => ({ value: s.id, label: item(s) })) ?? [], [catalog, item]);
  const outcomes = faultToleranceFields.FAULT_TOLERANCE_OUTCOMES.map((o) => ({
    value: o,
    label: text(`workflow.faultTolerance.outcomes.${o}` as WorkflowKey),
  }));

  return (
    <>
      <CaseList
        kind="fault-tolerance"
        situationOptions={situations}
        outcomeOptions={outcomes}
        toolbar={
          mayOpen && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('cases.list.newCase')}
            </Button>
          )
        }
      />
      {creating && (
        <NewCaseModal
          kind="fault-tolerance"
          onClose={() => setCreating(false)}
          onCreated={(detail) => {
            setCreating(false);
            navigate('case', { id: String(detail.summary.id) });
          }}
        />
      )}
    </>
  );
}
