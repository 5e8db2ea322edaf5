import { useMemo, useState } from 'react';
import { Button, Tabs } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useRoute } from '../route.store';
import { useSession } from '../session.store';
import { CaseList } from '../cases/case-list';
import { useText } from '../cases/use-text';
import { CLEARANCE_OUTCOMES, CLEARANCE_TAGS } from './clearance-tags';
import { useClearanceArea, type ClearanceTab } from './clearance-area.store';
import { ReferralList } from './referral-list';
import { ReportFormModal } from './report-form-modal';
import { ReportList } from './report-list';

/**
 * The 澄清正名 area: the reports (where a clearance begins — it is opened from a report's 失实 points,
 * never typed in), the clearance cases, and the referrals of malicious accusers.
 */
export function ClearanceArea() {
  const { t } = useTranslation();
  const { text } = useText();
  const navigate = useRoute((s) => s.navigate);
  const roles = useSession((s) => s.session?.roles ?? []);
  const tab = useClearanceArea((s) => s.tab);
  const setTab = useClearanceArea((s) => s.setTab);
  const [registering, setRegistering] = useState(false);

  const tagLabel = (tag: string) => {
    const [kind, value] = tag.split(':');
    if (kind === 'method') return text(`workflow.clearance.methods.${value}`);
    if (kind === 'nature') return text(`workflow.clearance.natures.${value}`);
    return t(`clearanceUi.tags.${tag}` as 'clearanceUi.tags.referral');
  };
  const tags = useMemo(() => CLEARANCE_TAGS.map((tag) => ({ value: tag, label: tagLabel(tag) })), [text, t]);
  const outcomes = CLEARANCE_OUTCOMES.map((o) => ({ value: o, label: t(`clearanceUi.outcomes.${o}`) }));

  return (
    <>
      <Tabs
        className="qz-clearance-tabs"
        activeKey={tab}
        onChange={(key) => setTab(key as ClearanceTab)}
        destroyOnHidden
        items={[
          {
            key: 'reports',
            label: t('clearanceUi.area.reports'),
            children: (
              <ReportList
                toolbar={
                  roles.includes('officer') && (
                    <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
                      {t('clearanceUi.reports.register')}
                    </Button>
                  )
                }
              />
            ),
          },
          {
            key: 'cases',
            label: t('clearanceUi.area.cases'),
            children: <CaseList kind="clearance" situationOptions={tags} situationLabel={t('clearanceUi.area.tagFilter')} outcomeOptions={outcomes} />,
          },
          { key: 'referrals', label: t('clearanceUi.area.referrals'), children: <ReferralList /> },
        ]}
      />
      {registering && (
        <ReportFormModal
          onClose={() => setRegistering(false)}
          onSaved={(report) => {
            setRegistering(false);
            navigate('report', { id: String(report.id) });
          }}
        />
      )}
    </>
  );
}
