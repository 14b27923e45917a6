import { Card, Stack, Switch, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { api, unwrap } from '../../api/client.js';
import { COMPANY_RIGHTS, type Company, companyQuery } from '../../api/companies.js';
import { holdsCompanyRight } from '../../api/rights.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { notify } from '../../components/notify.js';
import { LoadingRows, PageHeader } from '../../components/page.js';
import { IdentityProviders } from './identity-providers.js';

const route = getRouteApi('/signed-in/companies/$company/security');

/** How members sign in: two-factor authentication for everyone, and the company's own providers. */
export function SecurityPage() {
  const { company: companyId } = route.useParams();
  const company = useQuery(companyQuery(companyId));
  return (
    <Stack maw={1100} gap="xl">
      <Stack gap={0}>
        <PageHeader title="Security" description="How the members of this company sign in." />
        {company.isPending && <LoadingRows rows={2} />}
        <ApiErrorAlert error={company.error} />
        {/* Without the right, the providers' list below carries the API's explanation. */}
        {company.data && holdsCompanyRight(company.data.me, COMPANY_RIGHTS.users) && (
          <ForcedMfa company={company.data} />
        )}
      </Stack>
      <IdentityProviders companyId={companyId} />
    </Stack>
  );
}

function ForcedMfa({ company }: { company: Company }) {
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (mfaRequired: boolean) =>
      unwrap(
        api.PUT('/api/companies/{company}/security', {
          params: { path: { company: company.id } },
          body: { mfaRequired },
        }),
      ),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: ['companies', company.id] });
      notify(
        saved.mfaRequired
          ? 'Two-factor authentication is now required: members without it are asked to turn it on at their next step.'
          : 'Two-factor authentication is no longer required from every member.',
        'green',
      );
    },
  });
  return (
    <Card withBorder component="section" aria-labelledby="mfa-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="mfa-heading">
          Two-factor authentication
        </Title>
        <Switch
          label="Require two-factor authentication from every member"
          description="Members who have not turned it on must do so before they can work in the company. Turn it on for yourself first."
          checked={save.isPending ? Boolean(save.variables) : company.mfaRequired}
          disabled={save.isPending}
          onChange={(e) => save.mutate(e.currentTarget.checked)}
        />
        <ApiErrorAlert error={save.error} title="The setting was not changed" />
        <Text size="xs" c="dimmed">
          Changing this needs the right company.users.manage.
        </Text>
      </Stack>
    </Card>
  );
}
