import { Checkbox, Text } from '@mantine/core';
import { Lock } from 'lucide-react';
import type { ReactNode } from 'react';

/**
 * One right or group in Manage permissions. What the caller cannot give is disabled, with the
 * reason beside it, so nothing is offered and then refused.
 */
export function PermissionCheckbox({
  label,
  description,
  note,
  blocked,
  checked,
  onChange,
}: {
  label: string;
  description: ReactNode;
  note?: string | undefined;
  blocked: string | null;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <Checkbox
      label={label}
      checked={checked}
      disabled={blocked !== null}
      onChange={(event) => onChange(event.currentTarget.checked)}
      description={
        <>
          <Text span size="xs" c="dimmed" display="block">
            {description}
          </Text>
          {note && (
            <Text span size="xs" c="dimmed" fs="italic" display="block">
              {note}
            </Text>
          )}
          {blocked && (
            <Text span size="xs" fw={500} display="block">
              <Lock size={11} aria-hidden style={{ marginRight: 4, verticalAlign: -1 }} />
              {blocked}
            </Text>
          )}
        </>
      }
    />
  );
}
