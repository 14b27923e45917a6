import { MultiSelect, type MultiSelectProps } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { appRolesQuery } from '../../../api/app-users.js';
import type { Ceiling } from './delegation-ceiling.js';

/** The groups (roles) to give someone; those above the caller's ceiling are listed but cannot be picked. */
export function RolePicker({
  appId,
  ceiling,
  ...props
}: { appId: string; ceiling: Ceiling } & Omit<MultiSelectProps, 'data'>) {
  const roles = useQuery(appRolesQuery(appId));
  const data = (roles.data?.items ?? []).map((role) => {
    const blocked = ceiling.role(role) !== null;
    return {
      value: role.key,
      label: blocked ? `${role.name} (above what you hold)` : role.name,
      disabled: blocked,
    };
  });
  return (
    <MultiSelect
      label="Groups"
      description="What they may do in this application comes from their groups."
      placeholder={roles.isPending ? 'Loading groups…' : 'Choose groups'}
      data={data}
      {...props}
    />
  );
}
