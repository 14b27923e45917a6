import {
  Badge,
  Checkbox,
  Code,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  isLink,
  isToMany,
  linkOptionsQuery,
  type ReadableCollection,
  type ReadableField,
  recordLabel,
} from '../../../api/records.js';
import { useMe } from '../../../api/session.js';

/** Why a cell is empty-looking: a rule hides the field on this record, not the data. */
export const HIDDEN_REASON = 'A rule hides this field on this record; you can read it on others.';

/** A field hidden on one row: said so, with the reason on hover and to a screen reader. */
export function HiddenMarker() {
  return (
    <Tooltip label={HIDDEN_REASON} withArrow multiline w={240}>
      <Text span size="sm" c="dimmed" fs="italic" tabIndex={0}>
        hidden
        <VisuallyHidden> ({HIDDEN_REASON})</VisuallyHidden>
      </Text>
    </Tooltip>
  );
}

/** A linked record as the API sends it: a bare id, or the record when expanded and readable. */
type Linked = string | Record<string, unknown>;

function linkedLabel(
  v: Linked,
  target: ReadableCollection | undefined,
): { id: string; label: string | null } {
  if (typeof v === 'string') return { id: v, label: null };
  return { id: String(v.id), label: recordLabel(v, target) };
}

/** A value in a table cell, by field type. */
export function CellValue({
  field,
  value,
  all,
}: {
  field: ReadableField;
  value: unknown;
  all: ReadableCollection[];
}) {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
    return (
      <Text span size="sm" c="dimmed">
        —
      </Text>
    );
  }
  if (isLink(field)) return <LinkCell field={field} value={value} all={all} />;
  if (field.type === 'boolean') return <Text size="sm">{value ? 'Yes' : 'No'}</Text>;
  if (field.type === 'multiSelect' && Array.isArray(value)) {
    return (
      <Group gap={4}>
        {value.map((v) => (
          <Badge key={String(v)} variant="outline" tt="none" radius="sm">
            {String(v)}
          </Badge>
        ))}
      </Group>
    );
  }
  if (field.type === 'decimal' || field.type === 'integer') {
    return <Text size="sm">{Number(value).toLocaleString('en')}</Text>;
  }
  if (field.type === 'json') return <Code>{JSON.stringify(value)}</Code>;
  const text = String(value);
  return (
    <Text size="sm" lineClamp={2} title={text.length > 80 ? text : undefined}>
      {text}
    </Text>
  );
}

/**
 * Linked records: by their label when expanded and readable, "You" for the signed-in person, and
 * otherwise a short id (the full id on hover), since the person may not read the target.
 */
function LinkCell({
  field,
  value,
  all,
}: {
  field: ReadableField;
  value: unknown;
  all: ReadableCollection[];
}) {
  const me = useMe().data;
  const target = all.find((c) => c.key === field.target?.key);
  const items = (Array.isArray(value) ? value : [value]) as Linked[];
  return (
    <Group gap={4} wrap="wrap">
      {items.map((v) => {
        const { id, label } = linkedLabel(v, target);
        if (label || id === me?.id) {
          return (
            <Badge key={id} variant="light" tt="none" radius="sm">
              {label ?? 'You'}
            </Badge>
          );
        }
        return (
          <Code key={id} title={id}>
            {id.slice(0, 8)}…
          </Code>
        );
      })}
    </Group>
  );
}

/** The ids a link value holds, expanded or not. */
export function linkIds(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  const items = (Array.isArray(value) ? value : [value]) as Linked[];
  return items.map((v) => (typeof v === 'string' ? v : String(v.id)));
}

/** The labels known for linked records (from an expanded value). */
export function linkLabels(value: unknown, target: ReadableCollection | undefined): Record<string, string> {
  const labels: Record<string, string> = {};
  const items = (Array.isArray(value) ? value : value ? [value] : []) as Linked[];
  for (const v of items) {
    const { id, label } = linkedLabel(v, target);
    if (label) labels[id] = label;
  }
  return labels;
}

/** How a field's input is offered: editable, or read-only with the reason. */
export interface InputState {
  readOnly: boolean;
  reason?: string | undefined;
}

/** One field's input in the record form, by type; read-only ones carry their reason. */
export function FieldInput({
  appId,
  field,
  value,
  onChange,
  state,
  all,
  labels,
  error,
}: {
  appId: string;
  field: ReadableField;
  value: unknown;
  onChange: (value: unknown) => void;
  state: InputState;
  all: ReadableCollection[];
  labels: Record<string, string>;
  error?: string | undefined;
}) {
  const common = {
    label: field.label,
    required: field.required && !state.readOnly,
    readOnly: state.readOnly,
    // Read-only inputs look it, not only on hover.
    variant: state.readOnly ? 'filled' : 'default',
    description: state.reason,
    error,
  };
  const input = (() => {
    switch (field.type) {
      case 'longText':
        return (
          <Textarea
            {...common}
            autosize
            minRows={2}
            value={(value as string) ?? ''}
            onChange={(e) => onChange(e.currentTarget.value)}
          />
        );
      case 'json':
        return (
          <Textarea
            {...common}
            autosize
            minRows={2}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            value={(value as string) ?? ''}
            onChange={(e) => onChange(e.currentTarget.value)}
          />
        );
      case 'integer':
      case 'decimal':
        return (
          <NumberInput
            {...common}
            allowDecimal={field.type === 'decimal'}
            thousandSeparator=","
            value={value === null || value === undefined ? '' : (value as number)}
            onChange={(v) => onChange(v === '' ? null : Number(v))}
          />
        );
      case 'boolean':
        return (
          <Checkbox
            label={field.label}
            description={state.reason}
            error={error}
            checked={Boolean(value)}
            aria-readonly={state.readOnly || undefined}
            readOnly={state.readOnly}
            disabled={state.readOnly}
            onChange={(e) => onChange(e.currentTarget.checked)}
          />
        );
      case 'date':
      case 'datetime':
        return (
          <TextInput
            {...common}
            type={field.type === 'date' ? 'date' : 'datetime-local'}
            value={toInputDate(field.type, value)}
            onChange={(e) => onChange(e.currentTarget.value || null)}
          />
        );
      case 'singleSelect':
        return (
          <Select
            {...common}
            // Searchable: the input takes typing (a plain Select's input is always read-only), so
            // an editable field and a read-only one differ the same way for every type.
            searchable
            data={field.options}
            clearable={!field.required}
            value={(value as string) ?? null}
            onChange={(v) => onChange(v)}
            comboboxProps={{ withinPortal: true }}
          />
        );
      case 'multiSelect':
        return (
          <MultiSelect
            {...common}
            searchable
            data={field.options}
            value={(value as string[]) ?? []}
            onChange={(v) => onChange(v)}
          />
        );
      case 'linkOne':
      case 'linkMany':
      case 'linkUser':
      case 'linkUsers':
        return (
          <LinkPicker
            appId={appId}
            field={field}
            common={common}
            value={value}
            onChange={onChange}
            all={all}
            labels={labels}
          />
        );
      default:
        return (
          <TextInput
            {...common}
            type={field.type === 'email' ? 'email' : field.type === 'url' ? 'url' : 'text'}
            value={(value as string) ?? ''}
            onChange={(e) => onChange(e.currentTarget.value)}
          />
        );
    }
  })();
  if (!state.reason) return input;
  return (
    <Tooltip label={state.reason} position="top-start" withArrow openDelay={200} multiline w={280}>
      <div>{input}</div>
    </Tooltip>
  );
}

function toInputDate(type: string, value: unknown): string {
  if (!value) return '';
  const text = String(value);
  return type === 'date' ? text.slice(0, 10) : text.slice(0, 16);
}

/**
 * A searchable picker over the records of a link's target that the person may read. When they
 * may not read the target at all, the linked ids are shown as they are, read-only.
 */
function LinkPicker({
  appId,
  field,
  common,
  value,
  onChange,
  all,
  labels,
}: {
  appId: string;
  field: ReadableField;
  common: { label: string; required: boolean; readOnly: boolean; description?: string | undefined };
  value: unknown;
  onChange: (value: unknown) => void;
  all: ReadableCollection[];
  labels: Record<string, string>;
}) {
  const target = all.find((c) => c.key === field.target?.key);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const options = useQuery({
    ...linkOptionsQuery(appId, target?.key ?? '', debounced),
    enabled: Boolean(target) && !common.readOnly,
  });
  const ids = linkIds(value);
  const known: Record<string, string> = { ...labels };
  for (const r of options.data?.items ?? []) known[String(r.id)] = recordLabel(r, target);
  const data = [...new Set([...ids, ...(options.data?.items ?? []).map((r) => String(r.id))])].map((id) => ({
    value: id,
    label: known[id] ?? id,
  }));
  if (!target) {
    // The person may write the link without reading its target: the ids are what the API takes.
    const description = [
      common.description,
      `You may not read ${field.target?.name ?? 'the linked collection'}: links show as record ids.`,
    ]
      .filter(Boolean)
      .join(' ');
    if (isToMany(field)) {
      return (
        <TagsInput
          {...common}
          description={description}
          value={ids}
          onChange={(v) => onChange(v)}
          placeholder={common.readOnly ? undefined : 'Record id, then Enter'}
        />
      );
    }
    return (
      <TextInput
        {...common}
        description={description}
        value={ids[0] ?? ''}
        onChange={(e) => onChange(e.currentTarget.value.trim() || null)}
      />
    );
  }
  const placeholder = common.readOnly ? undefined : `Search ${target.name}`;
  if (isToMany(field)) {
    return (
      <MultiSelect
        {...common}
        searchable
        placeholder={placeholder}
        data={data}
        value={ids}
        filter={({ options: o }) => o}
        searchValue={search}
        onSearchChange={setSearch}
        onChange={(v) => onChange(v)}
        nothingFoundMessage={options.isFetching ? 'Searching…' : 'No record matches'}
      />
    );
  }
  return (
    <Select
      {...common}
      searchable
      clearable={!field.required}
      placeholder={placeholder}
      data={data}
      value={ids[0] ?? null}
      filter={({ options: o }) => o}
      onSearchChange={(s) => {
        // Selecting puts the chosen label in the box: that is no search.
        if (!data.some((d) => d.label === s)) setSearch(s);
      }}
      onChange={(v) => onChange(v)}
      nothingFoundMessage={options.isFetching ? 'Searching…' : 'No record matches'}
    />
  );
}
