import { Checkbox, Text } from '@mantine/core';
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
            <Text span size="xs" c="blue.8" display="block">
              {note}
            </Text>
          )}
          {blocked && (
            <Text span size="xs" c="orange.9" display="block">
              {blocked}
            </Text>
          )}
        </>
      }
    />
  );
}
