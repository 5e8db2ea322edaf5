import { useCallback, useEffect, useState } from 'react';
import { Button, Card, Descriptions, Result, Skeleton, Space, Table, Typography } from 'antd';
import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Cadre, CaseSummary } from '../../../shared/ipc/cases.contract';
import { findStep } from '../../../shared/workflow';
import { invoke } from '../api';
import type { ApiError } from '../api-error';
import { useRoute } from '../route.store';
import { CASE_KIND_VIEWS } from '../cases/case-kinds';
import { DeadlineTag } from '../cases/deadline-tag';
import { StatusTag } from '../cases/status-tag';
import { useText } from '../cases/use-text';
import { CadreFormModal } from './cadre-form-modal';
import { CadreReports } from '../clearance/cadre-reports';

/** One cadre's record and every case about them that the user may see (cadres.get). */
export function CadreDetail({ id }: { id: number }) {
  const { t } = useTranslation();
  const { text } = useText();
  const navigate = useRoute((s) => s.navigate);
  const [data, setData] = useState<{ cadre: Cadre; cases: CaseSummary[] } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [editing, setEditing] = useState(false);

  const load = useCallback(async () => {
    try {
      setData(await invoke('cadres.get', { id }));
      setError(null);
    } catch (caught) {
      setError(caught as ApiError);
    }
  }, [id]);

  useEffect(() => {
    void load();
  }, [load]);

  if (error && !data) return <Result status={error.code === 'FORBIDDEN' ? '403' : error.code === 'NOT_FOUND' ? '404' : 'error'} subTitle={error.message} />;
  if (!data) return <Skeleton active />;
  const { cadre, cases } = data;

  return (
    <div className="qz-cadre-detail">
      <Space className="qz-case-nav">
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('cadres')}>
          {t('cases.cadres.back')}
        </Button>
      </Space>
      <Card
        className="qz-case-card"
        title={<Typography.Title level={3} className="qz-case-number">{cadre.name}</Typography.Title>}
        extra={
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
            {t('common.actions.edit')}
          </Button>
        }
      >
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 3 }}
          items={[
            { key: 'gender', label: t('cases.cadres.fields.gender'), children: cadre.gender ? t(`cases.cadres.genders.${cadre.gender}`) : '' },
            { key: 'unit', label: t('cases.cadres.fields.unit'), children: cadre.unitName },
            { key: 'post', label: t('cases.cadres.fields.post'), children: cadre.post ?? '' },
            { key: 'rank', label: t('cases.cadres.fields.rank'), children: cadre.rank ?? '' },
            { key: 'political', label: t('cases.cadres.fields.politicalStatus'), children: cadre.politicalStatus ?? '' },
            { key: 'id', label: t('cases.cadres.fields.idNumber'), children: <span className="qz-mono">{cadre.idNumber ?? ''}</span> },
          ]}
        />
      </Card>
      <Card className="qz-case-card" title={t('cases.cadres.cases', { count: cases.length })}>
        <Table<CaseSummary>
          rowKey="id"
          size="middle"
          dataSource={cases}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: t('cases.cadres.noCases') }}
          onRow={(c) => ({ onClick: () => navigate('case', { id: String(c.id) }), className: 'qz-clickable' })}
          columns={[
            { title: t('cases.list.columns.number'), dataIndex: 'number', width: 200, render: (n: string) => <Typography.Link>{n}</Typography.Link> },
            { title: t('cases.list.columns.kind'), dataIndex: 'kind', width: 110, render: (k: CaseSummary['kind']) => text(CASE_KIND_VIEWS[k].workflow.nameKey) },
            {
              title: t('cases.list.columns.step'),
              dataIndex: 'step',
              width: 110,
              render: (s: string, c) => {
                const step = findStep(CASE_KIND_VIEWS[c.kind].workflow, s);
                return step ? text(step.titleKey) : s;
              },
            },
            { title: t('cases.list.columns.status'), dataIndex: 'status', width: 100, render: (s: string) => <StatusTag status={s} /> },
            { title: t('cases.list.columns.openedOn'), dataIndex: 'openedOn', width: 120 },
            { title: t('cases.list.columns.dueOn'), key: 'due', width: 230, render: (_: unknown, c) => <DeadlineTag summary={c} /> },
            {
              title: t('cases.list.columns.outcome'),
              dataIndex: 'outcome',
              render: (o: string | null, c) => {
                const key = CASE_KIND_VIEWS[c.kind].outcomeKey;
                return o && key ? text(key(o)) : (o ?? '');
              },
            },
          ]}
        />
      </Card>
      <CadreReports cadreId={id} />
      <CadreFormModal
        open={editing}
        cadre={cadre}
        onClose={() => setEditing(false)}
        onSaved={() => {
          setEditing(false);
          void load();
        }}
      />
    </div>
  );
}
