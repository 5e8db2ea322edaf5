import { Tabs } from 'antd';
import { SettingOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { can, type Permission } from '../../../shared/roles';
import type { PageMeta } from '../page-registry';
import { useSession } from '../session.store';
import { UsersPanel } from '../settings/users-panel';
import { UnitsPanel } from '../settings/units-panel';
import { GeneralPanel } from '../settings/general-panel';
import { ChangePasswordPanel } from '../settings/change-password-panel';
import { CatalogPanel } from '../settings/catalog-panel';
import { CalendarPanel } from '../settings/calendar-panel';
import { BackupPanel } from '../settings/backup-panel';
import { TemplatesPanel } from '../settings/templates-panel';
import { useRoute } from '../route.store';

// Everyone may change their own password, so the page itself needs no permission.
export const page: PageMeta = {
  title: 'frame.menu.settings',
  icon: <SettingOutlined />,
  menuOrder: 90,
};

const TABS: { key: 'users' | 'units' | 'general' | 'catalog' | 'templates' | 'calendar' | 'backup' | 'password'; permission?: Permission; Panel: () => React.JSX.Element }[] = [
  { key: 'users', permission: 'users.read', Panel: UsersPanel },
  { key: 'units', permission: 'units.manage', Panel: UnitsPanel },
  { key: 'general', permission: 'settings.manage', Panel: GeneralPanel },
  { key: 'catalog', permission: 'settings.manage', Panel: CatalogPanel },
  { key: 'templates', permission: 'settings.manage', Panel: TemplatesPanel },
  { key: 'calendar', permission: 'settings.manage', Panel: CalendarPanel },
  { key: 'backup', permission: 'backup.create', Panel: BackupPanel },
  { key: 'password', Panel: ChangePasswordPanel },
];

export default function SettingsPage() {
  const { t } = useTranslation();
  const roles = useSession((s) => s.session?.roles ?? []);
  const visible = TABS.filter((tab) => !tab.permission || can(roles, tab.permission));
  // The tab is part of the route, so the backup reminder can open this page on its tab.
  const tab = useRoute((s) => s.params.tab);
  const navigate = useRoute((s) => s.navigate);
  return (
    <Tabs
      className="qz-settings-tabs"
      activeKey={visible.some((v) => v.key === tab) ? tab : visible[0]?.key}
      onChange={(key) => navigate('settings', { tab: key })}
      items={visible.map(({ key, Panel }) => ({ key, label: t(`settings.tabs.${key}`), children: <Panel /> }))}
    />
  );
}
