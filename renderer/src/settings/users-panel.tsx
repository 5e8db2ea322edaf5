import { useCallback, useEffect, useState } from 'react';
import { Button, Space, Table, Tag } from 'antd';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../shared/ipc/users.contract';
import { invoke } from '../api';
import type { ApiError } from '../api-error';
import { ErrorAlert } from '../components/error-alert';
import { RoleTags } from '../components/role-tags';
import { UserCreateModal } from './user-create-modal';
import { UserEditModal } from './user-edit-modal';
import { useUnits } from './use-units';

export function UsersPanel() {
  const { t } = useTranslation();
  const [users, setUsers] = useState<User[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<User | null>(null);
  const { units, loading: unitsLoading, reload: reloadUnits } = useUnits();

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

  return (
    <div className="qz-panel">
      <Space className="qz-panel-toolbar">
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
        <Button icon={<ReloadOutlined />} onClick={() => void reload()} loading={loading}>
          {t('users.list.refresh')}
        </Button>
      </Space>
      <ErrorAlert error={error} />
      <Table<User>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={users}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (count) => t('users.list.total', { count }) }}
        columns={[
          { title: t('users.list.username'), dataIndex: 'username', width: 140 },
          { title: t('users.list.displayName'), dataIndex: 'displayName', width: 140 },
          { title: t('users.list.unit'), dataIndex: 'unitName' },
          { title: t('users.list.roles'), dataIndex: 'roles', render: (_, user) => <RoleTags roles={user.roles} /> },
          {
            title: t('users.list.status'),
            dataIndex: 'active',
            width: 90,
            render: (active: boolean) =>
              active ? <Tag color="success">{t('users.list.active')}</Tag> : <Tag>{t('users.list.inactive')}</Tag>,
          },
          {
            title: t('users.list.createdAt'),
            dataIndex: 'createdAt',
            width: 160,
            render: (at: string) => (dayjs(at).isValid() ? dayjs(at).format('YYYY-MM-DD HH:mm') : at),
          },
          {
            title: t('users.list.actions'),
            key: 'actions',
            width: 90,
            render: (_, user) => (
              <Button type="link" size="small" onClick={() => setEditing(user)} aria-label={`${t('users.list.edit')} ${user.username}`}>
                {t('users.list.edit')}
              </Button>
            ),
          },
        ]}
      />
      <UserCreateModal
        open={creating}
        units={units}
        unitsLoading={unitsLoading}
        onClose={() => setCreating(false)}
        onCreated={() => {
          setCreating(false);
          void reload();
        }}
      />
      <UserEditModal
        user={editing}
        units={units}
        unitsLoading={unitsLoading}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          void reload();
        }}
      />
    </div>
  );
}
