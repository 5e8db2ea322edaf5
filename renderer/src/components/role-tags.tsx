import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { ADMIN_ROLES, type Role } from '../../../shared/roles';

export function RoleTags({ roles }: { roles: readonly Role[] }) {
  const { t } = useTranslation();
  return (
    <span className="qz-role-tags">
      {roles.map((role) => (
        <Tag key={role} color={(ADMIN_ROLES as readonly Role[]).includes(role) ? 'volcano' : 'blue'}>
          {t(`common.roles.${role}`)}
        </Tag>
      ))}
    </span>
  );
}
