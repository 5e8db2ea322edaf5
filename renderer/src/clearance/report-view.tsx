import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Card, Descriptions, Result, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, EditOutlined, FileDoneOutlined, ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ReportDetail } from '../../../shared/ipc/clearance.contract';
import { findStep, WORKFLOWS } from '../../../shared/workflow';
import { invoke } from '../api';
import type { ApiError } from '../api-error';
import { ErrorAlert } from '../components/error-alert';
import { useRoute } from '../route.store';
import { useSession } from '../session.store';
import { StatusTag } from '../cases/status-tag';
import { useText } from '../cases/use-text';
import { useClearanceArea } from './clearance-area.store';
import { FindingTag } from './finding-tag';
import { OpenClearanceModal } from './open-clearance-modal';
import { pointEligibility } from './point-eligibility';
import { PointEligibilityMark } from './point-eligibility-mark';
import { ReferralStatusTag } from './referral-status-tag';
import { ReportFormModal } from './report-form-modal';
import { ReportStatusTag } from './report-status-tag';
import { ReporterText } from './reporter-text';
import '../cases/cases.css';
import './clearance.css';

type Point = ReportDetail['points'][number];
type Clearance = ReportDetail['clearances'][number];

/**
 * One report: how it came in and from whom (as far as the reader may know), the cadres it names, its
 * points each with the finding and whether it can be cleared — and if not, why — the clearance cases
 * opened from it and the referrals of a malicious accuser. Officers correct it and open clearances here.
 */
export function ReportView({ id }: { id: number }) {
  const { t } = useTranslation();
  const { text } = useText();
  const navigate = useRoute((s) => s.navigate);
  const setTab = useClearanceArea((s) => s.setTab);
  const roles = useSession((s) => s.session?.roles ?? []);
  const [report, setReport] = useState<ReportDetail | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(true);
  const [editing, setEditing] = useState(false);
  const [opening, setOpening] = useState(false);

  const load = useCallback(async () => {
    setLoading(true);
    try {
      setReport(await invoke('reports.get', { id }));
      setError(null);
    } catch (caught) {
      setError(caught as ApiError);
    } finally {
      setLoading(false);
    }
  }, [id]);

  useEffect(() => {
    void load();
  }, [load]);

  const back = () => {
    setTab('reports');
    navigate('name-clearing');
  };

  if (error && !report) {
    return (
      <Result
        status={error.code === 'NOT_FOUND' ? '404' : error.code === 'FORBIDDEN' ? '403' : 'error'}
        subTitle={error.message}
        extra={<Button onClick={back}>{t('clearanceUi.report.back')}</Button>}
      />
    );
  }
  if (!report) return <Skeleton active paragraph={{ rows: 10 }} />;

  const isOfficer = roles.includes('officer');
  const anyClearable = report.points.some((p) => p.clearable);
  const cadreName = (cadreId: number) => report.cadres.find((c) => c.id === cadreId)?.name ?? '';
  const pointCadres = (p: Point) =>
    p.cadreIds.length ? p.cadreIds.map(cadreName).join(t('cases.listSeparator')) : t('clearanceUi.report.allCadres');
  const pointNos = (ids: readonly number[]) =>
    report.points
      .filter((p) => ids.includes(p.id))
      .map((p) => p.no)
      .join(t('cases.listSeparator'));
  const caseLink = (caseId: number, number: string) => (
    <Typography.Link onClick={() => navigate('case', { id: String(caseId) })}>{number}</Typography.Link>
  );

  return (
    <div className="qz-report-view">
      <Space className="qz-case-nav">
        <Button icon={<ArrowLeftOutlined />} onClick={back}>
          {t('clearanceUi.report.back')}
        </Button>
        <Button icon={<ReloadOutlined />} onClick={() => void load()} loading={loading}>
          {t('cases.page.refresh')}
        </Button>
      </Space>

      <Card
        className="qz-case-card"
        title={
          <Space align="center" size="middle" wrap>
            <Typography.Title level={3} className="qz-case-number" data-testid="report-number">
              {report.number}
            </Typography.Title>
            <ReportStatusTag status={report.status} />
          </Space>
        }
        extra={
          isOfficer && (
            <Space wrap>
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                {t('clearanceUi.report.edit')}
              </Button>
              <Button type="primary" icon={<FileDoneOutlined />} disabled={!anyClearable} onClick={() => setOpening(true)}>
                {t('clearanceUi.report.openClearance')}
              </Button>
            </Space>
          )
        }
      >
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 3 }}
          items={[
            { key: 'via', label: t('clearanceUi.report.receivedVia'), children: text(`workflow.clearance.receivedVia.${report.receivedVia}`) },
            { key: 'on', label: t('clearanceUi.report.receivedOn'), children: report.receivedOn },
            { key: 'unit', label: t('clearanceUi.report.unit'), children: report.unitName },
            { key: 'reporter', label: t('clearanceUi.report.reporter'), children: <ReporterText reporter={report.reporter} /> },
            {
              key: 'cadres',
              label: t('clearanceUi.report.cadres'),
              span: 'filled',
              children: (
                <Space size={4} wrap separator={t('cases.listSeparator')}>
                  {report.cadres.map((c) => (
                    <Typography.Link key={c.id} onClick={() => navigate('cadre', { id: String(c.id) })}>
                      {[c.name, c.post].filter(Boolean).join(' ')}
                    </Typography.Link>
                  ))}
                </Space>
              ),
            },
            { key: 'allegations', label: t('clearanceUi.report.allegations'), span: 'filled', children: <span className="qz-pre">{report.allegations}</span> },
          ]}
        />
      </Card>

      <Card className="qz-case-card" title={t('clearanceUi.report.pointsTitle', { count: report.points.length })}>
        {!report.verification?.concludedOn && (
          <Alert className="qz-form-alert" type="info" showIcon title={t('clearanceUi.report.notConcludedHint')} />
        )}
        <Table<Point>
          rowKey="id"
          size="middle"
          className="qz-point-table"
          dataSource={report.points}
          pagination={false}
          rowClassName={(p) => (pointEligibility(report, p).eligible ? 'qz-point-clearable' : '')}
          columns={[
            { title: t('clearanceUi.report.columns.no'), dataIndex: 'no', width: 70, render: (no: number) => t('clearanceUi.pointNo', { no }) },
            { title: t('clearanceUi.report.columns.summary'), dataIndex: 'summary', render: (s: string) => <span className="qz-pre">{s}</span> },
            { title: t('clearanceUi.report.columns.cadres'), key: 'cadres', width: 140, render: (_: unknown, p) => pointCadres(p) },
            { title: t('clearanceUi.report.columns.finding'), dataIndex: 'finding', width: 150, render: (f: Point['finding']) => <FindingTag finding={f} /> },
            { title: t('clearanceUi.report.columns.note'), dataIndex: 'note', width: 220, render: (n: string | null) => <span className="qz-pre">{n ?? ''}</span> },
            {
              title: t('clearanceUi.report.columns.eligibility'),
              key: 'eligibility',
              width: 260,
              render: (_: unknown, p) => <PointEligibilityMark eligibility={pointEligibility(report, p)} />,
            },
          ]}
        />
      </Card>

      <Card className="qz-case-card" size="small" title={t('clearanceUi.report.verificationTitle')}>
        {report.verification ? (
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2 }}
            items={[
              { key: 'unit', label: t('clearanceUi.report.verifyingUnit'), children: report.verification.unitName },
              { key: 'on', label: t('clearanceUi.report.concludedOn'), children: report.verification.concludedOn ?? t('clearanceUi.report.ongoing') },
              {
                key: 'conclusion',
                label: t('clearanceUi.report.conclusion'),
                span: 'filled',
                children: <span className="qz-pre">{report.verification.conclusion ?? ''}</span>,
              },
            ]}
          />
        ) : (
          <Typography.Text type="secondary">{t('clearanceUi.report.noVerifier')}</Typography.Text>
        )}
      </Card>

      <Card className="qz-case-card" size="small" title={t('clearanceUi.report.clearancesTitle', { count: report.clearances.length })}>
        <Table<Clearance>
          rowKey="caseId"
          size="small"
          dataSource={report.clearances}
          pagination={false}
          locale={{ emptyText: t('clearanceUi.report.noClearances') }}
          columns={[
            { title: t('cases.list.columns.number'), dataIndex: 'number', width: 200, render: (n: string, c) => caseLink(c.caseId, n) },
            { title: t('cases.list.columns.cadre'), dataIndex: 'cadreName', width: 110 },
            { title: t('clearanceUi.report.columns.points'), key: 'points', width: 140, render: (_: unknown, c) => t('clearanceUi.pointNos', { nos: pointNos(c.pointIds) }) },
            {
              title: t('cases.list.columns.step'),
              dataIndex: 'step',
              width: 120,
              render: (s: string) => {
                const step = findStep(WORKFLOWS.clearance, s);
                return step ? text(step.titleKey) : s;
              },
            },
            { title: t('cases.list.columns.status'), dataIndex: 'status', width: 100, render: (s: string) => <StatusTag status={s} /> },
            {
              title: t('cases.list.columns.outcome'),
              dataIndex: 'outcome',
              render: (o: string | null) => (o ? t(`clearanceUi.outcomes.${o}` as 'clearanceUi.outcomes.cleared') : ''),
            },
          ]}
        />
        {report.referrals.length > 0 && (
          <div className="qz-report-referrals">
            <Typography.Text strong>{t('clearanceUi.report.referralsTitle')}</Typography.Text>
            {report.referrals.map((r) => (
              <Space key={r.id} size={6}>
                <Tag color="volcano">{t('clearanceUi.malicious')}</Tag>
                <Typography.Link onClick={() => navigate('referral', { id: String(r.id) })}>{r.number}</Typography.Link>
                <ReferralStatusTag status={r.status} />
                <Typography.Text type="secondary">
                  {t('clearanceUi.report.referralOfCase', { number: report.clearances.find((c) => c.caseId === r.caseId)?.number ?? '' })}
                </Typography.Text>
              </Space>
            ))}
          </div>
        )}
      </Card>
      <ErrorAlert error={error} onClose={() => setError(null)} />

      {editing && (
        <ReportFormModal
          report={report}
          onClose={() => setEditing(false)}
          onSaved={(saved) => {
            setEditing(false);
            setReport(saved);
          }}
        />
      )}
      {opening && (
        <OpenClearanceModal
          report={report}
          onClose={() => setOpening(false)}
          onOpened={(caseId) => {
            setOpening(false);
            navigate('case', { id: String(caseId) });
          }}
        />
      )}
    </div>
  );
}
