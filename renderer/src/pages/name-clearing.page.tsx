import { FileDoneOutlined } from '@ant-design/icons';
import type { PageMeta } from '../page-registry';
import { ClearanceArea } from '../clearance/clearance-area';

export const page: PageMeta = {
  title: 'frame.menu.nameClearing',
  icon: <FileDoneOutlined />,
  menuOrder: 20,
  permission: 'cases.work',
};

export default function NameClearingPage() {
  return <ClearanceArea />;
}
