import { TeamOutlined } from '@ant-design/icons';
import type { PageMeta } from '../page-registry';
import { CadreList } from '../cadres/cadre-list';

export const page: PageMeta = {
  title: 'cases.cadres.title',
  icon: <TeamOutlined />,
  menuOrder: 25,
  permission: 'cases.work',
};

export default function CadresPage() {
  return <CadreList />;
}
