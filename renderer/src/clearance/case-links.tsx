import { Space, Tag, Typography } from 'antd';
import { LinkOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { CaseState } from '../../../shared/workflow';
import { clearanceFields } from '../../../shared/workflow';
import { useRoute } from '../route.store';

/** The report a clearance was opened from, as main copied it into the case. */
export function caseReport(state: Pick<CaseState, 'data'>) {
  const parsed = clearanceFields.reportSnapshot.safeParse(state.data.report);
  return parsed.success ? parsed.data : undefined;
}

/** The 诬告陷害 referral main linked into the case when it was opened. */
export function caseReferral(state: Pick<CaseState, 'data'>) {
  const parsed = clearanceFields.referralLink.safeParse(state.data.referral);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Where the case comes from and what it led to, on every step: the report (to read the whole of it)
 * and, once one is opened, the referral of the malicious accuser — the case's side of both links.
 */
export function CaseLinks({ state }: { state: Pick<CaseState, 'data'> }) {
  const { t } = useTranslation();
  const navigate = useRoute((s) => s.navigate);
  const report = caseReport(state);
  const referral = caseReferral(state);
  if (!report && !referral) return null;
  return (
    <Space className="qz-case-links" size="middle" wrap data-testid="case-links">
      <LinkOutlined />
      {report && (
        <span>
          {t('clearanceUi.links.report')}
          <Typography.Link onClick={() => navigate('report', { id: String(report.reportId) })} data-testid="case-report-link">
            {report.number}
          </Typography.Link>
        </span>
      )}
      {referral && (
        <span>
          <Tag color="volcano">{t('clearanceUi.malicious')}</Tag>
          {t('clearanceUi.links.referral')}
          <Typography.Link onClick={() => navigate('referral', { id: String(referral.referralId) })} data-testid="case-referral-link">
            {referral.number}
          </Typography.Link>
        </span>
      )}
    </Space>
  );
}
