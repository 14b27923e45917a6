import {
  ActionIcon,
  Badge,
  Card,
  Group,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { ArrowDown, ArrowUp, Trash2 } from 'lucide-react';
import type { BodyIssue } from '../../../api/client.js';
import type { Widget, WidgetKind } from '../../../api/dashboards.js';
import type { Collection, Field } from '../../../api/data-model.js';
import { celProblems, issuesUnder } from '../../../components/body-issues.js';
import { CelEditor, type CelVocabulary } from '../../../components/cel-editor/cel-editor.js';

export const WIDGET_KINDS: { value: WidgetKind; label: string; help: string }[] = [
  {
    value: 'number',
    label: 'Number',
    help: 'One figure: how many records, or the sum, average, least or most of a field.',
  },
  { value: 'bar', label: 'Bar chart', help: 'A figure per value of a field or per linked record.' },
  { value: 'pie', label: 'Pie chart', help: 'The same, as shares of a whole.' },
  { value: 'timeSeries', label: 'Over time', help: 'A figure per day, week or month of a date field.' },
  { value: 'table', label: 'Table', help: 'Some records, sorted, with the fields you choose.' },
];

export const WIDGET_LABEL = Object.fromEntries(WIDGET_KINDS.map((k) => [k.value, k.label])) as Record<
  WidgetKind,
  string
>;

const MEASURES = [
  { value: 'count', label: 'Count of records' },
  { value: 'sum', label: 'Sum of' },
  { value: 'avg', label: 'Average of' },
  { value: 'min', label: 'Least' },
  { value: 'max', label: 'Most' },
];

const NUMERIC = new Set(['integer', 'decimal', 'number', 'currency', 'percent']);
const DATES = new Set(['date', 'datetime']);
const LINKS = new Set(['linkOne', 'linkUser']);

/** A new widget of a kind over a collection, with what it needs to be valid. */
export function newWidget(kind: WidgetKind, collection: string): Widget {
  const base = { title: '', collection, filter: null };
  const measure = { fn: 'count' as const, field: null };
  const group = { field: '', label: null };
  switch (kind) {
    case 'number':
      return { ...base, kind, measure };
    case 'bar':
    case 'pie':
      return { ...base, kind, measure, groupBy: group, limit: 20 };
    case 'timeSeries':
      return { ...base, kind, measure, date: '', interval: 'month' };
    case 'table':
      return { ...base, kind, fields: [], sort: [], limit: 10 };
  }
}

function errorAt(issues: BodyIssue[], field: string): string | undefined {
  const at = issuesUnder(issues, field);
  return at.length ? at.map((i) => i.message).join(' ') : undefined;
}

const options = (fields: Field[]) => fields.map((f) => ({ value: f.name, label: f.label || f.name }));

/** One widget: what it computes, over which records. */
export function WidgetEditor({
  index,
  count,
  widget,
  onChange,
  onMove,
  onRemove,
  collections,
  vocabulary,
  issues,
  readOnly,
}: {
  index: number;
  count: number;
  widget: Widget;
  onChange: (widget: Widget) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  collections: Collection[];
  vocabulary: (collection: string) => CelVocabulary;
  issues: BodyIssue[];
  readOnly: boolean;
}) {
  const field = `widgets.${index}`;
  const own = issuesUnder(issues, field);
  const name = widget.title || `${WIDGET_LABEL[widget.kind]} ${index + 1}`;
  const collection = collections.find((c) => c.key === widget.collection);
  const fields = collection?.fields ?? [];
  return (
    <Card withBorder component="section" aria-label={`Widget: ${name}`}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
            <Badge variant="light" style={{ flexShrink: 0 }}>
              {WIDGET_LABEL[widget.kind]}
            </Badge>
            <Text fw={600} truncate>
              {name}
            </Text>
            {own.length > 0 && (
              <Badge color="red" variant="light" style={{ flexShrink: 0 }}>
                {own.length === 1 ? '1 problem' : `${own.length} problems`}
              </Badge>
            )}
          </Group>
          {!readOnly && (
            <Group gap={4} wrap="nowrap">
              <ActionIcon
                variant="subtle"
                aria-label={`Move ${name} up`}
                disabled={index === 0}
                onClick={() => onMove(-1)}
              >
                <ArrowUp size={16} />
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                aria-label={`Move ${name} down`}
                disabled={index === count - 1}
                onClick={() => onMove(1)}
              >
                <ArrowDown size={16} />
              </ActionIcon>
              <ActionIcon variant="subtle" color="red" aria-label={`Remove ${name}`} onClick={onRemove}>
                <Trash2 size={16} />
              </ActionIcon>
            </Group>
          )}
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label="Widget title"
            value={widget.title}
            readOnly={readOnly}
            onChange={(e) => onChange({ ...widget, title: e.currentTarget.value })}
            error={errorAt(issues, `${field}.title`)}
          />
          <Select
            label="Collection"
            data={collections.map((c) => ({ value: c.key, label: c.name }))}
            value={widget.collection || null}
            searchable
            allowDeselect={false}
            readOnly={readOnly}
            onChange={(key) => key && onChange({ ...newWidget(widget.kind, key), title: widget.title })}
            error={errorAt(issues, `${field}.collection`)}
          />
        </SimpleGrid>
        <KindSettings
          widget={widget}
          onChange={onChange}
          fields={fields}
          collections={collections}
          field={field}
          issues={issues}
          readOnly={readOnly}
        />
        <CelEditor
          label="Only records where (optional)"
          description="A condition over record.* and user.*, on top of the viewer's own data rules"
          value={widget.filter ?? ''}
          onChange={(filter) => onChange({ ...widget, filter: filter.trim() ? filter : null })}
          vocabulary={vocabulary(widget.collection)}
          problems={celProblems(issues, `${field}.filter`)}
          readOnly={readOnly}
          placeholder="Leave empty for every record the viewer may read"
        />
        {issues
          .filter((i) => i.field === `${field}.filter`)
          .map((i) => (
            <Text key={`${i.code}-${i.message}`} size="sm" c="red.8" role="alert">
              {i.message}
            </Text>
          ))}
      </Stack>
    </Card>
  );
}

type Measured = Extract<Widget, { measure: unknown }>;

function MeasureInputs({
  widget,
  onChange,
  fields,
  field,
  issues,
  readOnly,
}: {
  widget: Measured;
  onChange: (widget: Widget) => void;
  fields: Field[];
  field: string;
  issues: BodyIssue[];
  readOnly: boolean;
}) {
  const { fn } = widget.measure;
  const measurable = fn === 'sum' || fn === 'avg' ? fields.filter((f) => NUMERIC.has(f.type)) : fields;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <Select
        label="Figure"
        data={MEASURES}
        value={fn}
        allowDeselect={false}
        readOnly={readOnly}
        onChange={(v) =>
          v &&
          onChange({
            ...widget,
            measure: { fn: v as typeof fn, field: v === 'count' ? null : widget.measure.field },
          })
        }
        error={errorAt(issues, `${field}.measure.fn`)}
      />
      {fn !== 'count' && (
        <Select
          label="Field"
          data={options(measurable)}
          value={widget.measure.field}
          searchable
          readOnly={readOnly}
          onChange={(v) => onChange({ ...widget, measure: { fn, field: v } })}
          error={errorAt(issues, `${field}.measure.field`)}
        />
      )}
    </SimpleGrid>
  );
}

function KindSettings({
  widget,
  onChange,
  fields,
  collections,
  field,
  issues,
  readOnly,
}: {
  widget: Widget;
  onChange: (widget: Widget) => void;
  fields: Field[];
  collections: Collection[];
  field: string;
  issues: BodyIssue[];
  readOnly: boolean;
}) {
  const measure = (w: Measured) => (
    <MeasureInputs
      widget={w}
      onChange={onChange}
      fields={fields}
      field={field}
      issues={issues}
      readOnly={readOnly}
    />
  );
  switch (widget.kind) {
    case 'number':
      return measure(widget);
    case 'bar':
    case 'pie': {
      const by = fields.find((f) => f.name === widget.groupBy.field);
      const target = by && LINKS.has(by.type) ? collections.find((c) => c.key === by.target?.key) : undefined;
      return (
        <Stack gap="sm">
          {measure(widget)}
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <Select
              label="Grouped by"
              data={options(
                fields.filter((f) => !['json', 'longText', 'linkMany', 'linkUsers'].includes(f.type)),
              )}
              value={widget.groupBy.field || null}
              searchable
              readOnly={readOnly}
              onChange={(v) => v && onChange({ ...widget, groupBy: { field: v, label: null } })}
              error={errorAt(issues, `${field}.groupBy.field`)}
            />
            {target && (
              <Select
                label="Named by"
                description={`A field of ${target.name}`}
                data={options(target.fields)}
                value={widget.groupBy.label}
                clearable
                readOnly={readOnly}
                onChange={(v) => onChange({ ...widget, groupBy: { ...widget.groupBy, label: v } })}
                error={errorAt(issues, `${field}.groupBy.label`)}
              />
            )}
            <NumberInput
              label="Largest groups shown"
              min={1}
              max={100}
              value={widget.limit}
              readOnly={readOnly}
              onChange={(v) => onChange({ ...widget, limit: typeof v === 'number' ? v : 20 })}
              error={errorAt(issues, `${field}.limit`)}
            />
          </SimpleGrid>
        </Stack>
      );
    }
    case 'timeSeries':
      return (
        <Stack gap="sm">
          {measure(widget)}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label="Date field"
              data={options(fields.filter((f) => DATES.has(f.type)))}
              value={widget.date || null}
              readOnly={readOnly}
              onChange={(v) => v && onChange({ ...widget, date: v })}
              error={errorAt(issues, `${field}.date`)}
            />
            <Stack gap={4}>
              <Text size="sm" fw={500} id={`${field}-interval`}>
                Per
              </Text>
              <SegmentedControl
                aria-labelledby={`${field}-interval`}
                data={[
                  { value: 'day', label: 'Day' },
                  { value: 'week', label: 'Week' },
                  { value: 'month', label: 'Month' },
                ]}
                value={widget.interval}
                readOnly={readOnly}
                onChange={(v) => onChange({ ...widget, interval: v as typeof widget.interval })}
              />
            </Stack>
          </SimpleGrid>
        </Stack>
      );
    case 'table':
      return (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <MultiSelect
            label="Fields"
            description="None: every field the viewer may read"
            data={options(fields)}
            value={widget.fields}
            searchable
            readOnly={readOnly}
            onChange={(v) => onChange({ ...widget, fields: v })}
            error={errorAt(issues, `${field}.fields`)}
          />
          <Select
            label="Sorted by"
            data={options(fields)}
            value={widget.sort[0]?.field ?? null}
            clearable
            readOnly={readOnly}
            onChange={(v) => onChange({ ...widget, sort: v ? [{ field: v, direction: 'asc' }] : [] })}
            error={errorAt(issues, `${field}.sort`)}
          />
          <NumberInput
            label="At most"
            min={1}
            max={100}
            value={widget.limit}
            readOnly={readOnly}
            onChange={(v) => onChange({ ...widget, limit: typeof v === 'number' ? v : 10 })}
            error={errorAt(issues, `${field}.limit`)}
          />
        </SimpleGrid>
      );
  }
}
