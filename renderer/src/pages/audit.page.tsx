import { AuditOutlined } from '@ant-design/icons';
import type { PageMeta } from '../page-registry';
import { AuditTrail } from '../audit';

// The security auditor's own page; the other two administrators and the case roles never see it.
export const page: PageMeta = {
  title: 'auditUi.title',
  icon: <AuditOutlined />,
  menuOrder: 80,
  permission: 'audit.read',
};

export default function AuditPage() {
  return <AuditTrail />;
}
