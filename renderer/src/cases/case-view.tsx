import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { App, Alert, Button, Card, Col, Result, Row, Skeleton, Space, type FormInstance } from 'antd';
import { ArrowLeftOutlined, ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { canRecordStep, evaluateAction, findStep, type ActionDef, type Reason } from '../../../shared/workflow';
import { invoke } from '../api';
import { ApiError, isApiError } from '../api-error';
import { ErrorAlert } from '../components/error-alert';
import { currentLocale } from '../i18n';
import { useRoute } from '../route.store';
import { AttachmentsPanel } from '../attachments';
import { DocumentsPanel } from '../documents';
import { withDraft } from './case-evaluation';
import { CASE_KIND_VIEWS } from './case-kinds';
import { CaseHeader } from './case-header';
import { CaseSteps } from './case-steps';
import { CaseTimeline } from './case-timeline';
import { ActionBar } from './action-bar';
import { ReasonList } from './reason-list';
import { StepPanel } from './step-panel';
import { changedFields, stepDraft } from './step-draft';
import { markStepFields } from './mark-step-fields';
import { useCase } from './use-case';
import { useText } from './use-text';
import './cases.css';

interface Refusal {
  error: ApiError;
  /** The engine's own reasons for the refused action, judged again on the case as it now stands. */
  reasons: Reason[];
}

/**
 * A case of either type: header, the steps, the step being worked (or any step reached, to read),
 * the actions with the reasons some are not possible, and the history. Everything about the
 * procedure comes from the workflow table through the shared engine.
 */
export function CaseView({ id }: { id: number }) {
  const { t } = useTranslation();
  const { text } = useText();
  const { message } = App.useApp();
  const navigate = useRoute((s) => s.navigate);
  const { detail, evaluation, loading, error, reload, apply } = useCase(id);
  const formRef = useRef<FormInstance | null>(null);
  const [viewing, setViewing] = useState<string | null>(null);
  const [draft, setDraft] = useState<Record<string, unknown> | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  const state = evaluation?.state;
  const position = state ? `${state.step}:${state.status}` : '';
  // What was typed belongs to the step it was typed into: a new position starts clean.
  useEffect(() => setDraft(null), [position]);
  const record = useMemo(() => (evaluation && state ? canRecordStep(evaluation, state.step) : null), [evaluation, state]);
  const editable = record?.allowed === true;
  const step = evaluation && state ? findStep(evaluation.table, state.step) : undefined;
  const saved = (state?.data[state.step] as Record<string, unknown> | undefined) ?? {};
  const pending = draft ? changedFields(draft, saved) : {};
  const judged = useMemo(
    () => (evaluation && state && editable ? withDraft(evaluation, state.step, draft) : evaluation),
    [evaluation, state, editable, draft],
  );

  const readDraft = useCallback(() => {
    const form = formRef.current;
    if (!form || !step) return;
    setDraft(stepDraft(step.fields, form.getFieldsValue()).valid);
  }, [step]);

  /**
   * Saves what is typed into the step being worked. `complete`: everything the step requires must be
   * there (before submitting its work); otherwise only what is valid is saved and the rest is marked.
   */
  const saveForm = useCallback(
    async (complete: boolean): Promise<boolean> => {
      const form = formRef.current;
      if (!form || !step || !state) return true;
      if (complete) {
        try {
          await form.validateFields();
        } catch {
          return false;
        }
      }
      const { valid, invalid } = stepDraft(step.fields, form.getFieldsValue());
      if (invalid.length) await form.validateFields(invalid.map((name) => [name]), { recursive: true }).catch(() => undefined);
      const changed = changedFields(valid, (state.data[state.step] as Record<string, unknown> | undefined) ?? {});
      if (!Object.keys(changed).length) {
        if (!complete) void message.info(invalid.length ? t('cases.panel.invalidNotSaved', { count: invalid.length }) : t('cases.panel.nothingToSave'));
        return !invalid.length || !complete;
      }
      try {
        const next = await invoke('cases.saveStep', { id, step: state.step, data: changed });
        await apply(next);
        if (!complete) void message.success(invalid.length ? t('cases.panel.savedPartly', { count: invalid.length }) : t('common.saved'));
        return true;
      } catch (caught) {
        const apiError = isApiError(caught) ? caught : ApiError.internal(currentLocale());
        if (apiError.code !== 'LOCKED' && !markStepFields(form, state.step, apiError)) setRefusal({ error: apiError, reasons: [] });
        return false;
      }
    },
    [id, step, state, apply, message, t],
  );

  const onSave = async () => {
    setSaving(true);
    setRefusal(null);
    await saveForm(false);
    setSaving(false);
  };

  const onAct = useCallback(
    async (action: ActionDef, input: Record<string, unknown>): Promise<ApiError | null> => {
      if (!state) return null;
      setBusy(action.key);
      setRefusal(null);
      try {
        // The step's work goes with its submission: saved first, as typed.
        if (editable && action.requires.includes(state.step) && !(await saveForm(true))) return null;
        const next = await invoke('cases.act', { id, action: action.key, input });
        setDraft(null);
        setViewing(null);
        await apply(next);
        void message.success(t('cases.actions.done', { action: text(action.labelKey) }));
        return null;
      } catch (caught) {
        const apiError = isApiError(caught) ? caught : ApiError.internal(currentLocale());
        if (apiError.code === 'LOCKED') return apiError;
        // The case may have moved on under us: judge the action again on the case as it now is.
        const fresh = await invoke('cases.get', { id }).catch(() => null);
        if (fresh) await apply(fresh);
        const form = formRef.current;
        const onForm = form ? markStepFields(form, state.step, apiError) : false;
        const inputField = apiError.fields.some((f) => f in action.input.shape);
        if (!inputField) {
          const reasons = evaluation ? (evaluateAction(evaluation, action.key, input)?.reasons ?? []) : [];
          if (!onForm || reasons.length) setRefusal({ error: apiError, reasons });
        }
        return apiError;
      } finally {
        setBusy(null);
      }
    },
    [id, state, editable, saveForm, apply, evaluation, message, t, text],
  );

  if (error && !detail) {
    return (
      <Result
        status={error.code === 'NOT_FOUND' ? '404' : error.code === 'FORBIDDEN' ? '403' : 'error'}
        subTitle={error.message}
        extra={<Button onClick={() => void reload()}>{t('common.actions.retry')}</Button>}
      />
    );
  }
  if (!detail || !evaluation || !judged || !state) return <Skeleton active paragraph={{ rows: 10 }} />;

  const kind = CASE_KIND_VIEWS[detail.summary.kind];
  const shown = viewing ?? state.step;
  const outcomeLabel = kind.outcomeKey ? (o: string) => text(kind.outcomeKey!(o)) : undefined;

  return (
    <div className="qz-case-view">
      <Space className="qz-case-nav">
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(kind.listPage)}>
          {t('cases.page.back')}
        </Button>
        <Button icon={<ReloadOutlined />} onClick={() => void reload()} loading={loading}>
          {t('cases.page.refresh')}
        </Button>
      </Space>
      <Card className="qz-case-card">
        <CaseHeader detail={detail} table={evaluation.table} outcomeLabel={outcomeLabel} />
        <CaseSteps evaluation={evaluation} viewing={shown} onView={(s) => setViewing(s === state.step ? null : s)} />
      </Card>
      <Card size="small" className="qz-case-card qz-action-card" title={t('cases.actions.title')}>
        <ActionBar evaluation={judged} busy={busy} onAct={onAct} />
        {refusal && (
          <Alert
            className="qz-refusal"
            type="error"
            showIcon
            role="alert"
            closable={{ onClose: () => setRefusal(null) }}
            title={refusal.error.message}
            description={refusal.reasons.length ? <ReasonList reasons={refusal.reasons} /> : undefined}
          />
        )}
      </Card>
      <Row gutter={16}>
        <Col xs={24} xl={16}>
          <Card
            className="qz-case-card"
            title={
              <Space>
                <span>{text(findStep(evaluation.table, shown)!.titleKey)}</span>
                {shown !== state.step && <span className="qz-muted">{t('cases.panel.readOnly')}</span>}
              </Space>
            }
            extra={shown !== state.step && <Button size="small" onClick={() => setViewing(null)}>{t('cases.panel.backToCurrent')}</Button>}
          >
            {/* The step being worked stays mounted while another is read, so nothing typed is lost. */}
            <div hidden={shown !== state.step}>
              <StepPanel
                key={`${position}:${editable}`}
                evaluation={judged}
                stepKey={state.step}
                editable={editable}
                recordReasons={record?.reasons ?? []}
                formRef={formRef}
                events={detail.events}
                saving={saving}
                dirty={Object.keys(pending).length > 0}
                onValuesChange={readDraft}
                onSave={() => void onSave()}
              />
            </div>
            {shown !== state.step && (
              <StepPanel
                key={`read:${shown}:${position}`}
                evaluation={evaluation}
                stepKey={shown}
                editable={false}
                recordReasons={[]}
                formRef={formRef}
                events={detail.events}
                saving={false}
                dirty={false}
                onValuesChange={readDraft}
                onSave={() => void onSave()}
              />
            )}
          </Card>
          <AttachmentsPanel key={shown} caseId={id} step={shown} onChange={() => void reload()} />
        </Col>
        <Col xs={24} xl={8}>
          <Card className="qz-case-card" size="small" title={t('cases.timeline.title')}>
            <CaseTimeline table={evaluation.table} events={detail.events} />
          </Card>
        </Col>
      </Row>
      <DocumentsPanel caseId={id} number={detail.summary.number} revision={detail.summary.updatedAt} onChange={() => void reload()} />
      <ErrorAlert error={error} />
    </div>
  );
}
