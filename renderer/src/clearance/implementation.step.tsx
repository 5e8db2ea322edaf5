import { Button, Col, Form, Input, Radio, Row, Select, Space, Typography, type FormInstance } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { clearanceFields, readField, type Evaluation, type StepDef } from '../../../shared/workflow';
import type { ClearanceMethod } from '../../../shared/workflow/clearance.fields';
import { FormSection } from '../cases/form-section';
import { IsoDateInput } from '../cases/iso-date-input';
import { liveGuardReasons, reasonsFor } from '../cases/live-guards';
import { ReasonList } from '../cases/reason-list';
import type { StepFieldsProps, StepFormModule } from '../cases/step-form';
import { useStepRules } from '../cases/use-step-rules';
import { useText } from '../cases/use-text';
import { CaseLinks } from './case-links';
import { ImplementationDeadline } from './implementation-deadline';

const INLINE = ['implementation.intendedNotice', 'implementation.implementations', 'implementation.visits'];

/** Methods that leave a document with a number: the letter and the notice. */
const NUMBERED: readonly ClearanceMethod[] = ['written', 'notice'];

function ImplementationRow({
  evaluation,
  step,
  form,
  name,
  index,
  methods,
  readOnly,
  onRemove,
}: {
  evaluation: Evaluation;
  step: StepDef;
  form: FormInstance;
  name: number;
  index: number;
  methods: readonly ClearanceMethod[];
  readOnly: boolean;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const { text } = useText();
  const { rules } = useStepRules(evaluation.table, step);
  const method = Form.useWatch(['implementations', name, 'method'], form) as ClearanceMethod | undefined;
  const n = index + 1;
  const f = (key: string) => t(`clearanceUi.implementation.fields.${method ?? 'written'}.${key}` as 'clearanceUi.implementation.fields.written.carriedOutOn');
  const path = (field: string) => ['implementations', name, field];
  const meeting = method === 'meeting';

  return (
    <div className="qz-implementation-row" data-implementation={n} data-method={method ?? ''}>
      <Space className="qz-row-head" size="middle">
        <Typography.Text strong>{t('clearanceUi.implementation.recordNo', { no: n })}</Typography.Text>
        {!readOnly && <Button type="text" danger size="small" icon={<DeleteOutlined />} onClick={onRemove} aria-label={t('clearanceUi.implementation.removeRecord', { no: n })} />}
      </Space>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name={[name, 'method']} label={t('clearanceUi.implementation.method')} rules={rules(path('method'), t('clearanceUi.implementation.method'))}>
            <Select options={methods.map((m) => ({ value: m, label: text(`workflow.clearance.methods.${m}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name={[name, 'carriedOutOn']} label={f('carriedOutOn')} rules={rules(path('carriedOutOn'), f('carriedOutOn'))}>
            <IsoDateInput />
          </Form.Item>
        </Col>
        {method && method !== 'written' && method !== 'notice' && (
          <Col xs={24} md={8}>
            <Form.Item name={[name, 'place']} label={f('place')} rules={rules(path('place'), f('place'), { required: meeting })}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
        )}
        {meeting && (
          <Col xs={24} md={8}>
            <Form.Item name={[name, 'chair']} label={f('chair')} rules={rules(path('chair'), f('chair'), { required: true })}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
        )}
        {method && NUMBERED.includes(method) && (
          <Col xs={24} md={8}>
            <Form.Item name={[name, 'documentNo']} label={f('documentNo')} rules={rules(path('documentNo'), f('documentNo'))}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
        )}
        <Col span={24}>
          <Form.Item name={[name, 'participants']} label={f('participants')} rules={rules(path('participants'), f('participants'))}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name={[name, 'note']} label={f('note')} rules={rules(path('note'), f('note'))}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
          </Form.Item>
        </Col>
      </Row>
    </div>
  );
}

/**
 * 实施回访: within the period after approval, the notice of intended clearance (拟澄清告知书) sent and
 * acknowledged, each approved method carried out (meeting: date, place, chair, attendees and scope;
 * letter: addressees, date, number; face to face: who and when), then the follow-up visits and the
 * filing. The engine's rules on the record (every approved method done, a written one beside any
 * other, the notice first, at least one visit) show as the officer types.
 */
function ImplementationFields({ evaluation, step, readOnly, form }: StepFieldsProps) {
  const { t } = useTranslation();
  const { text } = useText();
  const { label, rules } = useStepRules(evaluation.table, step);
  const l = (key: string) => text(`workflow.labels.${key}`);
  const approved = readField(evaluation.state, 'assessment', clearanceFields.assessmentFields, 'methods') ?? [];
  const methods = approved.length ? approved : clearanceFields.CLEARANCE_METHODS;
  const recorded = (Form.useWatch('implementations', form) as { method?: ClearanceMethod }[] | undefined) ?? [];
  const live = readOnly ? [] : liveGuardReasons(evaluation, 'implementation');
  // No visit yet is a fact the engine judges (办结前须至少回访一次), not a field left blank.
  const saved = evaluation.state.data.implementation as { visits?: unknown } | undefined;
  const warn = (field: string) => {
    const reasons = reasonsFor(live, `implementation.${field}`);
    return reasons.length ? (
      <div className="qz-list-warning">
        <ReasonList reasons={reasons} className="qz-field-warning" />
      </div>
    ) : null;
  };

  return (
    <>
      <CaseLinks state={evaluation.state} />
      <ImplementationDeadline evaluation={evaluation} />

      <FormSection title={label('intendedNotice')} help={t('clearanceUi.implementation.noticeHelp')}>
        <Space wrap align="start" size="large">
          <Form.Item name={['intendedNotice', 'sentOn']} label={l('sentOn')} rules={rules(['intendedNotice', 'sentOn'], l('sentOn'))}>
            <IsoDateInput />
          </Form.Item>
          <Form.Item name={['intendedNotice', 'acknowledgedOn']} label={l('acknowledgedOn')} rules={rules(['intendedNotice', 'acknowledgedOn'], l('acknowledgedOn'))}>
            <IsoDateInput />
          </Form.Item>
        </Space>
        <Form.Item name={['intendedNotice', 'cadreViews']} label={l('cadreViews')} rules={rules(['intendedNotice', 'cadreViews'], l('cadreViews'))}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
        </Form.Item>
        {warn('intendedNotice')}
      </FormSection>

      <FormSection
        title={label('implementations')}
        help={t('clearanceUi.implementation.methodsApproved', { methods: approved.map((m) => text(`workflow.clearance.methods.${m}`)).join(t('cases.listSeparator')) })}
      >
        <Form.List name="implementations">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <ImplementationRow
                  key={field.key}
                  evaluation={evaluation}
                  step={step}
                  form={form}
                  name={field.name}
                  index={index}
                  methods={methods}
                  readOnly={readOnly}
                  onRemove={() => remove(field.name)}
                />
              ))}
              {!readOnly && (
                <Space wrap>
                  {methods.map((m) => (
                    <Button
                      key={m}
                      type={recorded.some((r) => r?.method === m) ? 'dashed' : 'default'}
                      icon={<PlusOutlined />}
                      onClick={() => add({ method: m })}
                      data-add-method={m}
                    >
                      {t('clearanceUi.implementation.addMethod', { method: text(`workflow.clearance.methods.${m}`) })}
                    </Button>
                  ))}
                </Space>
              )}
            </>
          )}
        </Form.List>
        {warn('implementations')}
      </FormSection>

      <FormSection title={label('visits')} help={t('clearanceUi.implementation.visitsHelp')}>
        <Form.List name="visits" initialValue={saved?.visits === undefined ? [] : undefined}>
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => {
                const n = index + 1;
                const v = (key: string) => ['visits', field.name, key];
                return (
                  <div key={field.key} className="qz-visit-row" data-visit={n}>
                    <Space className="qz-row-head" size="middle">
                      <Typography.Text strong>{t('clearanceUi.implementation.visitNo', { no: n })}</Typography.Text>
                      {!readOnly && (
                        <Button type="text" danger size="small" icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('clearanceUi.implementation.removeVisit', { no: n })} />
                      )}
                    </Space>
                    <Space wrap align="start" size="large">
                      <Form.Item name={[field.name, 'visitedOn']} label={l('visitedOn')} rules={rules(v('visitedOn'), l('visitedOn'))}>
                        <IsoDateInput />
                      </Form.Item>
                      <Form.Item name={[field.name, 'mode']} label={l('mode')} rules={rules(v('mode'), l('mode'))}>
                        <Radio.Group options={(['phone', 'inPerson'] as const).map((m) => ({ value: m, label: text(`workflow.clearance.visitModes.${m}`) }))} />
                      </Form.Item>
                      <Form.Item name={[field.name, 'visitor']} label={l('visitor')} rules={rules(v('visitor'), l('visitor'))}>
                        <Input maxLength={100} style={{ width: 200 }} />
                      </Form.Item>
                    </Space>
                    <Form.Item name={[field.name, 'cadreState']} label={l('cadreState')} rules={rules(v('cadreState'), l('cadreState'))} extra={t('clearanceUi.implementation.cadreStateHelp')}>
                      <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'notes']} label={l('notes')} rules={rules(v('notes'), l('notes'))}>
                      <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
                    </Form.Item>
                  </div>
                );
              })}
              {!readOnly && (
                <Button icon={<PlusOutlined />} onClick={() => add({})}>
                  {t('clearanceUi.implementation.addVisit')}
                </Button>
              )}
            </>
          )}
        </Form.List>
        {warn('visits')}
      </FormSection>

      <Form.Item name="filedOn" label={label('filedOn')} rules={rules(['filedOn'], label('filedOn'))}>
        <IsoDateInput />
      </Form.Item>
    </>
  );
}

export const stepForm: StepFormModule = { workflow: 'clearance', step: 'implementation', Fields: ImplementationFields, inlineGuardFields: INLINE };
