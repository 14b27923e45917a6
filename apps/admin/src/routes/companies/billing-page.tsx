import {
  Button,
  Card,
  Group,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { api, unwrap } from '../../api/client.js';
import { type Billing, billingQuery } from '../../api/companies.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { showFieldErrors } from '../../components/form-errors.js';
import { notify } from '../../components/notify.js';
import { LoadingRows, PageHeader } from '../../components/page.js';

const route = getRouteApi('/signed-in/companies/$company/billing');

const PLANS = [
  { value: 'free', label: 'Free' },
  { value: 'team', label: 'Team' },
  { value: 'enterprise', label: 'Enterprise' },
];

/** Billing details: for owners and holders of company.billing.manage; others get the API's reason. */
export function BillingPage() {
  const { company } = route.useParams();
  const billing = useQuery(billingQuery(company));
  return (
    <Stack maw={760}>
      <PageHeader title="Billing" description="Who receives the invoices, where, and the company's plan." />
      {billing.isPending && <LoadingRows rows={5} />}
      <ApiErrorAlert error={billing.error} />
      {billing.data && <BillingForm companyId={company} billing={billing.data} />}
    </Stack>
  );
}

function BillingForm({ companyId, billing }: { companyId: string; billing: Billing }) {
  const queryClient = useQueryClient();
  const a = billing.address;
  const form = useForm({
    initialValues: {
      billingEmail: billing.billingEmail ?? '',
      vatId: billing.vatId ?? '',
      plan: billing.plan as 'free' | 'team' | 'enterprise',
      address: {
        line1: a.line1 ?? '',
        line2: a.line2 ?? '',
        postalCode: a.postalCode ?? '',
        city: a.city ?? '',
        region: a.region ?? '',
        country: a.country ?? '',
      },
    },
  });
  const save = useMutation({
    mutationFn: (v: typeof form.values) =>
      unwrap(
        api.PATCH('/api/companies/{company}/billing', {
          params: { path: { company: companyId } },
          body: {
            billingEmail: v.billingEmail.trim() || null,
            vatId: v.vatId.trim().toUpperCase() || null,
            plan: v.plan,
            address: Object.fromEntries(
              Object.entries(v.address)
                .map(([k, value]) => [k, value.trim()])
                .filter(([, value]) => value),
            ),
          },
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['companies', companyId, 'billing'] });
      form.resetDirty();
      notify('The billing details are saved.', 'green');
    },
    onError: (error) => showFieldErrors(form, error),
  });
  const placed = Object.keys(form.errors).length > 0;
  return (
    <Card withBorder>
      <form onSubmit={form.onSubmit((v) => save.mutate(v))} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4">
            Billing details
          </Title>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="plan-label">
              Plan
            </Text>
            <SegmentedControl aria-labelledby="plan-label" data={PLANS} {...form.getInputProps('plan')} />
          </Stack>
          <TextInput
            label="Billing email"
            description="Invoices and payment notices go here."
            type="email"
            {...form.getInputProps('billingEmail')}
          />
          <TextInput
            label="VAT id"
            description="Two letters for the country, then the number, such as NL123456789B01."
            {...form.getInputProps('vatId')}
          />
          <TextInput label="Address" {...form.getInputProps('address.line1')} />
          <TextInput label="Address, second line" {...form.getInputProps('address.line2')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Postal code" {...form.getInputProps('address.postalCode')} />
            <TextInput label="City" {...form.getInputProps('address.city')} />
            <TextInput label="Region" {...form.getInputProps('address.region')} />
            <TextInput
              label="Country"
              description="Two letters, such as NL or US."
              maxLength={2}
              {...form.getInputProps('address.country')}
            />
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            Last changed {new Date(billing.updatedAt).toLocaleString()}.
          </Text>
          <ApiErrorAlert error={placed ? null : save.error} title="The billing details were not saved" />
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending} disabled={!form.isDirty()}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
