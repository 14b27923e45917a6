import { Menu } from '@mantine/core';
import { ListChecks, PauseCircle, PlayCircle, Tags, UserMinus } from 'lucide-react';
import type { AppUser } from '../../../api/app-users.js';
import { RowMenu } from '../../../components/row-menu.js';

/** What can be done to one user: the ⋮ menu of their row. */
export function UserActionsMenu({
  user,
  onManagePermissions,
  onEditAttributes,
  onToggleSuspended,
  onRemove,
}: {
  user: AppUser;
  onManagePermissions: () => void;
  onEditAttributes: () => void;
  onToggleSuspended: () => void;
  onRemove: () => void;
}) {
  const suspended = user.status === 'suspended';
  return (
    <RowMenu name={user.name}>
      <Menu.Item leftSection={<ListChecks size={16} />} onClick={onManagePermissions}>
        Manage permissions
      </Menu.Item>
      <Menu.Item leftSection={<Tags size={16} />} onClick={onEditAttributes}>
        Edit attributes
      </Menu.Item>
      <Menu.Item
        leftSection={suspended ? <PlayCircle size={16} /> : <PauseCircle size={16} />}
        onClick={onToggleSuspended}
      >
        {suspended ? 'Reactivate in this application' : 'Suspend in this application'}
      </Menu.Item>
      <Menu.Divider />
      <Menu.Item color="red" leftSection={<UserMinus size={16} />} onClick={onRemove}>
        Remove from this application
      </Menu.Item>
    </RowMenu>
  );
}
