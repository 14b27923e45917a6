import { ActionIcon, Menu } from '@mantine/core';
import { EllipsisVertical, Pencil, Trash2 } from 'lucide-react';
import type { ReactNode } from 'react';

/** A row's ⋮ menu, named after the row so a screen reader says whose actions these are. */
export function RowMenu({ name, children }: { name: string; children: ReactNode }) {
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${name}`}>
          <EllipsisVertical size={18} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>{children}</Menu.Dropdown>
    </Menu>
  );
}

/** Edit and Delete, the two actions of a definition's row; a reason in place of Delete disables it. */
export function EditDeleteItems({
  onEdit,
  onDelete,
  keptBecause,
}: {
  onEdit?: (() => void) | undefined;
  onDelete?: (() => void) | undefined;
  keptBecause?: string | undefined;
}) {
  return (
    <>
      <Menu.Item leftSection={<Pencil size={14} />} onClick={onEdit}>
        Edit
      </Menu.Item>
      <Menu.Item
        leftSection={<Trash2 size={14} />}
        color="red"
        onClick={onDelete}
        disabled={Boolean(keptBecause)}
      >
        {keptBecause ? `Delete (${keptBecause})` : 'Delete'}
      </Menu.Item>
    </>
  );
}
