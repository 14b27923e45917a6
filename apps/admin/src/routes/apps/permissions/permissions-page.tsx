import {
  Alert,
  Badge,
  Card,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { Info } from 'lucide-react';
import { useState } from 'react';
import {
  type AccessMatrix,
  accessMatrixQuery,
  FIELD_ACTIONS,
  type FieldAction,
  MATRIX_ACTIONS,
  type MatrixRow,
} from '../../../api/access-matrix.js';
import { collectionsQuery, DATA_MODEL_EDIT } from '../../../api/data-model.js';
import { ApiErrorAlert } from '../../../components/api-error-alert.js';
import { TextLink } from '../../../components/links.js';
import { LoadingRows, PageHeader } from '../../../components/page.js';
import { useWorkspace } from '../../../shell/context.js';
import { CellDrawer, cellOf, columnName, type Selection } from './cell-drawer.js';
import { StateLegend, StateMark } from './matrix-state.js';

const route = getRouteApi('/signed-in/apps/$app/permissions');

/** Permissions per collection: roles and audiences against actions and fields, as the engine decides. */
export function PermissionsPage() {
  const { app: appId } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const canEdit = useWorkspace().canApp(DATA_MODEL_EDIT);
  const collections = useQuery(collectionsQuery(appId));
  const items = collections.data?.items ?? [];
  const chosen =
    search.collection ?? items.find((c) => c.system !== 'users')?.key ?? items[0]?.key ?? undefined;
  const matrix = useQuery({ ...accessMatrixQuery(appId, chosen ?? ''), enabled: chosen !== undefined });
  const [fieldAction, setFieldAction] = useState<FieldAction>('read');
  const [selection, setSelection] = useState<Selection | null>(null);
  const labels = new Map(
    items.find((c) => c.key === chosen)?.fields.map((f) => [f.name, f.label] as const) ?? [],
  );
  return (
    <Stack maw={1400}>
      <PageHeader
        title="Permissions"
        description="Who may create, read, update and delete the records and fields of a collection: one row per role and audience, as the permission engine decides. Open a cell to see the rules behind it."
      />
      {collections.isPending && <LoadingRows rows={1} />}
      <ApiErrorAlert error={collections.error} />
      {collections.data && items.length === 0 && (
        <Card withBorder>
          <Text size="sm">This app has no collections yet. Create one under Data model.</Text>
        </Card>
      )}
      {items.length > 0 && (
        <Group align="flex-end" gap="md" wrap="wrap">
          <Select
            label="Collection"
            data={items.map((c) => ({ value: c.key, label: c.name }))}
            value={chosen ?? null}
            onChange={(value) => value && navigate({ search: { collection: value } })}
            allowDeselect={false}
            w={260}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="field-action-label">
              Field columns show
            </Text>
            <SegmentedControl
              aria-labelledby="field-action-label"
              value={fieldAction}
              onChange={(v) => setFieldAction(v as FieldAction)}
              data={FIELD_ACTIONS.map((a) => ({ value: a, label: a[0]!.toUpperCase() + a.slice(1) }))}
            />
          </Stack>
          {chosen && (
            <TextLink
              to="/apps/$app/data-model/$collection"
              params={{ app: appId, collection: chosen }}
              size="sm"
            >
              Fields of this collection
            </TextLink>
          )}
        </Group>
      )}
      {matrix.isPending && chosen !== undefined && <LoadingRows rows={6} />}
      <ApiErrorAlert error={matrix.error} />
      {matrix.data && (
        <>
          <HowRowsAddUp matrix={matrix.data} />
          <MatrixTable
            matrix={matrix.data}
            fieldAction={fieldAction}
            label={(name) => labels.get(name) ?? name}
            onOpen={setSelection}
          />
          <StateLegend />
          <CellDrawer
            appId={appId}
            matrix={matrix.data}
            selection={selection}
            canEdit={canEdit}
            onClose={() => setSelection(null)}
          />
        </>
      )}
    </Stack>
  );
}

function HowRowsAddUp({ matrix }: { matrix: AccessMatrix }) {
  if (!matrix.collection.restricted) {
    return (
      <Alert color="yellow" icon={<Info size={18} />} title={`${matrix.collection.name} is not restricted`}>
        <Text size="sm">
          Every signed-in user may do everything on its records; grants and guards change nothing for them.
          Field conditions still close their fields, and anonymous visitors get only what rules give them.
        </Text>
      </Alert>
    );
  }
  return (
    <Text size="sm" c="dimmed">
      A row is what one role or audience gives. Within a role, the conditions of its grants AND and their
      fields OR; across roles, rows OR: a person gets what any of their roles and audiences gives, and every
      guard that applies to them must hold.
    </Text>
  );
}

function MatrixTable({
  matrix,
  fieldAction,
  label,
  onOpen,
}: {
  matrix: AccessMatrix;
  fieldAction: FieldAction;
  label: (field: string) => string;
  onOpen: (s: Selection) => void;
}) {
  const columns: Selection['column'][] = [
    ...MATRIX_ACTIONS.map((action) => ({ kind: 'action', action }) as const),
    ...matrix.fields.map(
      (f) => ({ kind: 'field', field: f.name, label: label(f.name), action: fieldAction }) as const,
    ),
  ];
  const roles = matrix.rows.filter((r) => r.kind === 'role');
  const audiences = matrix.rows.filter((r) => r.kind === 'audience');
  const sticky = { position: 'sticky', left: 0, background: 'var(--mantine-color-body)', zIndex: 1 } as const;
  const row = (r: MatrixRow) => (
    <Table.Tr key={`${r.kind}:${r.key}`}>
      <Table.Th scope="row" style={{ ...sticky, minWidth: 150 }}>
        <Text size="sm" fw={600}>
          {r.name}
        </Text>
        {r.allData && (
          <Badge variant="light" color="blue" tt="none" size="sm">
            Access All Data
          </Badge>
        )}
        {r.missingRights.length > 0 && (
          <Badge variant="light" color="yellow" tt="none" size="sm">
            Lacks {r.missingRights.join(', ')}
          </Badge>
        )}
      </Table.Th>
      {r.allData ? (
        <Table.Td colSpan={columns.length}>
          <UnstyledButton
            onClick={() => onOpen({ row: r, column: { kind: 'action', action: 'read' } })}
            aria-label={`${r.name}: bypasses every rule (Access All Data)`}
          >
            <Group gap="xs" wrap="nowrap">
              <StateMark state="bypass" />
              <Text size="sm" c="dimmed" span>
                bypasses every rule: its holders may do everything, and rules cannot name this role
              </Text>
            </Group>
          </UnstyledButton>
        </Table.Td>
      ) : (
        columns.map((column) => {
          const cell = cellOf(r, column);
          const key = column.kind === 'action' ? column.action : column.field;
          return (
            <Table.Td key={key}>
              {cell && (
                <UnstyledButton
                  onClick={() => onOpen({ row: r, column })}
                  aria-label={`${r.name}, ${columnName(column)}: ${cell.state}`}
                  p={4}
                  style={{ borderRadius: 4 }}
                >
                  <StateMark state={cell.state} />
                </UnstyledButton>
              )}
            </Table.Td>
          );
        })
      )}
    </Table.Tr>
  );
  return (
    <Table.ScrollContainer
      minWidth={480 + 120 * matrix.fields.length}
      type="native"
      tabIndex={0}
      role="region"
      aria-label={`Permissions on ${matrix.collection.name}`}
    >
      <Table verticalSpacing="xs" withColumnBorders>
        <Table.Thead>
          <Table.Tr>
            <Table.Th style={sticky}>Role or audience</Table.Th>
            {columns.map((c) => (
              <Table.Th key={c.kind === 'action' ? c.action : c.field}>
                {c.kind === 'action' ? (
                  c.action[0]!.toUpperCase() + c.action.slice(1)
                ) : (
                  <Stack gap={0}>
                    <Text size="sm" fw={700} span>
                      {c.label}
                    </Text>
                    <Text size="xs" c="dimmed" span>
                      field, {c.action}
                    </Text>
                  </Stack>
                )}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {roles.map(row)}
          <Table.Tr>
            <Table.Th colSpan={columns.length + 1} scope="colgroup" bg="var(--mantine-color-gray-light)">
              Audiences: everyone signed in, internal or external users, and anonymous visitors
            </Table.Th>
          </Table.Tr>
          {audiences.map(row)}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
