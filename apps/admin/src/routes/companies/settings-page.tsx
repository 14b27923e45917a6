import { ActionIcon, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { Plus, Trash2 } from 'lucide-react';
import { api, unwrap } from '../../api/client.js';
import { COMPANY_RIGHTS, type Company, companyQuery } from '../../api/companies.js';
import { holdsCompanyRight } from '../../api/rights.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { showFieldErrors } from '../../components/form-errors.js';
import { notify } from '../../components/notify.js';
import { LoadingRows, PageHeader } from '../../components/page.js';
import { LeaveCompany } from './leave-company.js';

const route = getRouteApi('/signed-in/companies/$company/settings');

type PropertyValue = string | number | boolean | null;

/** The company's information (name and properties), and leaving it. */
export function SettingsPage() {
  const { company: companyId } = route.useParams();
  const company = useQuery(companyQuery(companyId));
  return (
    <Stack maw={760}>
      <PageHeader
        title="Company settings"
        description="The company's name, its properties, and your membership."
      />
      {company.isPending && <LoadingRows rows={4} />}
      <ApiErrorAlert error={company.error} />
      {company.data && <InformationForm company={company.data} />}
      {company.data && <LeaveCompany company={company.data} />}
    </Stack>
  );
}

function InformationForm({ company }: { company: Company }) {
  const queryClient = useQueryClient();
  const canEdit = holdsCompanyRight(company.me, COMPANY_RIGHTS.info);
  const original = company.properties as Record<string, PropertyValue>;
  const form = useForm({
    initialValues: {
      name: company.name,
      properties: Object.entries(original).map(([key, value]) => ({
        key,
        value: value === null ? '' : String(value),
      })),
    },
    validate: {
      name: (v) => (v.trim() ? null : 'Give the company a name'),
      properties: { key: (k) => (k.trim() ? null : 'Name the property') },
    },
  });
  const save = useMutation({
    mutationFn: (values: typeof form.values) =>
      unwrap(
        api.PATCH('/api/companies/{company}', {
          params: { path: { company: company.id } },
          body: {
            name: values.name,
            properties: Object.fromEntries(
              values.properties.map((p) => [p.key.trim(), typed(p.value, original[p.key.trim()])]),
            ),
          },
        }),
      ),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: ['companies'] });
      form.resetDirty();
      notify(`${saved.name} is saved.`, 'green');
    },
    onError: (error) => showFieldErrors(form, error),
  });
  const placed = Object.keys(form.errors).length > 0;
  return (
    <Card withBorder component="section" aria-labelledby="information-heading">
      <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="information-heading">
            Company information
          </Title>
          {!canEdit && (
            <Text size="sm" c="dimmed">
              You can read these; changing them needs the right company.info.manage, which an owner can give
              you.
            </Text>
          )}
          <TextInput label="Company name" required readOnly={!canEdit} {...form.getInputProps('name')} />
          <Text size="sm" fw={500}>
            Properties
          </Text>
          <Text size="sm" c="dimmed" mt={-8}>
            Your own facts about the company, such as a customer number or a region.
          </Text>
          {form.values.properties.length === 0 && (
            <Text size="sm" c="dimmed">
              No properties yet.
            </Text>
          )}
          {form.values.properties.map((p, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place; their key is typed
            <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
              <TextInput
                aria-label={`Name of property ${index + 1}`}
                placeholder="Name"
                readOnly={!canEdit}
                style={{ flex: 1 }}
                {...form.getInputProps(`properties.${index}.key`)}
              />
              <TextInput
                aria-label={`Value of ${p.key || `property ${index + 1}`}`}
                placeholder="Value"
                readOnly={!canEdit}
                style={{ flex: 2 }}
                {...form.getInputProps(`properties.${index}.value`)}
              />
              {canEdit && (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  aria-label={`Remove ${p.key || `property ${index + 1}`}`}
                  onClick={() => form.removeListItem('properties', index)}
                >
                  <Trash2 size={16} />
                </ActionIcon>
              )}
            </Group>
          ))}
          {canEdit && (
            <>
              <div>
                <Button
                  variant="default"
                  size="xs"
                  leftSection={<Plus size={14} />}
                  onClick={() => form.insertListItem('properties', { key: '', value: '' })}
                >
                  Add a property
                </Button>
              </div>
              <ApiErrorAlert error={placed ? null : save.error} title="The company was not saved" />
              <Group justify="flex-end">
                <Button type="submit" loading={save.isPending} disabled={!form.isDirty()}>
                  Save
                </Button>
              </Group>
            </>
          )}
        </Stack>
      </form>
    </Card>
  );
}

/** Keeps a property's number or yes/no type when its text still reads as one. */
function typed(text: string, before: PropertyValue | undefined): PropertyValue {
  if (typeof before === 'number' && text.trim() !== '' && Number.isFinite(Number(text))) return Number(text);
  if (typeof before === 'boolean' && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}
