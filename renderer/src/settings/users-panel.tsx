import { useCallback, useEffect, useMemo, useState } from 'react';
import { App, Button, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { can } from '../../../shared/roles';
import type { User } from '../../../shared/ipc/users.contract';
import { invoke } from '../api';
import type { ApiError } from '../api-error';
import { useSession } from '../session.store';
import { ErrorAlert } from '../components/error-alert';
import { RoleTags } from '../components/role-tags';
import { UserCreateModal } from './user-create-modal';
import { UserEditModal } from './user-edit-modal';
import { UserGrantModal } from './user-grant-modal';
import { UserPasswordResetModal } from './user-password-reset-modal';
import { useUnits } from './use-units';

/**
 * The account list. Each administrative role sees only its own actions: the system administrator
 * creates and edits accounts, the security administrator grants roles and handles credentials,
 * the auditor only reads.
 */
export function UsersPanel() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const myRoles = useSession((s) => s.session?.roles ?? []);
  const myId = useSession((s) => s.session?.userId);
  const mayManage = can(myRoles, 'users.manage');
  const mayGrant = can(myRoles, 'users.grant');
  const mayReset = can(myRoles, 'users.credentials');
  const duty = mayManage ? 'manage' : mayGrant || mayReset ? 'grant' : 'read';

  const [users, setUsers] = useState<User[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<User | null>(null);
  const [granting, setGranting] = useState<User | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  const { units, loading: unitsLoading, reload: reloadUnits } = useUnits();
  // Main separates duties for good once anyone has held the role, so a disabled holder counts too.
  const hasSecurityAdmin = useMemo(() => users.some((u) => u.roles.includes('secadmin')), [users]);

  const reload = useCallback(async () => {
    setLoading(true);
    try {
      setUsers(await invoke('users.list', {}));
      setError(null);
    } catch (caught) {
      setError(caught as ApiError);
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  const releaseLockout = async (user: User) => {
    try {
      await invoke('users.releaseLockout', { id: user.id });
      void message.success(t('users.list.released', { name: user.displayName }));
    } catch (caught) {
      setError(caught as ApiError);
    }
  };

  const closeAndReload = () => {
    setEditing(null);
    setGranting(null);
    setResetting(null);
    setCreating(false);
    void reload();
  };

  return (
    <div className="qz-panel">
      <Space className="qz-panel-toolbar">
        {mayManage && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => {
              void reloadUnits();
              setCreating(true);
            }}
          >
            {t('users.list.create')}
          </Button>
        )}
        <Button icon={<ReloadOutlined />} onClick={() => void reload()} loading={loading}>
          {t('users.list.refresh')}
        </Button>
      </Space>
      <Typography.Paragraph type="secondary" data-testid="users-duty">
        {t(`users.list.duty.${duty}`)}
      </Typography.Paragraph>
      <ErrorAlert error={error} onClose={() => setError(null)} />
      <Table<User>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={users}
        // The columns' widths added up, so a unit's name and the longest role tag keep their line; narrower windows scroll sideways.
        scroll={{ x: 1030 + (mayReset ? 230 : mayManage || mayGrant ? 110 : 0) }}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (count) => t('users.list.total', { count }) }}
        columns={[
          { title: t('users.list.username'), dataIndex: 'username', width: 110 },
          {
            title: t('users.list.displayName'),
            dataIndex: 'displayName',
            width: 140,
            render: (_, user) => (
              <>
                {user.displayName}
                {user.id === myId && <Tag style={{ marginInlineStart: 6 }}>{t('users.list.self')}</Tag>}
              </>
            ),
          },
          { title: t('users.list.unit'), dataIndex: 'unitName', width: 170 },
          {
            title: t('users.list.roles'),
            dataIndex: 'roles',
            width: 170,
            render: (_, user) => (user.roles.length ? <RoleTags roles={user.roles} /> : <Tag color="default">{t('users.list.noRoles')}</Tag>),
          },
          {
            title: t('users.list.dataScope'),
            dataIndex: 'dataScope',
            width: 140,
            render: (_, user) => t(`common.dataScopes.${user.dataScope}`),
          },
          {
            title: t('users.list.status'),
            dataIndex: 'active',
            width: 150,
            render: (_, user) => (
              <>
                {user.active ? <Tag color="success">{t('users.list.active')}</Tag> : <Tag>{t('users.list.inactive')}</Tag>}
                {user.passwordTemporary && <Tag color="warning">{t('users.list.temporaryPassword')}</Tag>}
              </>
            ),
          },
          {
            title: t('users.list.createdAt'),
            dataIndex: 'createdAt',
            width: 150,
            render: (at: string) => (dayjs(at).isValid() ? dayjs(at).format('YYYY-MM-DD HH:mm') : at),
          },
          ...(mayManage || mayGrant || mayReset
            ? [
                {
                  title: t('users.list.actions'),
                  key: 'actions',
                  fixed: 'right' as const,
                  width: mayReset ? 230 : 110,
                  render: (_: unknown, user: User) => (
                    <Space size={0} wrap>
                      {mayManage && (
                        <Button type="link" size="small" onClick={() => setEditing(user)}>
                          {t('users.list.edit')}
                        </Button>
                      )}
                      {mayGrant && (
                        <Button type="link" size="small" onClick={() => setGranting(user)}>
                          {t('users.list.grant')}
                        </Button>
                      )}
                      {mayReset && (
                        <>
                          <Button type="link" size="small" onClick={() => setResetting(user)}>
                            {t('users.list.resetPassword')}
                          </Button>
                          <Popconfirm
                            title={t('users.list.releaseLockoutConfirm', { name: user.displayName })}
                            okText={t('users.list.releaseLockout')}
                            cancelText={t('common.actions.cancel')}
                            onConfirm={() => releaseLockout(user)}
                          >
                            <Button type="link" size="small">
                              {t('users.list.releaseLockout')}
                            </Button>
                          </Popconfirm>
                        </>
                      )}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {mayManage && (
        <>
          <UserCreateModal
            open={creating}
            units={units}
            unitsLoading={unitsLoading}
            rolesAllowed={!hasSecurityAdmin}
            onClose={() => setCreating(false)}
            onCreated={closeAndReload}
          />
          <UserEditModal user={editing} units={units} unitsLoading={unitsLoading} onClose={() => setEditing(null)} onSaved={closeAndReload} />
        </>
      )}
      {mayGrant && <UserGrantModal user={granting} onClose={() => setGranting(null)} onSaved={closeAndReload} />}
      {mayReset && <UserPasswordResetModal user={resetting} onClose={() => setResetting(null)} onDone={closeAndReload} />}
    </div>
  );
}
