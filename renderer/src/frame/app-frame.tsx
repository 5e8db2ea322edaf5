import { useEffect, useMemo } from 'react';
import { App, Button, Layout, Menu, Popconfirm, Result, Space, Typography } from 'antd';
import { LockOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { can } from '../../../shared/roles';
import type { SessionInfo } from '../../../shared/ipc/auth.contract';
import { pages, findPage, type Page } from '../page-registry';
import { useRoute } from '../route.store';
import { useSession } from '../session.store';
import { LanguageSwitch } from '../components/language-switch';
import { RoleTags } from '../components/role-tags';
import { BackupReminderBanner } from '../backup';

function allowed(page: Page, session: SessionInfo): boolean {
  return !page.permission || can(session.roles, page.permission);
}

/** The signed-in window: side menu of pages, header with who is signed in, the current page. */
export function AppFrame({ session }: { session: SessionInfo }) {
  const { t } = useTranslation();
  const pageId = useRoute((s) => s.pageId);
  const navigate = useRoute((s) => s.navigate);
  const lock = useSession((s) => s.lock);
  const logout = useSession((s) => s.logout);
  const { message, notification } = App.useApp();

  // Toasts may name people or cases: none of them outlives the session that raised it.
  useEffect(
    () => () => {
      message.destroy();
      notification.destroy();
    },
    [message, notification],
  );

  const menuPages = useMemo(() => pages.filter((p) => p.menuOrder !== undefined && allowed(p, session)), [session]);
  const requested = findPage(pageId);
  const current = pageId === null ? menuPages[0] : requested && allowed(requested, session) ? requested : undefined;

  return (
    <Layout className="qz-frame">
      <Layout.Sider width={208} theme="dark" className="qz-frame-sider">
        <div className="qz-frame-brand">
          <span className="qz-frame-brand-name">{t('app.name')}</span>
        </div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={current ? [current.id] : []}
          items={menuPages.map((p) => ({ key: p.id, icon: p.icon, label: t(p.title) as string }))}
          onClick={({ key }) => navigate(key)}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="qz-frame-header">
          <Typography.Title level={4} className="qz-frame-title">
            {current ? (t(current.title) as string) : ''}
          </Typography.Title>
          <Space size="middle" className="qz-frame-user">
            <Space size={6}>
              <UserOutlined />
              <span className="qz-frame-user-name" data-testid="signed-in-user">
                {session.displayName}
              </span>
              <Typography.Text type="secondary" className="qz-frame-unit">
                {session.unitName}
              </Typography.Text>
            </Space>
            <RoleTags roles={session.roles} />
            <LanguageSwitch size="small" />
            <Button icon={<LockOutlined />} onClick={() => void lock()}>
              {t('frame.header.lock')}
            </Button>
            <Popconfirm title={t('frame.header.signOutConfirm')} onConfirm={() => logout()} okText={t('frame.header.signOut')} cancelText={t('common.actions.cancel')}>
              <Button icon={<LogoutOutlined />}>{t('frame.header.signOut')}</Button>
            </Popconfirm>
          </Space>
        </Layout.Header>
        <Layout.Content className="qz-frame-content">
          <BackupReminderBanner roles={session.roles} />
          {current ? <current.Component key={current.id} /> : <Result status="404" subTitle={t('frame.notFound')} />}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
