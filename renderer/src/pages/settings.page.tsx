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

// Everyone may change their own password, so the page itself needs no permission.
export const page: PageMeta = {
  title: 'frame.menu.settings',
  icon: <SettingOutlined />,
  menuOrder: 90,
};

const TABS: { key: 'users' | 'units' | 'general' | 'password'; permission?: Permission; Panel: () => React.JSX.Element }[] = [
  { key: 'users', permission: 'users.read', Panel: UsersPanel },
  { key: 'units', permission: 'units.manage', Panel: UnitsPanel },
  { key: 'general', permission: 'settings.manage', Panel: GeneralPanel },
  { key: 'password', Panel: ChangePasswordPanel },
];

export default function SettingsPage() {
  const { t } = useTranslation();
  const roles = useSession((s) => s.session?.roles ?? []);
  const visible = TABS.filter((tab) => !tab.permission || can(roles, tab.permission));
  return (
    <Tabs
      className="qz-settings-tabs"
      items={visible.map(({ key, Panel }) => ({ key, label: t(`settings.tabs.${key}`), children: <Panel /> }))}
    />
  );
}
