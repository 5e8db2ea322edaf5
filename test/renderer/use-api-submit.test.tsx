import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Button, Form, Input } from 'antd';
import type { ErrorPayload } from '../../shared/errors';
import '../../renderer/src/i18n';
import { ApiError } from '../../renderer/src/api-error';
import { AppProviders } from '../../renderer/src/app-providers';
import { ErrorAlert } from '../../renderer/src/components/error-alert';
import { useApiSubmit } from '../../renderer/src/forms/use-api-submit';

function refusal(payload: Partial<ErrorPayload> & Pick<ErrorPayload, 'code'>): ApiError {
  return new ApiError({ message: { 'zh-CN': `中文：${payload.code}`, en: `English: ${payload.code}` }, ...payload }, 'zh-CN');
}

let attempts = 0;

function PasswordForm({ refuseWith }: { refuseWith: ApiError }) {
  const [form] = Form.useForm<{ newPassword: string }>();
  const { submitting, error, onFinish } = useApiSubmit(form, async () => {
    attempts++;
    throw refuseWith;
  });
  return (
    <Form form={form} onFinish={onFinish} initialValues={{ newPassword: 'abc' }}>
      <Form.Item name="newPassword" label="新密码">
        <Input />
      </Form.Item>
      <ErrorAlert error={error} />
      <Button htmlType="submit" loading={submitting}>
        提交
      </Button>
    </Form>
  );
}

async function submitWith(error: ApiError) {
  attempts = 0;
  render(
    <AppProviders>
      <PasswordForm refuseWith={error} />
    </AppProviders>,
  );
  const button = screen.getByRole('button', { name: '提交' });
  fireEvent.click(button);
  await waitFor(() => expect(attempts).toBe(1));
  await waitFor(() => expect(button.className).not.toContain('ant-btn-loading'));
}

afterEach(cleanup);

describe('a form refused by main', () => {
  test('shows the message under the field main named', async () => {
    await submitWith(refusal({ code: 'WEAK_PASSWORD', fields: ['newPassword'] }));
    const message = await screen.findByText('中文：WEAK_PASSWORD');
    expect(message.closest('.ant-form-item')?.textContent).toContain('新密码');
    expect(document.querySelector('.qz-form-alert')).toBeNull();
  });

  test('shows the message above the buttons when no field on the form is named', async () => {
    await submitWith(refusal({ code: 'BAD_CREDENTIALS', fields: ['oldPassword'] }));
    const message = await screen.findByText('中文：BAD_CREDENTIALS');
    expect(message.closest('.qz-form-alert')).not.toBeNull();
  });

  test('says nothing itself when the refusal is LOCKED: the lock screen speaks for it', async () => {
    await submitWith(refusal({ code: 'LOCKED' }));
    expect(screen.queryByText('中文：LOCKED')).toBeNull();
  });
});
