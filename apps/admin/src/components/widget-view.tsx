// One dashboard widget as a person sees it: the number, chart or table the API computed under
// their data rules. Every chart comes with its values as a table, for screen readers and for
// anyone who wants the exact figures.
import '@mantine/charts/styles.css';
import { BarChart, DonutChart, LineChart } from '@mantine/charts';
import { Alert, Card, Stack, Table, Text, Title } from '@mantine/core';
import type { WidgetData } from '../api/dashboards.js';

const PALETTE = ['blue.7', 'teal.7', 'grape.7', 'orange.7', 'cyan.7', 'pink.7', 'lime.8', 'indigo.7'];

type Scalar = string | number | boolean | null | undefined;

const formatter = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });

/** A computed value as it reads: numbers grouped, nothing as a dash. */
export function shownValue(value: Scalar): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'number') return formatter.format(value);
  return String(value);
}

/** A group's name: a link's label where the person may read it, else its value, else "No value". */
function groupName(group: { key: Scalar; label: Scalar }): string {
  if (group.label !== null && group.label !== undefined && group.label !== '') return String(group.label);
  if (group.key === null || group.key === undefined || group.key === '') return 'No value';
  return String(group.key);
}

function ValuesTable({ label, rows }: { label: string; rows: [string, Scalar][] }) {
  return (
    <Table aria-label={label} verticalSpacing={4} fz="sm">
      <Table.Tbody>
        {rows.map(([name, value]) => (
          <Table.Tr key={name}>
            <Table.Td>{name}</Table.Td>
            <Table.Td ta="right">{shownValue(value)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function Body({ widget, name }: { widget: WidgetData; name: string }) {
  if (widget.error) {
    return (
      <Alert color="gray" title="Not shown to this person">
        <Text size="sm">{widget.error.message}</Text>
      </Alert>
    );
  }
  switch (widget.kind) {
    case 'number':
      return (
        <Text fz={36} fw={700} lh={1.1} aria-label={`${name}: ${shownValue(widget.value)}`}>
          {shownValue(widget.value)}
        </Text>
      );
    case 'bar':
    case 'pie': {
      const groups = (widget.groups ?? []).map((g) => ({ name: groupName(g), value: Number(g.value ?? 0) }));
      if (groups.length === 0) return <Text c="dimmed">No records to count.</Text>;
      const chart =
        widget.kind === 'bar' ? (
          <BarChart
            h={220}
            data={groups}
            dataKey="name"
            series={[{ name: 'value', label: name, color: PALETTE[0] ?? 'blue.7' }]}
            tickLine="y"
          />
        ) : (
          <DonutChart
            size={180}
            thickness={28}
            data={groups.map((g, i) => ({ ...g, color: PALETTE[i % PALETTE.length] ?? 'blue.7' }))}
            withLabelsLine={false}
            mx="auto"
          />
        );
      return (
        <Stack gap="xs">
          <div role="img" aria-label={`${name}, as a ${widget.kind === 'bar' ? 'bar' : 'pie'} chart`}>
            {chart}
          </div>
          <ValuesTable label={`${name}: values`} rows={groups.map((g) => [g.name, g.value])} />
          {widget.truncated && (
            <Text size="xs" c="dimmed">
              The largest groups only.
            </Text>
          )}
        </Stack>
      );
    }
    case 'timeSeries': {
      const points = (widget.points ?? []).map((p) => ({ period: p.period, value: Number(p.value ?? 0) }));
      if (points.length === 0) return <Text c="dimmed">No records in any period.</Text>;
      return (
        <Stack gap="xs">
          <div role="img" aria-label={`${name}, over time`}>
            <LineChart
              h={220}
              data={points}
              dataKey="period"
              series={[{ name: 'value', label: name, color: PALETTE[1] ?? 'teal.7' }]}
              curveType="linear"
            />
          </div>
          <ValuesTable label={`${name}: values`} rows={points.map((p) => [p.period, p.value])} />
        </Stack>
      );
    }
    case 'table': {
      const items = widget.items ?? [];
      const columns = [...new Set(items.flatMap((i) => Object.keys(i)))].filter(
        (k) => k !== 'id' && !k.startsWith('_'),
      );
      if (items.length === 0) return <Text c="dimmed">No records.</Text>;
      return (
        <Table.ScrollContainer minWidth={320}>
          <Table aria-label={name} striped fz="sm">
            <Table.Thead>
              <Table.Tr>
                {columns.map((c) => (
                  <Table.Th key={c}>{c}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item, i) => (
                <Table.Tr key={String(item.id ?? i)}>
                  {columns.map((c) => (
                    <Table.Td key={c}>
                      {typeof item[c] === 'object' && item[c] !== null
                        ? JSON.stringify(item[c])
                        : shownValue(item[c] as Scalar)}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      );
    }
  }
}

/** A widget in its card, named by its title. */
export function WidgetView({ widget }: { widget: WidgetData }) {
  const name = widget.title || 'Untitled widget';
  return (
    <Card withBorder component="section" aria-label={name} padding="md">
      <Stack gap="sm">
        <Title order={3} size="h5">
          {name}
        </Title>
        <Body widget={widget} name={name} />
      </Stack>
    </Card>
  );
}
