import { useCallback, useEffect, useState } from 'react';
import { Alert, App, Button, DatePicker, Form, Input, InputNumber, Modal, Space, Table, Tag, Typography } from 'antd';
import { DeleteOutlined, EditOutlined, EyeOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { translate } from '../../../shared/i18n';
import {
  CALENDAR_SOURCE_MAX,
  HOLIDAY_NAME_MAX,
  isWeekend,
  validateCalendarYear,
  type CalendarDay,
  type CalendarProblem,
  type CalendarYear,
} from '../../../shared/calendar';
import { invoke } from '../api';
import type { ApiError } from '../api-error';
import { ErrorAlert } from '../components/error-alert';
import { IsoDateInput } from '../cases/iso-date-input';
import { useReference } from '../cases/reference.store';
import { useApiSubmit } from '../forms/use-api-submit';
import { currentLocale } from '../i18n';

interface YearRow {
  year: number;
  source: 'shipped' | 'entered';
  data: CalendarYear;
}

type Editing = { mode: 'view' | 'edit'; year: CalendarYear | null };

/** Which problems belong to a field on the form, and which to the year as a whole. */
function onField(path: string): boolean {
  return /^(holidays|workdays)\.\d+\.(date|name)$/.test(path) || path === 'year' || path === 'source';
}

const asName = (path: string) => path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));

/**
 * The holiday calendar deadlines are counted on: the years shipped with the product and those an
 * administrator entered from the State Council's yearly notice. Entering or correcting a year is
 * checked with the same rules main applies, and each problem is shown on the day it concerns.
 */
export function CalendarPanel() {
  const { t } = useTranslation();
  const [rows, setRows] = useState<YearRow[]>([]);
  const [lastKnownYear, setLastKnownYear] = useState<number | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);

  const load = useCallback(async () => {
    setLoading(true);
    try {
      const result = await invoke('calendar.years', {});
      setRows(result.years);
      setLastKnownYear(result.lastKnownYear);
      setError(null);
    } catch (caught) {
      setError(caught as ApiError);
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <div className="qz-panel qz-calendar-panel">
      <Space wrap className="qz-panel-toolbar">
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ mode: 'edit', year: null })}>
          {t('cases.calendar.enter')}
        </Button>
        <Button icon={<ReloadOutlined />} onClick={() => void load()} loading={loading}>
          {t('cases.list.refresh')}
        </Button>
      </Space>
      {lastKnownYear !== null && <Alert className="qz-form-alert" type="info" showIcon title={t('cases.calendar.lastKnown', { year: lastKnownYear })} />}
      <ErrorAlert error={error} onClose={() => setError(null)} />
      <Table<YearRow>
        rowKey="year"
        size="small"
        loading={loading}
        dataSource={rows}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        columns={[
          { title: t('cases.calendar.year'), dataIndex: 'year', width: 90 },
          {
            title: t('cases.calendar.source'),
            dataIndex: 'source',
            width: 140,
            render: (source: YearRow['source']) => <Tag color={source === 'entered' ? 'blue' : 'default'}>{t(`cases.calendar.sources.${source}`)}</Tag>,
          },
          { title: t('cases.calendar.holidays'), key: 'holidays', width: 110, render: (_: unknown, r) => r.data.holidays.length },
          { title: t('cases.calendar.workdays'), key: 'workdays', width: 130, render: (_: unknown, r) => r.data.workdays.length },
          {
            title: t('cases.calendar.notice'),
            key: 'notice',
            ellipsis: true,
            render: (_: unknown, r) => r.data.source.split('\n')[0],
          },
          {
            title: t('cases.calendar.actions'),
            key: 'actions',
            width: 170,
            render: (_: unknown, r) => (
              <Space size={0}>
                <Button type="link" size="small" icon={<EyeOutlined />} onClick={() => setEditing({ mode: 'view', year: r.data })}>
                  {t('cases.calendar.view')}
                </Button>
                <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing({ mode: 'edit', year: r.data })}>
                  {t('cases.calendar.correct')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {editing && (
        <CalendarYearModal
          editing={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            useReference.getState().forget();
            void load();
          }}
        />
      )}
    </div>
  );
}

interface YearValues {
  year?: number;
  holidays: Partial<CalendarDay>[];
  workdays: Partial<CalendarDay>[];
  source?: string;
}

/** Weekdays from one day to another, both included: a holiday period as the notice states it, minus its weekend. */
function weekdaysBetween(from: Dayjs, to: Dayjs): string[] {
  const days: string[] = [];
  for (let d = from; !d.isAfter(to, 'day'); d = d.add(1, 'day')) {
    const iso = d.format('YYYY-MM-DD');
    if (!isWeekend(iso)) days.push(iso);
  }
  return days;
}

function CalendarYearModal({ editing, onClose, onSaved }: { editing: Editing; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<YearValues>();
  const [problems, setProblems] = useState<string[]>([]);
  const [range, setRange] = useState<[Dayjs, Dayjs] | null>(null);
  const [rangeName, setRangeName] = useState('');
  const readOnly = editing.mode === 'view';
  const locale = currentLocale();
  const existing = editing.year;

  const text = (p: CalendarProblem) => translate(locale, p.key, p.params);

  const { submitting, error, setError, onFinish } = useApiSubmit(form, async (values: YearValues) => {
    const input = {
      year: values.year,
      holidays: (values.holidays ?? []).map((d) => ({ date: d.date ?? '', name: d.name?.trim() ?? '' })),
      workdays: (values.workdays ?? []).map((d) => ({ date: d.date ?? '', name: d.name?.trim() ?? '' })),
      source: values.source?.trim() ?? '',
    };
    // The same check main makes, here so that every problem shows on its own day, not only the first.
    const check = validateCalendarYear(input);
    if (!check.ok) {
      form.setFields(check.problems.filter((p) => onField(p.path)).map((p) => ({ name: asName(p.path) as never, errors: [text(p)] })));
      setProblems(check.problems.filter((p) => !onField(p.path)).map(text));
      void message.error(t('cases.calendar.problems', { count: check.problems.length }));
      return;
    }
    setProblems([]);
    const saved = await invoke('calendar.saveYear', check.year);
    void message.success(t('cases.calendar.saved', { year: saved.year }));
    onSaved();
  });

  const addRange = () => {
    if (!range || !rangeName.trim()) return;
    const current = (form.getFieldValue('holidays') as Partial<CalendarDay>[] | undefined) ?? [];
    const known = new Set(current.map((d) => d.date));
    const added = weekdaysBetween(range[0], range[1])
      .filter((date) => !known.has(date))
      .map((date) => ({ date, name: rangeName.trim() }));
    form.setFieldValue('holidays', [...current, ...added]);
    setRange(null);
  };

  const dayList = (list: 'holidays' | 'workdays') => (
    <Form.List name={list}>
      {(fields, { add, remove }) => (
        <div className="qz-day-list">
          {fields.map((field, i) => (
            <Space key={field.key} align="start" className="qz-day-row">
              <Form.Item name={[field.name, 'date']} rules={[{ required: true, message: t('common.required') }]} className="qz-day-date">
                <IsoDateInput />
              </Form.Item>
              <Form.Item
                name={[field.name, 'name']}
                rules={[{ required: true, whitespace: true, message: t('common.required') }, { max: HOLIDAY_NAME_MAX }]}
                className="qz-day-name"
              >
                <Input aria-label={t('cases.calendar.nameOf', { list: t(`cases.calendar.${list}`), n: i + 1 })} placeholder={t('cases.calendar.name')} maxLength={HOLIDAY_NAME_MAX} style={{ width: 200 }} />
              </Form.Item>
              {!readOnly && <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('cases.calendar.removeDay')} onClick={() => remove(field.name)} />}
            </Space>
          ))}
          {!readOnly && (
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
              {t('cases.calendar.addDay')}
            </Button>
          )}
        </div>
      )}
    </Form.List>
  );

  return (
    <Modal
      open
      width={820}
      title={
        readOnly && existing
          ? t('cases.calendar.viewTitle', { year: existing.year })
          : existing
            ? t('cases.calendar.correctTitle', { year: existing.year })
            : t('cases.calendar.enterTitle')
      }
      onCancel={onClose}
      mask={{ closable: false }}
      footer={
        readOnly ? (
          <Button onClick={onClose}>{t('common.actions.back')}</Button>
        ) : (
          <Space>
            <Button onClick={onClose}>{t('common.actions.cancel')}</Button>
            <Button type="primary" loading={submitting} onClick={() => form.submit()}>
              {t('common.actions.save')}
            </Button>
          </Space>
        )
      }
    >
      <Form<YearValues>
        form={form}
        layout="vertical"
        disabled={readOnly || submitting}
        onFinish={onFinish}
        onValuesChange={() => {
          setError(null);
          setProblems([]);
        }}
        initialValues={
          existing
            ? {
                year: existing.year,
                holidays: existing.holidays,
                workdays: existing.workdays,
                source: existing.source,
              }
            : { holidays: [], workdays: [] }
        }
      >
        <Form.Item name="year" label={t('cases.calendar.year')} rules={[{ required: true, message: t('common.required') }]}>
          <InputNumber min={2000} max={2100} precision={0} disabled={readOnly || existing !== null} style={{ width: 140 }} />
        </Form.Item>
        <Typography.Title level={5}>{t('cases.calendar.holidays')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('cases.calendar.holidaysHelp')}</Typography.Paragraph>
        {!readOnly && (
          <Space wrap className="qz-day-range">
            <DatePicker.RangePicker aria-label={t('cases.calendar.range')} allowEmpty={[true, true]} value={range} onChange={(v) => setRange(v && v[0] && v[1] ? [v[0], v[1]] : null)} />
            <Input placeholder={t('cases.calendar.name')} value={rangeName} onChange={(e) => setRangeName(e.target.value)} maxLength={HOLIDAY_NAME_MAX} style={{ width: 160 }} />
            <Button onClick={addRange} disabled={!range || !rangeName.trim()}>
              {t('cases.calendar.addRange')}
            </Button>
          </Space>
        )}
        {dayList('holidays')}
        <Typography.Title level={5}>{t('cases.calendar.workdays')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('cases.calendar.workdaysHelp')}</Typography.Paragraph>
        {dayList('workdays')}
        <Form.Item
          name="source"
          label={t('cases.calendar.source')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }, { max: CALENDAR_SOURCE_MAX }]}
          extra={t('cases.calendar.sourceHelp')}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={CALENDAR_SOURCE_MAX} />
        </Form.Item>
        {problems.length > 0 && (
          <Alert
            type="error"
            showIcon
            className="qz-form-alert"
            title={t('cases.calendar.problems', { count: problems.length })}
            description={
              <ul className="qz-reason-list">
                {problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            }
          />
        )}
        <ErrorAlert error={error} onClose={() => setError(null)} />
      </Form>
    </Modal>
  );
}
