import { useEffect, useMemo, useState } from 'react';
import { Alert, App, Button, Form, Modal, Space, Spin, Steps, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { WorkCalendar } from '../../../shared/calendar';
import type { Cadre, CaseDetail, CaseKind } from '../../../shared/ipc/cases.contract';
import { findStep, type Evaluation, type FaultToleranceCatalog } from '../../../shared/workflow';
import { invoke } from '../api';
import { ApiError, isApiError } from '../api-error';
import { CadrePicker } from '../cadres/cadre-picker';
import { ErrorAlert } from '../components/error-alert';
import { currentLocale } from '../i18n';
import { useSession } from '../session.store';
import { CASE_KIND_VIEWS } from './case-kinds';
import { markStepFields } from './mark-step-fields';
import { useReference } from './reference.store';
import { stepDraft } from './step-draft';
import { findStepForm } from './step-forms';
import { useText } from './use-text';

/**
 * Opens a case: first the cadre it is about (found, or created with a checked ID number), then the
 * first step's form. What is filled in is saved with the case; the rest can follow on the case page.
 * Mounted only while open, so each new case starts from an empty form.
 */
export function NewCaseModal({ kind, onClose, onCreated }: { kind: CaseKind; onClose: () => void; onCreated: (detail: CaseDetail) => void }) {
  const { t } = useTranslation();
  const { text } = useText();
  const { message } = App.useApp();
  const session = useSession((s) => s.session);
  const table = CASE_KIND_VIEWS[kind].workflow;
  const first = findStep(table, table.initial)!;
  const stepForm = findStepForm(table.id, first.key);
  const [form] = Form.useForm();
  const [stage, setStage] = useState<0 | 1>(0);
  const [cadre, setCadre] = useState<Cadre | null>(null);
  const [calendar, setCalendar] = useState<WorkCalendar | null>(null);
  const [catalog, setCatalog] = useState<FaultToleranceCatalog | undefined>(undefined);
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    const reference = useReference.getState();
    void reference.loadCalendar().then(setCalendar).catch(() => undefined);
    if (kind === 'fault-tolerance') void reference.loadCurrentCatalog().then(setCatalog).catch(() => undefined);
  }, [kind]);

  // A case not yet created, as the engine would see it: the form reads its catalog from here.
  const evaluation: Evaluation | null = useMemo(() => {
    if (!session || !calendar || (kind === 'fault-tolerance' && !catalog)) return null;
    const today = dayjs().format('YYYY-MM-DD');
    return {
      table,
      state: { step: first.key, status: 'active', openedOn: today, data: {}, history: [] },
      actor: { userId: session.userId, roles: session.roles, unitId: session.unitId, caseInScope: true },
      context: { today, calendar, ...(catalog ? { catalog } : {}) },
    };
  }, [session, calendar, catalog, kind, table, first.key]);

  const create = async () => {
    if (!cadre) return;
    const { valid, invalid } = stepDraft(first.fields, form.getFieldsValue());
    if (invalid.length) {
      await form.validateFields(invalid.map((name) => [name]), { recursive: true }).catch(() => undefined);
      return;
    }
    setCreating(true);
    setError(null);
    try {
      const detail = await invoke('cases.create', { kind, cadreId: cadre.id, data: valid });
      void message.success(t('cases.newCase.created', { number: detail.summary.number }));
      onCreated(detail);
    } catch (caught) {
      const apiError = isApiError(caught) ? caught : ApiError.internal(currentLocale());
      if (apiError.code !== 'LOCKED' && !markStepFields(form, first.key, apiError)) setError(apiError);
    } finally {
      setCreating(false);
    }
  };

  return (
    <Modal
      open
      title={t('cases.newCase.title', { kind: text(table.nameKey) })}
      onCancel={onClose}
      width={860}
      mask={{ closable: false }}
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.actions.cancel')}</Button>
          {stage === 1 && <Button onClick={() => setStage(0)}>{t('common.actions.previous')}</Button>}
          {stage === 0 ? (
            <Button type="primary" disabled={!cadre} onClick={() => setStage(1)}>
              {t('common.actions.next')}
            </Button>
          ) : (
            <Button type="primary" loading={creating} onClick={() => void create()}>
              {t('cases.newCase.create')}
            </Button>
          )}
        </Space>
      }
    >
      <Steps
        size="small"
        current={stage}
        className="qz-new-case-steps"
        items={[{ title: t('cases.newCase.chooseCadre') }, { title: t('cases.newCase.fill', { step: text(first.titleKey) }) }]}
      />
      {stage === 0 ? (
        <div className="qz-new-case-cadre">
          <Typography.Paragraph type="secondary">{t('cases.newCase.cadreHint')}</Typography.Paragraph>
          <CadrePicker value={cadre} onChange={setCadre} />
        </div>
      ) : (
        <>
          {cadre && <Alert type="info" showIcon className="qz-form-alert" title={t('cases.newCase.about', { name: cadre.name, unit: cadre.unitName })} />}
          {!evaluation && <Spin />}
          {!stepForm && <Typography.Paragraph>{t('cases.panel.noForm')}</Typography.Paragraph>}
          <Typography.Paragraph type="secondary">{t('cases.newCase.partialHint')}</Typography.Paragraph>
        </>
      )}
      {/* Mounted through both stages: going back to change the cadre keeps what was typed. */}
      <Form form={form} layout="vertical" className="qz-step-form" disabled={creating} onValuesChange={() => setError(null)} hidden={stage === 0}>
        {evaluation && stepForm && <stepForm.Fields evaluation={evaluation} step={first} readOnly={false} form={form} />}
      </Form>
      <ErrorAlert error={error} onClose={() => setError(null)} />
    </Modal>
  );
}
