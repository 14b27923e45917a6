import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Group,
  MultiSelect,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { ArrowDown, ArrowUp, Plus, Trash2, X } from 'lucide-react';
import type { Collection } from '../../../api/data-model.js';
import type { PageIssue, PageSection } from '../../../api/pages.js';
import { celProblems, issuesUnder } from '../../../components/body-issues.js';
import { CelEditor, type CelVocabulary } from '../../../components/cel-editor/cel-editor.js';
import { KIND_LABEL } from './page-values.js';
import { VisibilityEditor } from './visibility-editor.js';

export interface SectionContext {
  collections: Collection[];
  /** The app's other pages, for link buttons. */
  pages: { id: string; label: string }[];
  roles: { key: string; name: string }[];
  /** The condition vocabulary over one collection's records and the person. */
  recordVocabulary: (collection: string) => CelVocabulary;
  personVocabulary: CelVocabulary;
  readOnly: boolean;
}

const LAYOUTS = [
  { value: 'table', label: 'Table' },
  { value: 'list', label: 'List' },
  { value: 'cards', label: 'Cards' },
];

const MODES = [
  { value: 'detail', label: 'Detail' },
  { value: 'edit', label: 'Edit form' },
  { value: 'create', label: 'Create form' },
];

/** The messages of the issues at exactly one field, for its input's error line. */
function errorAt(issues: PageIssue[], field: string): string | undefined {
  const at = issues.filter((i) => i.field === field || i.field.startsWith(`${field}.`));
  return at.length ? at.map((i) => i.message).join(' ') : undefined;
}

/** One section of a page: what it shows, and who sees it. */
export function SectionEditor({
  index,
  count,
  section,
  onChange,
  onMove,
  onRemove,
  issues,
  context,
}: {
  index: number;
  count: number;
  section: PageSection;
  onChange: (section: PageSection) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  issues: PageIssue[];
  context: SectionContext;
}) {
  const field = `sections.${index}`;
  const own = issuesUnder(issues, field);
  const name = section.title || `${KIND_LABEL[section.kind]} ${index + 1}`;
  const { readOnly } = context;
  return (
    <Card withBorder component="section" aria-label={`Section: ${name}`} padding="md">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
            <Badge variant="light" style={{ flexShrink: 0 }}>
              {KIND_LABEL[section.kind]}
            </Badge>
            <Text fw={600} truncate>
              {name}
            </Text>
            {own.length > 0 && (
              <Badge color="red" variant="light">
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
        <TextInput
          label="Section title"
          description="Shown above it; optional"
          value={section.title}
          readOnly={readOnly}
          onChange={(e) => onChange({ ...section, title: e.currentTarget.value })}
          error={errorAt(issues, `${field}.title`)}
        />
        <SectionContent
          section={section}
          onChange={onChange}
          issues={issues}
          field={field}
          context={context}
        />
        <VisibilityEditor
          label="Who sees this section"
          value={section.visibility}
          onChange={(visibility) => onChange({ ...section, visibility })}
          roles={context.roles}
          vocabulary={context.personVocabulary}
          issues={issues}
          field={`${field}.visibility`}
          readOnly={readOnly}
        />
      </Stack>
    </Card>
  );
}

function SectionContent({
  section,
  onChange,
  issues,
  field,
  context,
}: {
  section: PageSection;
  onChange: (section: PageSection) => void;
  issues: PageIssue[];
  field: string;
  context: SectionContext;
}) {
  const { readOnly, collections } = context;
  switch (section.kind) {
    case 'text':
      return (
        <Textarea
          label="Text"
          description="Markdown: # headings, **bold**, lists, [links](https://…). HTML is shown as text."
          autosize
          minRows={4}
          value={section.markdown}
          readOnly={readOnly}
          onChange={(e) => onChange({ ...section, markdown: e.currentTarget.value })}
          error={errorAt(issues, `${field}.markdown`)}
        />
      );
    case 'links':
      return (
        <LinksEditor section={section} onChange={onChange} issues={issues} field={field} context={context} />
      );
    case 'collectionView':
    case 'recordView': {
      const collection = collections.find((c) => c.key === section.collection);
      const fieldChoices = (collection?.fields ?? []).map((f) => ({
        value: f.name,
        label: f.label || f.name,
      }));
      const picker = (
        <Select
          label="Collection"
          data={collections.map((c) => ({ value: c.key, label: c.name }))}
          value={section.collection || null}
          searchable
          allowDeselect={false}
          readOnly={readOnly}
          onChange={(key) =>
            key &&
            onChange(
              section.kind === 'collectionView'
                ? { ...section, collection: key, fields: [], sort: [], filter: null }
                : { ...section, collection: key, fields: [] },
            )
          }
          error={errorAt(issues, `${field}.collection`)}
        />
      );
      const fields = (
        <MultiSelect
          label={section.kind === 'collectionView' ? 'Fields to show' : 'Fields to show or offer'}
          description="In this order. None: every field the person may read (or write, in a form)."
          data={fieldChoices}
          value={section.fields}
          searchable
          readOnly={readOnly}
          onChange={(picked) => onChange({ ...section, fields: picked })}
          error={errorAt(issues, `${field}.fields`)}
        />
      );
      if (section.kind === 'recordView') {
        return (
          <Stack gap="sm">
            {picker}
            <Stack gap={4}>
              <Text size="sm" fw={500} id={`${field}-mode`}>
                Shows
              </Text>
              <SegmentedControl
                aria-labelledby={`${field}-mode`}
                data={MODES}
                value={section.mode}
                readOnly={readOnly}
                onChange={(mode) => onChange({ ...section, mode: mode as typeof section.mode })}
              />
            </Stack>
            {fields}
          </Stack>
        );
      }
      return (
        <Stack gap="sm">
          {picker}
          <Stack gap={4}>
            <Text size="sm" fw={500} id={`${field}-layout`}>
              Layout
            </Text>
            <SegmentedControl
              aria-labelledby={`${field}-layout`}
              data={LAYOUTS}
              value={section.layout}
              readOnly={readOnly}
              onChange={(layout) => onChange({ ...section, layout: layout as typeof section.layout })}
            />
          </Stack>
          {fields}
          <SortEditor section={section} onChange={onChange} choices={fieldChoices} readOnly={readOnly} />
          <CelEditor
            label="Collection filter (optional)"
            description={
              'Narrows what the view lists, on top of the data rules, never instead: e.g. record.status == "open"'
            }
            value={section.filter ?? ''}
            onChange={(filter) => onChange({ ...section, filter })}
            vocabulary={context.recordVocabulary(section.collection)}
            problems={celProblems(issues, `${field}.filter`)}
            readOnly={readOnly}
            placeholder="Leave empty to list every record the person may read"
          />
          {issues
            .filter((i) => i.field === `${field}.filter`)
            .map((i) => (
              <Text key={`${i.code}-${i.message}`} size="sm" c="red.8" role="alert">
                {i.message}
              </Text>
            ))}
        </Stack>
      );
    }
  }
}

type CollectionView = Extract<PageSection, { kind: 'collectionView' }>;

function SortEditor({
  section,
  onChange,
  choices,
  readOnly,
}: {
  section: CollectionView;
  onChange: (section: PageSection) => void;
  choices: { value: string; label: string }[];
  readOnly: boolean;
}) {
  const setSort = (sort: CollectionView['sort']) => onChange({ ...section, sort });
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        Sort
      </Text>
      {section.sort.map((s, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a sort line has no identity but its place
        <Group key={`${s.field}-${i}`} gap="xs" wrap="nowrap">
          <Select
            aria-label={`Sort ${i + 1}: field`}
            data={choices}
            value={s.field}
            readOnly={readOnly}
            allowDeselect={false}
            onChange={(v) => v && setSort(section.sort.map((x, j) => (j === i ? { ...x, field: v } : x)))}
            style={{ flex: 1 }}
          />
          <SegmentedControl
            aria-label={`Sort ${i + 1}: direction`}
            data={[
              { value: 'asc', label: 'Ascending' },
              { value: 'desc', label: 'Descending' },
            ]}
            value={s.direction}
            readOnly={readOnly}
            onChange={(v) =>
              setSort(section.sort.map((x, j) => (j === i ? { ...x, direction: v as 'asc' | 'desc' } : x)))
            }
          />
          {!readOnly && (
            <ActionIcon
              variant="subtle"
              aria-label={`Remove sort ${i + 1}`}
              onClick={() => setSort(section.sort.filter((_, j) => j !== i))}
            >
              <X size={16} />
            </ActionIcon>
          )}
        </Group>
      ))}
      {!readOnly && section.sort.length < 3 && choices.length > 0 && (
        <Group>
          <Button
            variant="subtle"
            size="xs"
            leftSection={<Plus size={14} />}
            onClick={() => setSort([...section.sort, { field: choices[0]!.value, direction: 'asc' }])}
          >
            Add a sort
          </Button>
        </Group>
      )}
    </Stack>
  );
}

type Links = Extract<PageSection, { kind: 'links' }>;

function LinksEditor({
  section,
  onChange,
  issues,
  field,
  context,
}: {
  section: Links;
  onChange: (section: PageSection) => void;
  issues: PageIssue[];
  field: string;
  context: SectionContext;
}) {
  const { readOnly, pages } = context;
  const setLinks = (links: Links['links']) => onChange({ ...section, links });
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        Buttons
      </Text>
      {section.links.length === 0 && (
        <Text size="sm" c="dimmed">
          No button yet.
        </Text>
      )}
      {section.links.map((link, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a button has no identity but its place
        <Group key={`${link.page}-${i}`} gap="xs" align="flex-start" wrap="nowrap">
          <TextInput
            aria-label={`Button ${i + 1}: label`}
            placeholder="Label"
            value={link.label}
            readOnly={readOnly}
            onChange={(e) =>
              setLinks(section.links.map((l, j) => (j === i ? { ...l, label: e.currentTarget.value } : l)))
            }
            error={errorAt(issues, `${field}.links.${i}.label`)}
            style={{ flex: 1 }}
          />
          <Select
            aria-label={`Button ${i + 1}: page`}
            data={pages.map((p) => ({ value: p.id, label: p.label }))}
            value={link.page || null}
            searchable
            readOnly={readOnly}
            allowDeselect={false}
            onChange={(page) => page && setLinks(section.links.map((l, j) => (j === i ? { ...l, page } : l)))}
            error={errorAt(issues, `${field}.links.${i}.page`)}
            style={{ flex: 1 }}
          />
          {!readOnly && (
            <ActionIcon
              variant="subtle"
              mt={6}
              aria-label={`Remove button ${i + 1}`}
              onClick={() => setLinks(section.links.filter((_, j) => j !== i))}
            >
              <X size={16} />
            </ActionIcon>
          )}
        </Group>
      ))}
      {!readOnly && pages.length > 0 && (
        <Group>
          <Button
            variant="subtle"
            size="xs"
            leftSection={<Plus size={14} />}
            onClick={() => setLinks([...section.links, { label: pages[0]!.label, page: pages[0]!.id }])}
          >
            Add a button
          </Button>
        </Group>
      )}
    </Stack>
  );
}
