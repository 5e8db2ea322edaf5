import { useEffect, useMemo } from 'react';
import { Button, DatePicker, Form, Input, Select, Space } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import type { Account } from './use-accounts';
import { currentLocale } from '../i18n';
import { knownActions } from './action-label';
import type { AuditQuery } from './audit-query';

interface FilterValues {
  actorId?: string;
  action?: string;
  recordType?: string;
  recordId?: string;
  result?: 'ok' | 'refused';
  period?: [Dayjs | null, Dayjs | null] | null;
}

type User = Account;

function toValues(query: AuditQuery): FilterValues {
  return {
    actorId: query.actorId,
    action: query.action,
    recordType: query.recordType,
    recordId: query.recordId,
    result: query.result,
    period: query.from || query.to ? [query.from ? dayjs(query.from) : null, query.to ? dayjs(query.to) : null] : null,
  };
}

/** Whole days in the officer's time zone, sent as instants, since the trail stores instants. */
function toQuery(values: FilterValues): AuditQuery {
  const [from, to] = values.period ?? [null, null];
  return {
    actorId: values.actorId,
    action: values.action,
    recordType: values.recordType?.trim(),
    recordId: values.recordId?.trim(),
    result: values.result,
    from: from ? from.startOf('day').toISOString() : undefined,
    to: to ? to.endOf('day').toISOString() : undefined,
  };
}

/** Who, what, which record, with what result, when: the same filter for the list and the export. */
export function AuditFilters({ query, users, onSearch }: { query: AuditQuery; users: User[]; onSearch: (query: AuditQuery) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FilterValues>();

  // Jumping to an entry clears the filter from outside; the fields follow.
  useEffect(() => {
    form.setFieldsValue({ actorId: undefined, action: undefined, recordType: undefined, recordId: undefined, result: undefined, period: null, ...toValues(query) });
  }, [form, query]);

  const locale = currentLocale();
  const actions = useMemo(() => knownActions(locale).map(({ code, label }) => ({ value: code, label: t('auditUi.actionOption', { label, code }) })), [locale, t]);

  return (
    <Form<FilterValues> form={form} layout="inline" className="qz-audit-filters" onFinish={(values) => onSearch(toQuery(values))}>
      <Form.Item name="actorId" label={t('auditUi.filters.user')}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('auditUi.filters.userPlaceholder')}
          style={{ width: 180 }}
          options={users.map((u) => ({ value: u.id, label: t('common.personWithUsername', { name: u.displayName, username: u.username }) }))}
        />
      </Form.Item>
      <Form.Item name="action" label={t('auditUi.filters.action')}>
        <Select allowClear showSearch={{ optionFilterProp: 'label' }} placeholder={t('auditUi.filters.actionPlaceholder')} style={{ width: 260 }} options={actions} />
      </Form.Item>
      <Form.Item label={t('auditUi.filters.recordType')} htmlFor="audit-record-type">
        <Space.Compact>
          <Form.Item name="recordType" noStyle>
            <Input id="audit-record-type" placeholder={t('auditUi.filters.recordTypePlaceholder')} style={{ width: 130 }} allowClear />
          </Form.Item>
          <Form.Item name="recordId" noStyle>
            <Input placeholder={t('auditUi.filters.recordId')} aria-label={t('auditUi.filters.recordId')} style={{ width: 110 }} allowClear />
          </Form.Item>
        </Space.Compact>
      </Form.Item>
      <Form.Item name="result" label={t('auditUi.filters.result')}>
        <Select
          allowClear
          placeholder={t('auditUi.filters.resultAny')}
          style={{ width: 110 }}
          options={[
            { value: 'ok', label: t('auditUi.results.ok') },
            { value: 'refused', label: t('auditUi.results.refused') },
          ]}
        />
      </Form.Item>
      <Form.Item name="period" label={t('auditUi.filters.period')}>
        <DatePicker.RangePicker allowEmpty={[true, true]} />
      </Form.Item>
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
            {t('auditUi.filters.search')}
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              onSearch({});
            }}
          >
            {t('auditUi.filters.reset')}
          </Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
