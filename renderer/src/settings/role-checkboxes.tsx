import { Checkbox, Typography } from 'antd';
import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ADMIN_ROLES, CASE_ROLES, adminRoleConflict, type Role } from '../../../shared/roles';

/**
 * Roles as checkboxes in two groups, so the 三员 separation is visible where roles are chosen. The id
 * sits on a wrapper because the group itself takes none, and the form item's label points at it.
 */
export function RoleCheckboxes({ value, onChange, id }: { value?: Role[]; onChange?: (roles: Role[]) => void; id?: string }) {
  const { t } = useTranslation();
  return (
    <div id={id}>
      <Checkbox.Group value={value} onChange={(roles) => onChange?.(roles as Role[])} className="qz-role-checkboxes">
        <div className="qz-role-group">
          <Typography.Text type="secondary">{t('common.roleGroups.case')}</Typography.Text>
          <div>
            {CASE_ROLES.map((role) => (
              <Checkbox key={role} value={role}>
                {t(`common.roles.${role}`)}
              </Checkbox>
            ))}
          </div>
        </div>
        <div className="qz-role-group">
          <Typography.Text type="secondary">{t('common.roleGroups.admin')}</Typography.Text>
          <div>
            {ADMIN_ROLES.map((role) => (
              <Checkbox key={role} value={role}>
                {t(`common.roles.${role}`)}
              </Checkbox>
            ))}
          </div>
          <Typography.Text type="secondary" className="qz-role-hint">
            {t('common.roleGroups.adminHint')}
          </Typography.Text>
        </div>
      </Checkbox.Group>
    </div>
  );
}

export function roleRules(t: TFunction): FormRule[] {
  return [
    {
      validator: async (_, roles: Role[] | undefined) => {
        if (!roles?.length) throw new Error(t('users.form.rolesRequired'));
        if (adminRoleConflict(roles)) throw new Error(t('errors.ADMIN_ROLE_CONFLICT'));
      },
    },
  ];
}
