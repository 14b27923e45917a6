import { Menu, Text } from '@mantine/core';
import { Eye, FileQuestion, ListChecks, PauseCircle, PlayCircle, Tags, UserMinus } from 'lucide-react';
import type { AppUser } from '../../../api/app-users.js';
import { RowMenu } from '../../../components/row-menu.js';

/** What can be done to one user: the ⋮ menu of their row. */
export function UserActionsMenu({
  user,
  onManagePermissions,
  onEditAttributes,
  onToggleSuspended,
  onRemove,
  onViewAs,
  onExplain,
  statusKept,
  removeKept,
}: {
  user: AppUser;
  /** Why the caller may not suspend or reactivate this user, if they may not. */
  statusKept: string | null;
  /** Why the caller may not remove this user, if they may not. */
  removeKept: string | null;
  onManagePermissions: () => void;
  onEditAttributes: () => void;
  onToggleSuspended: () => void;
  onRemove: () => void;
  /** Absent when the caller may not view the app as anyone (or this is themselves). */
  onViewAs?: (() => void) | undefined;
  /** Absent when the caller may not use explain. */
  onExplain?: (() => void) | undefined;
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
      {onExplain && (
        <Menu.Item leftSection={<FileQuestion size={16} />} onClick={onExplain}>
          Explain what {user.name} may do
        </Menu.Item>
      )}
      {onViewAs && (
        <Menu.Item leftSection={<Eye size={16} />} onClick={onViewAs}>
          View the app as {user.name}
        </Menu.Item>
      )}
      <Menu.Item
        leftSection={suspended ? <PlayCircle size={16} /> : <PauseCircle size={16} />}
        onClick={onToggleSuspended}
        disabled={Boolean(statusKept)}
      >
        {suspended ? 'Reactivate in this application' : 'Suspend in this application'}
        {statusKept && <Kept reason={statusKept} />}
      </Menu.Item>
      <Menu.Divider />
      <Menu.Item
        color="red"
        leftSection={<UserMinus size={16} />}
        onClick={onRemove}
        disabled={Boolean(removeKept)}
      >
        Remove from this application
        {removeKept && <Kept reason={removeKept} />}
      </Menu.Item>
    </RowMenu>
  );
}

function Kept({ reason }: { reason: string }) {
  return (
    <Text size="xs" c="dimmed" maw={260}>
      {reason}
    </Text>
  );
}
