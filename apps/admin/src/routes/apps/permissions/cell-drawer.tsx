import { Alert, Anchor, Badge, Button, Card, Code, Drawer, Group, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { Info, Plus, TriangleAlert } from 'lucide-react';
import {
  type AccessMatrix,
  type FieldAction,
  type MatrixAction,
  type MatrixCell,
  type MatrixFieldCell,
  type MatrixRow,
  type MatrixRule,
  newRuleHref,
  ruleHref,
} from '../../../api/access-matrix.js';
import { StateMark } from './matrix-state.js';

/** A cell of the matrix: a row and an action, or a row and a field for one action. */
export interface Selection {
  row: MatrixRow;
  column:
    | { kind: 'action'; action: MatrixAction }
    | { kind: 'field'; field: string; label: string; action: FieldAction };
}

/** The cell of a row for a column. */
export function cellOf(
  row: MatrixRow,
  column: Selection['column'],
): MatrixCell | MatrixFieldCell | undefined {
  return column.kind === 'action' ? row.actions[column.action] : row.fields[column.field]?.[column.action];
}

/** What the column is called in sentences: "read", "Salary (read)". */
export function columnName(column: Selection['column']): string {
  return column.kind === 'action' ? column.action : `${column.label} (${column.action})`;
}

// A bypassing role is one row state, not a cell per column.
function drawerTitle({ row, column }: Selection): string {
  return row.allData ? `${row.name}: Access All Data` : `${row.name}, ${columnName(column)}`;
}

/** The grants, guards and field conditions behind one cell, each linking to the rule editor. */
export function CellDrawer({
  appId,
  matrix,
  selection,
  canEdit,
  onClose,
}: {
  appId: string;
  matrix: AccessMatrix;
  selection: Selection | null;
  canEdit: boolean;
  onClose: () => void;
}) {
  const phone = useMediaQuery('(max-width: 40em)');
  return (
    <Drawer
      opened={selection !== null}
      onClose={onClose}
      position="right"
      size={phone ? '100%' : 'lg'}
      closeButtonProps={{ 'aria-label': 'Close' }}
      title={selection ? drawerTitle(selection) : 'Permission'}
    >
      {selection && <CellDetails appId={appId} matrix={matrix} selection={selection} canEdit={canEdit} />}
    </Drawer>
  );
}

function CellDetails({
  appId,
  matrix,
  selection,
  canEdit,
}: {
  appId: string;
  matrix: AccessMatrix;
  selection: Selection;
  canEdit: boolean;
}) {
  const { row, column } = selection;
  const cell = cellOf(row, column);
  if (!cell) return null;
  const rules = new Map(matrix.rules.map((r) => [r.id, r]));
  const pick = (ids: readonly string[]) => ids.map((id) => rules.get(id)).filter((r): r is MatrixRule => !!r);
  const grants = pick(cell.grants);
  const guards = 'guards' in cell ? pick(cell.guards) : [];
  const fieldConditions = 'fieldConditions' in cell ? pick(cell.fieldConditions) : [];
  const alsoGiving = matrix.rows.filter((r) => {
    if (row.allData || r === row || r.allData) return false;
    const other = cellOf(r, column);
    return other !== undefined && other.state !== 'closed';
  });
  const action = column.action;
  const names = new Map(matrix.rows.filter((r) => r.kind === 'role').map((r) => [r.key, r.name]));
  const roleName = (key: string) => names.get(key) ?? key;
  return (
    <Stack gap="md">
      <Group gap="sm">
        <StateMark state={cell.state} />
      </Group>
      <Text size="sm">{summary(matrix, row, column, cell)}</Text>
      {row.missingRights.length > 0 && (
        <Alert color="yellow" icon={<TriangleAlert size={18} />} title="The role lacks data rights">
          <Text size="sm">
            {row.name} lacks {row.missingRights.join(' and ')}: its grants open nothing to someone who holds
            only this role. Give the right to the role, or to the people, under Roles.
          </Text>
        </Alert>
      )}
      {grants.length > 0 && (
        <RuleList
          appId={appId}
          title={grants.length === 1 ? 'The grant' : 'The grants'}
          rules={grants}
          action={action}
          roleName={roleName}
          joiner={grants.length > 1 ? 'AND' : null}
        />
      )}
      {grants.length > 1 && (
        <Alert color="blue" icon={<Info size={18} />} title="Within a role: conditions AND, fields OR">
          <Text size="sm">
            {row.name} has {grants.length} grants for {action}: a record must pass every one of their
            conditions, and a field is given when any of them lists it (as Noloco says: both filters are
            applied).
          </Text>
        </Alert>
      )}
      {guards.length > 0 && (
        <RuleList
          appId={appId}
          title="Guards that also must hold"
          rules={guards}
          action={action}
          roleName={roleName}
          joiner="AND"
        />
      )}
      {fieldConditions.length > 0 && (
        <RuleList
          appId={appId}
          title="Field conditions on this field"
          rules={fieldConditions}
          action={action}
          roleName={roleName}
          joiner="AND"
        />
      )}
      {alsoGiving.length > 0 && (
        <Alert color="gray" icon={<Info size={18} />} title="Across roles: OR">
          <Text size="sm">
            {alsoGiving.map((r) => r.name).join(', ')} also {alsoGiving.length === 1 ? 'gives' : 'give'}{' '}
            {columnName(column)} here. A person who holds several roles, or matches an audience, gets what any
            of their rows gives; every guard that applies to them must still hold.
          </Text>
        </Alert>
      )}
      <AddRule appId={appId} matrix={matrix} row={row} action={action} canEdit={canEdit} />
    </Stack>
  );
}

function summary(
  matrix: AccessMatrix,
  row: MatrixRow,
  column: Selection['column'],
  cell: MatrixCell | MatrixFieldCell,
): string {
  const what = column.kind === 'action' ? `${column.action} ${matrix.collection.name}` : columnName(column);
  switch (cell.reason) {
    case 'allData':
      return `${row.name} has Access All Data: no rule applies to its holders, who may do everything on every record of ${matrix.collection.name}.`;
    case 'unrestricted':
      return cell.state === 'open'
        ? `${matrix.collection.name} is not restricted: every signed-in user may ${what} on every record.`
        : `${matrix.collection.name} is not restricted, but a field condition closes this field on some records.`;
    case 'noGrant':
      return `No grant gives ${row.name} ${column.action} on ${matrix.collection.name}, so it is closed: a role with no rule has no access.`;
    case 'notListed':
      return `${row.name}'s grants for ${column.action} list other fields, not this one: closed.`;
    default:
      if (cell.state === 'open') return `${row.name} may ${what}: the rules below hold on every record.`;
      if (cell.state === 'closed') return `The rules below never hold: ${row.name} may not ${what}.`;
      return column.kind === 'action'
        ? `${row.name} may ${what} only where every condition below holds.`
        : `${row.name} gets this field on the records it reaches, where every condition below holds.`;
  }
}

function RuleList({
  appId,
  title,
  rules,
  action,
  joiner,
  roleName,
}: {
  appId: string;
  title: string;
  rules: MatrixRule[];
  action: string;
  joiner: 'AND' | null;
  roleName: (key: string) => string;
}) {
  return (
    <Stack gap="xs" component="section" aria-label={title}>
      <Title order={3} size="h5">
        {title}
      </Title>
      {rules.map((rule, i) => (
        <Stack key={rule.id} gap={4}>
          {i > 0 && joiner && (
            <Badge variant="outline" color="gray" tt="none" style={{ alignSelf: 'center' }}>
              {joiner}
            </Badge>
          )}
          <Card withBorder padding="sm">
            <Stack gap={4}>
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <Anchor href={ruleHref(appId, rule.id)} fw={600} size="sm">
                  {rule.name}
                </Anchor>
                {!rule.valid && (
                  <Badge color="red" variant="light" tt="none">
                    Broken: counts as false
                  </Badge>
                )}
              </Group>
              <Text size="xs" c="dimmed">
                {targetText(rule, roleName)}
              </Text>
              {rule.condition ? (
                <Code block>{rule.condition}</Code>
              ) : (
                <Text size="sm">No condition: every record.</Text>
              )}
              {fieldsText(rule, action) && <Text size="sm">{fieldsText(rule, action)}</Text>}
            </Stack>
          </Card>
        </Stack>
      ))}
    </Stack>
  );
}

function targetText(rule: MatrixRule, roleName: (key: string) => string): string {
  const kind = rule.kind === 'grant' ? 'Grant' : rule.kind === 'guard' ? 'Guard' : 'Field condition';
  const who = [...(rule.to.roles ?? []).map(roleName), ...(rule.to.audience ? [rule.to.audience] : [])];
  const to = who.length > 0 ? who.join(', ') : 'everybody';
  const what = rule.kind === 'fieldCondition' ? `${rule.access ?? 'read'} access` : rule.actions.join(', ');
  return `${kind} to ${to}; ${what}`;
}

function fieldsText(rule: MatrixRule, action: string): string | null {
  if (rule.kind === 'guard') return null;
  if (rule.kind === 'fieldCondition')
    return Array.isArray(rule.fields) ? `Fields: ${rule.fields.join(', ')}` : null;
  if (action === 'delete') return null;
  const list = rule.fields && !Array.isArray(rule.fields) ? rule.fields[action] : undefined;
  return list ? `Fields for ${action}: ${list.join(', ')}` : `Fields for ${action}: every field`;
}

function AddRule({
  appId,
  matrix,
  row,
  action,
  canEdit,
}: {
  appId: string;
  matrix: AccessMatrix;
  row: MatrixRow;
  action: string;
  canEdit: boolean;
}) {
  if (row.allData) {
    return (
      <Text size="sm" c="dimmed">
        No rule can be added for {row.name}: rules do not apply to roles with Access All Data, so Charter
        refuses rules that name them (Noloco: “you won't be able to add the role to any permissions”).
      </Text>
    );
  }
  if (!canEdit) {
    return (
      <Text size="sm" c="dimmed">
        Adding a rule needs the right app.dataformats.edit.
      </Text>
    );
  }
  const href = newRuleHref(appId, {
    collection: matrix.collection.key,
    ...(row.kind === 'role' ? { role: row.key } : { audience: row.key }),
    action,
  });
  return (
    <Group>
      <Button component="a" href={href} leftSection={<Plus size={16} />}>
        Add a rule
      </Button>
    </Group>
  );
}
