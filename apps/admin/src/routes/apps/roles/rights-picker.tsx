import { Checkbox, Stack, Table, Text } from '@mantine/core';
import { BACKOFFICE_RESOURCES } from '../../../api/backoffice-resources.js';
import type { RightsCatalogue } from '../../../api/rights.js';
import type { CustomRight } from '../../../api/roles.js';

interface Resource {
  key: string;
  name: string;
  short: string;
  read?: { key: string; description: string };
  edit?: { key: string; description: string };
}

/** The app backoffice rights, one row per builder resource with its read and edit right. */
function resourcesOf(catalogue: RightsCatalogue): Resource[] {
  const byKey = new Map<string, Resource>();
  for (const right of catalogue.app) {
    const [, resource = right.key, level] = right.key.split('.');
    const [name, short] = BACKOFFICE_RESOURCES[resource] ?? [resource, resource];
    const row = byKey.get(resource) ?? { key: resource, name, short };
    if (level === 'read') row.read = right;
    else row.edit = right;
    byKey.set(resource, row);
  }
  return [...byKey.values()];
}

/** Ticks a role's rights: backoffice rights grouped read/edit per resource, then the app's custom rights. */
export function RightsPicker({
  catalogue,
  customRights,
  value,
  onChange,
  error,
  kept,
}: {
  catalogue: RightsCatalogue;
  customRights: readonly CustomRight[];
  value: readonly string[];
  onChange: (rights: string[]) => void;
  error?: string | undefined;
  /** Why a right may not be ticked or unticked by the caller (the delegation ceiling), if so. */
  kept: (key: string) => string | null;
}) {
  const toggle = (key: string, on: boolean) =>
    onChange(on ? [...value, key] : value.filter((k) => k !== key));
  const box = (right: { key: string; description: string } | undefined, label: string) =>
    right && (
      <Checkbox
        label={label}
        description={withReason(right.description, kept(right.key))}
        disabled={Boolean(kept(right.key))}
        checked={value.includes(right.key)}
        onChange={(e) => toggle(right.key, e.currentTarget.checked)}
      />
    );
  return (
    <Stack gap="sm">
      <Text size="sm" fw={600} id="backoffice-rights">
        Backoffice rights
      </Text>
      <Table.ScrollContainer minWidth={480}>
        <Table aria-labelledby="backoffice-rights" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Resource</Table.Th>
              <Table.Th>Read</Table.Th>
              <Table.Th>Create and edit</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {resourcesOf(catalogue).map((r) => (
              <Table.Tr key={r.key}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {r.name}
                  </Text>
                </Table.Td>
                <Table.Td>{box(r.read, `Read ${r.short}`)}</Table.Td>
                <Table.Td>{box(r.edit, `Edit ${r.short}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="sm" fw={600}>
        Custom rights of this app
      </Text>
      {customRights.length === 0 && (
        <Text size="sm" c="dimmed">
          This app has no custom rights yet. Define them under Custom rights.
        </Text>
      )}
      {customRights.map((r) => (
        <Checkbox
          key={r.key}
          label={`${r.name} (${r.key})`}
          description={withReason(r.description, kept(r.key)) || undefined}
          disabled={Boolean(kept(r.key))}
          checked={value.includes(r.key)}
          onChange={(e) => toggle(r.key, e.currentTarget.checked)}
        />
      ))}
      {error && (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}

/** What a right allows, and why it is locked when it is. */
export function withReason(description: string, reason: string | null): string {
  return reason ? `${description} ${reason}`.trim() : description;
}
