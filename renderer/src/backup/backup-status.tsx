import { useEffect } from 'react';
import { App, Button, Card, Descriptions, Form, InputNumber, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { invoke } from '../api';
import { useApiSubmit } from '../forms/use-api-submit';
import { ErrorAlert } from '../components/error-alert';
import { useBackupReminder } from './backup-reminder.store';

interface IntervalValues {
  reminderDays: number;
}

/** When the last backup was made, whether that is too long ago, and after how many days to remind. */
export function BackupStatus() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<IntervalValues>();
  const reminder = useBackupReminder((s) => s.reminder);
  const refresh = useBackupReminder((s) => s.refresh);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(() => {
    if (reminder) form.setFieldsValue({ reminderDays: reminder.reminderDays });
  }, [reminder, form]);

  const save = useApiSubmit(form, async ({ reminderDays }: IntervalValues) => {
    await invoke('backup.configure', { reminderDays });
    await refresh();
    void message.success(t('common.saved'));
  });

  const last = reminder?.lastBackupAt
    ? t('backupUi.status.lastValue', {
        date: dayjs(reminder.lastBackupAt).format('YYYY-MM-DD HH:mm'),
        ago: reminder.daysSince === 0 ? t('backupUi.status.today') : t('backupUi.status.daysAgo', { days: reminder.daysSince }),
      })
    : t('backupUi.status.never');

  return (
    <Card size="small" title={t('backupUi.status.title')}>
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: 'last',
            label: t('backupUi.status.last'),
            children: (
              <span data-testid="last-backup">
                {last}{' '}
                {reminder && (
                  <Tag color={reminder.overdue ? 'warning' : 'success'}>{reminder.overdue ? t('backupUi.status.overdue') : t('backupUi.status.fresh')}</Tag>
                )}
              </span>
            ),
          },
        ]}
      />
      <Form<IntervalValues> form={form} layout="vertical" onFinish={save.onFinish} disabled={save.submitting}>
        <Form.Item
          name="reminderDays"
          label={t('backupUi.status.reminderDays')}
          extra={t('backupUi.status.reminderHelp')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <InputNumber min={1} max={365} precision={0} style={{ width: 140 }} />
        </Form.Item>
        <ErrorAlert error={save.error} />
        <Button type="primary" htmlType="submit" loading={save.submitting}>
          {t('common.actions.save')}
        </Button>
      </Form>
    </Card>
  );
}
