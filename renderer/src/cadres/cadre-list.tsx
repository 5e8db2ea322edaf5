import { useCallback, useEffect, useState } from 'react';
import { Button, Input, Space, Table, Typography } from 'antd';
import { ReloadOutlined, UserAddOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Cadre } from '../../../shared/ipc/cases.contract';
import { invoke } from '../api';
import type { ApiError } from '../api-error';
import { ErrorAlert } from '../components/error-alert';
import { useRoute } from '../route.store';
import { CadreFormModal } from './cadre-form-modal';

/** The cadres the user may see, a page at a time from the database, searchable by name. */
export function CadreList() {
  const { t } = useTranslation();
  const navigate = useRoute((s) => s.navigate);
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(50);
  const [rows, setRows] = useState<Cadre[]>([]);
  const [total, setTotal] = useState(0);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);
  const [creating, setCreating] = useState(false);

  const load = useCallback(async () => {
    setLoading(true);
    try {
      const result = await invoke('cadres.list', { q: q || undefined, page, pageSize });
      setRows(result.rows);
      setTotal(result.total);
      setError(null);
    } catch (caught) {
      setError(caught as ApiError);
    } finally {
      setLoading(false);
    }
  }, [q, page, pageSize]);

  useEffect(() => {
    void load();
  }, [load]);

  const open = (cadre: Cadre) => navigate('cadre', { id: String(cadre.id) });

  return (
    <div className="qz-cadre-list">
      <Space wrap className="qz-panel-toolbar">
        <Button type="primary" icon={<UserAddOutlined />} onClick={() => setCreating(true)}>
          {t('cases.cadres.create')}
        </Button>
        <Input.Search
          aria-label={t('cases.cadres.search')}
          placeholder={t('cases.cadres.search')}
          allowClear
          maxLength={50}
          style={{ width: 260 }}
          onSearch={(value) => {
            setPage(1);
            setQ(value.trim());
          }}
        />
        <Button icon={<ReloadOutlined />} onClick={() => void load()} loading={loading}>
          {t('cases.list.refresh')}
        </Button>
      </Space>
      <ErrorAlert error={error} onClose={() => setError(null)} />
      <Table<Cadre>
        virtual
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={rows}
        scroll={{ x: 960, y: 560 }}
        locale={{ emptyText: t('cases.cadres.empty') }}
        onRow={(cadre) => ({ onClick: () => open(cadre), className: 'qz-clickable' })}
        pagination={{
          current: page,
          pageSize,
          total,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          showTotal: (count) => t('cases.cadres.total', { count }),
          onChange: (p, size) => {
            setPage(size !== pageSize ? 1 : p);
            setPageSize(size);
          },
        }}
        columns={[
          { title: t('cases.cadres.fields.name'), dataIndex: 'name', width: 120, render: (name: string) => <Typography.Link>{name}</Typography.Link> },
          { title: t('cases.cadres.fields.gender'), dataIndex: 'gender', width: 70, render: (g: Cadre['gender']) => (g ? t(`cases.cadres.genders.${g}`) : '') },
          { title: t('cases.cadres.fields.unit'), dataIndex: 'unitName', width: 220, ellipsis: true },
          { title: t('cases.cadres.fields.post'), dataIndex: 'post', width: 160, ellipsis: true },
          { title: t('cases.cadres.fields.rank'), dataIndex: 'rank', width: 160, ellipsis: true },
          { title: t('cases.cadres.fields.politicalStatus'), dataIndex: 'politicalStatus', width: 120 },
        ]}
      />
      <CadreFormModal
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(cadre) => {
          setCreating(false);
          open(cadre);
        }}
      />
    </div>
  );
}
