import { useMemo, useState } from 'react';
import { App, Button, Col, Form, Input, Modal, Radio, Row, Select, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Input as ChannelInput } from '../../../shared/ipc';
import { reportCreateInput, reporterInput, type ReportDetail } from '../../../shared/ipc/clearance.contract';
import { POINT_FINDINGS, RECEIVED_VIA, type PointFinding, type ReceivedVia } from '../../../shared/workflow/clearance.fields';
import { invoke } from '../api';
import { ApiError, isApiError } from '../api-error';
import { ErrorAlert } from '../components/error-alert';
import { currentLocale } from '../i18n';
import { useSession } from '../session.store';
import { UnitSelect } from '../settings/unit-select';
import { useUnits } from '../settings/use-units';
import { FormSection } from '../cases/form-section';
import { IsoDateInput } from '../cases/iso-date-input';
import { cleanValue } from '../cases/step-draft';
import { useText } from '../cases/use-text';
import { schemaAt, zodRules } from '../cases/zod-field-rules';
import { CadreMultiSelect, type CadreChoice } from './cadre-multi-select';
import { markFormFields } from './mark-form-fields';

interface PointValues {
  id?: number;
  summary?: string;
  cadreIds?: number[];
  finding?: PointFinding | null;
  note?: string;
}

interface ReportValues {
  receivedVia?: ReceivedVia;
  receivedOn?: string;
  unitId?: number;
  reporter?: { anonymous?: boolean; name?: string; contact?: string; workplace?: string };
  cadreIds?: number[];
  allegations?: string;
  points?: PointValues[];
  verification?: { unitId?: number; concludedOn?: string | null; conclusion?: string | null };
}

const namedReporter = reporterInput.options[1].shape;

function valuesOf(report: ReportDetail): ReportValues {
  return {
    receivedVia: report.receivedVia,
    receivedOn: report.receivedOn,
    reporter: report.reporter.hidden
      ? undefined
      : {
          anonymous: report.reporter.anonymous,
          name: report.reporter.name ?? undefined,
          contact: report.reporter.contact ?? undefined,
          workplace: report.reporter.workplace ?? undefined,
        },
    cadreIds: report.cadres.map((c) => c.id),
    allegations: report.allegations,
    points: report.points.map((p) => ({ id: p.id, summary: p.summary, cadreIds: p.cadreIds, finding: p.finding, note: p.note ?? undefined })),
    verification: report.verification
      ? { unitId: report.verification.unitId, concludedOn: report.verification.concludedOn, conclusion: report.verification.conclusion }
      : undefined,
  };
}

function reporterOf(values: ReportValues['reporter']): ChannelInput<'reports.create'>['reporter'] {
  if (!values || values.anonymous !== false) return { anonymous: true };
  return {
    anonymous: false,
    name: values.name ?? '',
    ...(values.contact ? { contact: values.contact } : {}),
    ...(values.workplace ? { workplace: values.workplace } : {}),
  };
}

function pointsOf(values: PointValues[] | undefined) {
  return (values ?? []).map((p) => ({
    ...(p.id ? { id: p.id } : {}),
    summary: p.summary ?? '',
    cadreIds: p.cadreIds ?? [],
    finding: p.finding ?? null,
    ...(p.note ? { note: p.note } : {}),
  }));
}

function verificationOf(values: ReportValues['verification']) {
  if (!values?.unitId) return undefined;
  return { unitId: values.unitId, concludedOn: values.concludedOn ?? null, conclusion: values.conclusion ?? null };
}

/**
 * Registers a report, or corrects one: how and when it came in, who reported (named or anonymous),
 * the cadres it names, its allegations split into numbered points, and — the verifying department's
 * part — each point's finding and the verification's conclusion. Mounted only while open.
 */
export function ReportFormModal({ report, onClose, onSaved }: { report?: ReportDetail; onClose: () => void; onSaved: (saved: ReportDetail) => void }) {
  const { t } = useTranslation();
  const { text } = useText();
  const { message } = App.useApp();
  const session = useSession((s) => s.session);
  const { units, loading: unitsLoading } = useUnits();
  const [form] = Form.useForm<ReportValues>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [cadres, setCadres] = useState<CadreChoice[]>(() => report?.cadres ?? []);
  const anonymous = Form.useWatch(['reporter', 'anonymous'], form) as boolean | undefined;
  const editing = report !== undefined;
  const initialValues = useMemo<ReportValues>(
    () =>
      report
        ? valuesOf(report)
        : { unitId: session?.unitId, reporter: { anonymous: false }, points: [{}], verification: { unitId: session?.unitId } },
    [report, session?.unitId],
  );

  const rule = (schema: z.ZodType | undefined, label: string, options?: { required?: boolean }) => zodRules(schema, label, t, options);
  const at = (...path: (string | number)[]) => schemaAt(reportCreateInput, path);
  const l = (key: string) => t(`clearanceUi.reportForm.${key}` as 'clearanceUi.reportForm.receivedVia');

  const save = async (raw: ReportValues) => {
    const values = (cleanValue(raw) as ReportValues | undefined) ?? {};
    setSaving(true);
    setError(null);
    try {
      const common = {
        receivedVia: values.receivedVia!,
        receivedOn: values.receivedOn!,
        cadreIds: values.cadreIds ?? [],
        allegations: values.allegations ?? '',
        points: pointsOf(values.points),
      };
      const verification = verificationOf(values.verification);
      const saved = report
        ? await invoke('reports.update', {
            id: report.id,
            ...common,
            ...(report.reporter.hidden ? {} : { reporter: reporterOf(values.reporter) }),
            ...(verification ? { verification } : {}),
          })
        : await invoke('reports.create', {
            ...common,
            ...(values.unitId ? { unitId: values.unitId } : {}),
            reporter: reporterOf(values.reporter),
            points: common.points.map(({ id: _id, ...p }) => p),
            ...(verification ? { verification } : {}),
          });
      void message.success(editing ? t('clearanceUi.reportForm.saved', { number: saved.number }) : t('clearanceUi.reportForm.created', { number: saved.number }));
      onSaved(saved);
    } catch (caught) {
      const apiError = isApiError(caught) ? caught : ApiError.internal(currentLocale());
      if (apiError.code !== 'LOCKED' && !markFormFields(form, apiError)) setError(apiError);
    } finally {
      setSaving(false);
    }
  };

  const findingOptions = POINT_FINDINGS.map((f) => ({ value: f, label: text(`workflow.clearance.findings.${f}`) }));
  // A point a live clearance cites stays as the case read it (main refuses any change): shown, not editable.
  const lockedBy = new Map((report?.points ?? []).filter((p) => p.clearances.length).map((p) => [p.id, p.clearances.map((c) => c.number)]));
  const lockOf = (index: number) => lockedBy.get(form.getFieldValue(['points', index, 'id']) as number);
  const cadreOptions = cadres.map((c) => ({ value: c.id, label: c.name }));

  return (
    <Modal
      open
      width={920}
      title={editing ? t('clearanceUi.reportForm.editTitle', { number: report.number }) : t('clearanceUi.reportForm.createTitle')}
      okText={editing ? t('common.actions.save') : t('clearanceUi.reportForm.create')}
      cancelText={t('common.actions.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <Form<ReportValues> form={form} layout="vertical" initialValues={initialValues} onFinish={save} disabled={saving} scrollToFirstError className="qz-report-form">
        <FormSection title={t('clearanceUi.reportForm.receipt')}>
          <Space wrap align="start" size="large">
            <Form.Item name="receivedVia" label={l('receivedVia')} rules={rule(at('receivedVia'), l('receivedVia'))}>
              <Radio.Group options={RECEIVED_VIA.map((v) => ({ value: v, label: text(`workflow.clearance.receivedVia.${v}`) }))} />
            </Form.Item>
            <Form.Item name="receivedOn" label={l('receivedOn')} rules={rule(at('receivedOn'), l('receivedOn'))}>
              <IsoDateInput />
            </Form.Item>
            {!editing && (
              <Form.Item name="unitId" label={l('unit')} rules={rule(at('unitId'), l('unit'))} style={{ width: 260 }}>
                <UnitSelect units={units} loading={unitsLoading} />
              </Form.Item>
            )}
          </Space>
        </FormSection>

        <FormSection title={t('clearanceUi.reportForm.reporter')} help={t('clearanceUi.reporter.confidential')}>
          {report?.reporter.hidden ? (
            <Typography.Text type="secondary">{t('clearanceUi.reporter.hidden')}</Typography.Text>
          ) : (
            <>
              <Form.Item name={['reporter', 'anonymous']} label={l('reporterKind')} rules={[{ required: true, message: t('cases.validation.choose', { label: l('reporterKind') }) }]}>
                <Radio.Group
                  options={[
                    { value: false, label: t('clearanceUi.reporter.named') },
                    { value: true, label: t('clearanceUi.reporter.anonymous') },
                  ]}
                />
              </Form.Item>
              {anonymous === false && (
                <Space wrap align="start" size="large">
                  <Form.Item name={['reporter', 'name']} label={l('reporterName')} rules={rule(namedReporter.name, l('reporterName'))}>
                    <Input maxLength={100} style={{ width: 200 }} />
                  </Form.Item>
                  <Form.Item name={['reporter', 'contact']} label={l('reporterContact')} rules={rule(namedReporter.contact, l('reporterContact'))}>
                    <Input maxLength={100} style={{ width: 200 }} />
                  </Form.Item>
                  <Form.Item name={['reporter', 'workplace']} label={l('reporterWorkplace')} rules={rule(namedReporter.workplace, l('reporterWorkplace'))}>
                    <Input maxLength={100} style={{ width: 260 }} />
                  </Form.Item>
                </Space>
              )}
            </>
          )}
        </FormSection>

        <FormSection title={t('clearanceUi.reportForm.content')}>
          <Form.Item name="cadreIds" label={l('cadres')} rules={rule(at('cadreIds'), l('cadres'))} extra={t('clearanceUi.reportForm.cadresHelp')}>
            <CadreMultiSelect known={cadres} onChosen={setCadres} />
          </Form.Item>
          <Form.Item name="allegations" label={l('allegations')} rules={rule(at('allegations'), l('allegations'))}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={20000} />
          </Form.Item>
        </FormSection>

        <FormSection title={t('clearanceUi.reportForm.points')} help={t('clearanceUi.reportForm.pointsHelp')}>
          <Form.List name="points">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field, index) => {
                  const n = index + 1;
                  const locked = lockOf(field.name);
                  return (
                    <div key={field.key} className="qz-point-row" data-point={n}>
                      <div className="qz-point-no">{t('clearanceUi.pointNo', { no: n })}</div>
                      <Row gutter={12} className="qz-point-fields">
                        {locked && (
                          <Col span={24}>
                            <Typography.Text type="warning" className="qz-point-locked">
                              {t('clearanceUi.reportForm.pointLocked', { numbers: locked.join(t('cases.listSeparator')) })}
                            </Typography.Text>
                          </Col>
                        )}
                        <Col span={24}>
                          <Form.Item
                            name={[field.name, 'summary']}
                            label={t('clearanceUi.reportForm.pointSummary', { no: n })}
                            rules={rule(at('points', index, 'summary'), t('clearanceUi.reportForm.pointSummary', { no: n }))}
                          >
                            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} disabled={!!locked} />
                          </Form.Item>
                        </Col>
                        <Col xs={24} md={10}>
                          <Form.Item
                            name={[field.name, 'cadreIds']}
                            label={t('clearanceUi.reportForm.pointCadres', { no: n })}
                            extra={t('clearanceUi.reportForm.pointCadresHelp')}
                          >
                            <Select mode="multiple" allowClear options={cadreOptions} placeholder={t('clearanceUi.reportForm.allCadres')} disabled={!!locked} />
                          </Form.Item>
                        </Col>
                        <Col xs={24} md={6}>
                          <Form.Item name={[field.name, 'finding']} label={t('clearanceUi.reportForm.pointFinding', { no: n })}>
                            <Select allowClear options={findingOptions} placeholder={t('clearanceUi.findings.none')} disabled={!!locked} />
                          </Form.Item>
                        </Col>
                        <Col xs={24} md={8}>
                          <Form.Item
                            name={[field.name, 'note']}
                            label={t('clearanceUi.reportForm.pointNote', { no: n })}
                            rules={rule(at('points', index, 'note'), t('clearanceUi.reportForm.pointNote', { no: n }))}
                          >
                            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} disabled={!!locked} />
                          </Form.Item>
                        </Col>
                      </Row>
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t('clearanceUi.reportForm.removePoint', { no: n })}
                        disabled={fields.length === 1 || !!locked}
                        onClick={() => remove(field.name)}
                      />
                    </div>
                  );
                })}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
                  {t('clearanceUi.reportForm.addPoint')}
                </Button>
              </>
            )}
          </Form.List>
        </FormSection>

        <FormSection title={t('clearanceUi.reportForm.verification')} help={t('clearanceUi.reportForm.verificationHelp')}>
          <Space wrap align="start" size="large">
            <Form.Item name={['verification', 'unitId']} label={l('verifyingUnit')} style={{ width: 260 }}>
              <UnitSelect units={units} loading={unitsLoading} />
            </Form.Item>
            <Form.Item name={['verification', 'concludedOn']} label={l('concludedOn')} rules={rule(at('verification', 'concludedOn'), l('concludedOn'))}>
              <IsoDateInput />
            </Form.Item>
          </Space>
          <Form.Item name={['verification', 'conclusion']} label={l('conclusion')} rules={rule(at('verification', 'conclusion'), l('conclusion'))}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={20000} />
          </Form.Item>
        </FormSection>
      </Form>
      <ErrorAlert error={error} onClose={() => setError(null)} />
    </Modal>
  );
}
