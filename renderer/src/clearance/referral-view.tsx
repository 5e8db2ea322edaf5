import { useCallback, useEffect, useState } from 'react';
import { Button, Card, Descriptions, Result, Skeleton, Space, Steps, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, CheckOutlined, EditOutlined, ReloadOutlined, SendOutlined, SolutionOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { REFERRAL_STATUSES, type ReferralDetail } from '../../../shared/ipc/clearance.contract';
import { invoke } from '../api';
import type { ApiError } from '../api-error';
import { ErrorAlert } from '../components/error-alert';
import { useRoute } from '../route.store';
import { useSession } from '../session.store';
import { useText } from '../cases/use-text';
import { useClearanceArea } from './clearance-area.store';
import { ReferralFormModal } from './referral-form-modal';
import { ReferralStageModal, type ReferralStage } from './referral-stage-modal';
import { ReferralStatusTag } from './referral-status-tag';
import '../cases/cases.css';
import './clearance.css';

/**
 * One 诬告陷害 referral: the accuser, their category and the route it calls for, the facts, then its
 * course — approved (by an approver other than its drafter), sent to the receiving body, answered —
 * with the clearance case and the report it came from one click away.
 */
export function ReferralView({ id }: { id: number }) {
  const { t } = useTranslation();
  const { text } = useText();
  const navigate = useRoute((s) => s.navigate);
  const setTab = useClearanceArea((s) => s.setTab);
  const roles = useSession((s) => s.session?.roles ?? []);
  const [referral, setReferral] = useState<ReferralDetail | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(true);
  const [editing, setEditing] = useState(false);
  const [stage, setStage] = useState<ReferralStage | null>(null);

  const load = useCallback(async () => {
    setLoading(true);
    try {
      setReferral(await invoke('referrals.get', { id }));
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
    setTab('referrals');
    navigate('name-clearing');
  };

  if (error && !referral) {
    return (
      <Result
        status={error.code === 'NOT_FOUND' ? '404' : error.code === 'FORBIDDEN' ? '403' : 'error'}
        subTitle={error.message}
        extra={<Button onClick={back}>{t('clearanceUi.referral.back')}</Button>}
      />
    );
  }
  if (!referral) return <Skeleton active paragraph={{ rows: 10 }} />;

  const isOfficer = roles.includes('officer');
  const isApprover = roles.includes('approver');
  const { status } = referral;
  // A status names the stage last done; the one after it is where the referral now waits.
  const reached = REFERRAL_STATUSES.indexOf(status);
  const route = (r: ReferralDetail['route']) => text(`workflow.clearance.routes.${r}`);

  return (
    <div className="qz-referral-view">
      <Space className="qz-case-nav" wrap>
        <Button icon={<ArrowLeftOutlined />} onClick={back}>
          {t('clearanceUi.referral.back')}
        </Button>
        <Button onClick={() => navigate('case', { id: String(referral.caseId) })} data-testid="referral-case-link">
          {t('clearanceUi.referral.toCase', { number: referral.caseNumber })}
        </Button>
        <Button icon={<ReloadOutlined />} onClick={() => void load()} loading={loading}>
          {t('cases.page.refresh')}
        </Button>
      </Space>

      <Card
        className="qz-case-card"
        title={
          <Space align="center" size="middle" wrap>
            <Typography.Title level={3} className="qz-case-number" data-testid="referral-number">
              {referral.number}
            </Typography.Title>
            <ReferralStatusTag status={status} />
            <Tag color="volcano">{t('clearanceUi.malicious')}</Tag>
          </Space>
        }
        extra={
          <Space wrap>
            {isOfficer && status === 'draft' && (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                {t('clearanceUi.referral.edit')}
              </Button>
            )}
            {isApprover && status === 'draft' && (
              <Button type="primary" icon={<CheckOutlined />} onClick={() => setStage('approve')}>
                {t('clearanceUi.referral.approve')}
              </Button>
            )}
            {isOfficer && status === 'approved' && (
              <Button type="primary" icon={<SendOutlined />} onClick={() => setStage('send')}>
                {t('clearanceUi.referral.send')}
              </Button>
            )}
            {isOfficer && status === 'sent' && (
              <Button type="primary" icon={<SolutionOutlined />} onClick={() => setStage('result')}>
                {t('clearanceUi.referral.recordResult')}
              </Button>
            )}
          </Space>
        }
      >
        <Steps
          className="qz-referral-steps"
          size="small"
          current={Math.min(reached + 1, REFERRAL_STATUSES.length - 1)}
          items={REFERRAL_STATUSES.map((s, i) => ({
            key: s,
            title: t(`clearanceUi.referral.stages.${s}`),
            status: i <= reached ? 'finish' : i === reached + 1 ? 'process' : 'wait',
          }))}
        />
        <Descriptions
          size="small"
          className="qz-case-facts"
          column={{ xs: 1, sm: 2, lg: 3 }}
          items={[
            {
              key: 'case',
              label: t('clearanceUi.referral.case'),
              children: <Typography.Link onClick={() => navigate('case', { id: String(referral.caseId) })}>{referral.caseNumber}</Typography.Link>,
            },
            {
              key: 'report',
              label: t('clearanceUi.referral.report'),
              children: <Typography.Link onClick={() => navigate('report', { id: String(referral.reportId) })}>{referral.reportNumber}</Typography.Link>,
            },
            {
              key: 'cadre',
              label: t('clearanceUi.referral.cadre'),
              children: <Typography.Link onClick={() => navigate('cadre', { id: String(referral.cadreId) })}>{referral.cadreName}</Typography.Link>,
            },
            { key: 'unit', label: t('clearanceUi.referral.unit'), span: 'filled', children: referral.unitName },
          ]}
        />
      </Card>

      <Card className="qz-case-card" size="small" title={t('clearanceUi.referral.accuserTitle')}>
        <Descriptions
          size="small"
          bordered
          column={{ xs: 1, md: 2 }}
          items={[
            {
              key: 'accuser',
              label: t('clearanceUi.referral.accuser'),
              children: referral.accuser.known ? [referral.accuser.name, referral.accuser.workplace].filter(Boolean).join(' · ') : t('clearanceUi.referralForm.unknown'),
            },
            { key: 'category', label: t('clearanceUi.referralForm.category'), children: text(`workflow.clearance.accusers.${referral.category}`) },
            {
              key: 'route',
              label: t('clearanceUi.referralForm.route'),
              span: 'filled',
              children: (
                <Space size={6} wrap>
                  <span data-testid="referral-route">{route(referral.route)}</span>
                  {referral.route !== referral.defaultRoute && (
                    <Typography.Text type="secondary">{t('clearanceUi.referral.routeChosen', { route: route(referral.defaultRoute) })}</Typography.Text>
                  )}
                </Space>
              ),
            },
            ...(referral.accuser.note ? [{ key: 'note', label: t('clearanceUi.referralForm.accuserNote'), span: 'filled' as const, children: referral.accuser.note }] : []),
            { key: 'facts', label: t('clearanceUi.referralForm.facts'), span: 'filled', children: <span className="qz-pre">{referral.facts}</span> },
            { key: 'basis', label: t('clearanceUi.referralForm.basis'), span: 'filled', children: referral.basis ?? '' },
            { key: 'materials', label: t('clearanceUi.referralForm.materials'), span: 'filled', children: referral.materials.join(t('cases.listSeparator')) },
          ]}
        />
      </Card>

      <Card className="qz-case-card" size="small" title={t('clearanceUi.referral.courseTitle')}>
        <Descriptions
          size="small"
          bordered
          column={1}
          items={[
            {
              key: 'approval',
              label: t('clearanceUi.referral.approval'),
              children: referral.approval
                ? t('clearanceUi.referral.approvedBy', { by: referral.approval.approvedBy, on: referral.approval.approvedOn, name: referral.approval.approverName })
                : t('clearanceUi.referral.notYet'),
            },
            {
              key: 'sending',
              label: t('clearanceUi.referral.sending'),
              children: referral.sending
                ? t('clearanceUi.referral.sentTo', { body: referral.sending.receivingBody, on: referral.sending.sentOn }) +
                  (referral.sending.documentNo ? t('clearanceUi.referral.documentNo', { no: referral.sending.documentNo }) : '')
                : t('clearanceUi.referral.notYet'),
            },
            {
              key: 'result',
              label: t('clearanceUi.referral.result'),
              children: referral.result ? (
                <span className="qz-pre">{t('clearanceUi.referral.resultOn', { on: referral.result.receivedOn, result: referral.result.result })}</span>
              ) : (
                t('clearanceUi.referral.notYet')
              ),
            },
          ]}
        />
      </Card>
      <ErrorAlert error={error} onClose={() => setError(null)} />

      {editing && (
        <ReferralFormModal
          target={{ referral }}
          onClose={() => setEditing(false)}
          onSaved={(saved) => {
            setEditing(false);
            setReferral(saved);
          }}
        />
      )}
      {stage && (
        <ReferralStageModal
          referral={referral}
          stage={stage}
          onClose={() => setStage(null)}
          onSaved={(saved) => {
            setStage(null);
            setReferral(saved);
          }}
        />
      )}
    </div>
  );
}
