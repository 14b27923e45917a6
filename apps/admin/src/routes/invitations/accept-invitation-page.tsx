import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { Building2, CircleAlert } from 'lucide-react';
import { ApiError, api, unwrap } from '../../api/client.js';
import { rightsCatalogueQuery } from '../../api/rights.js';
import { meQuery, useMe } from '../../api/session.js';
import type { Ok } from '../../api/types.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { AuthCard } from '../../components/auth-card.js';
import { ButtonLink, TextLink } from '../../components/links.js';
import { notify } from '../../components/notify.js';
import { LoadingRows } from '../../components/page.js';

const route = getRouteApi('/invitations/accept');

type Preview = Ok<'previewInvitation'>;

/**
 * Where the invitation mail's link lands: what the invitation is for, then accepting it. A visitor
 * signs in (and comes back here) or registers first; a used, revoked or expired link says so.
 */
export function AcceptInvitationPage() {
  const { token } = route.useSearch();
  const preview = useQuery({
    queryKey: ['invitation-preview', token],
    queryFn: () => unwrap(api.POST('/api/invitations/preview', { body: { token: token ?? '' } })),
    enabled: Boolean(token),
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const me = useMe();

  if (!token || (preview.error instanceof ApiError && preview.error.status === 400)) {
    return (
      <AuthCard title="This invitation can no longer be used">
        <Alert color="orange" icon={<CircleAlert size={18} />} role="alert">
          <Text size="sm">
            {token
              ? 'It was already accepted, revoked, or it expired: invitation links work once, for 7 days.'
              : 'The link is incomplete. Open it again from the invitation mail, or copy the whole address.'}
          </Text>
        </Alert>
        <Text size="sm">
          Ask the person who invited you to send the invitation again from the company's Members screen; a new
          mail with a fresh link will arrive. If you already accepted, sign in and you will find the company
          on your home page.
        </Text>
        <ButtonLink to="/" variant="default">
          Go to Charter
        </ButtonLink>
      </AuthCard>
    );
  }
  if (preview.isPending || me.isPending) {
    return (
      <AuthCard title="Your invitation">
        <LoadingRows rows={3} />
      </AuthCard>
    );
  }
  if (!preview.data) {
    return (
      <AuthCard title="Your invitation">
        <ApiErrorAlert error={preview.error} />
      </AuthCard>
    );
  }
  return (
    <AuthCard title={`Join ${preview.data.companyName}`}>
      <InvitationSummary preview={preview.data} />
      {me.data ? (
        me.data.email.toLowerCase() === preview.data.email.toLowerCase() ? (
          <AcceptButton token={token} preview={preview.data} />
        ) : (
          <WrongAccount invited={preview.data.email} signedInAs={me.data.email} token={token} />
        )
      ) : (
        <SignedOut preview={preview.data} token={token} />
      )}
    </AuthCard>
  );
}

function InvitationSummary({ preview }: { preview: Preview }) {
  const catalogue = useQuery(rightsCatalogueQuery).data;
  return (
    <Stack gap="xs">
      <Text size="sm">
        <Building2 size={14} aria-hidden="true" style={{ verticalAlign: 'middle' }} />{' '}
        {preview.inviterName ?? 'A member'} invited <strong>{preview.email}</strong> to join{' '}
        <strong>{preview.companyName}</strong> on Charter.
      </Text>
      {preview.rights.length === 0 ? (
        <Text size="sm">
          You join as an <strong>Editor</strong>: no company rights; you work in the applications where you
          are given a role.
        </Text>
      ) : (
        <>
          <Text size="sm">You join with these company rights:</Text>
          <List size="sm">
            {preview.rights.map((key) => (
              <List.Item key={key}>
                {catalogue?.company.find((r) => r.key === key)?.description ?? key}
              </List.Item>
            ))}
          </List>
        </>
      )}
      <Text size="xs" c="dimmed">
        The invitation is valid until {new Date(preview.expiresAt).toLocaleString()}.
      </Text>
    </Stack>
  );
}

function AcceptButton({ token, preview }: { token: string; preview: Preview }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const accept = useMutation({
    mutationFn: () => unwrap(api.POST('/api/invitations/accept', { body: { token } })),
    onSuccess: async ({ companyId }) => {
      await queryClient.invalidateQueries({ queryKey: ['companies'] });
      notify(`Welcome to ${preview.companyName}.`, 'green');
      await navigate({ to: '/companies/$company', params: { company: companyId }, replace: true });
    },
  });
  const code = accept.error instanceof ApiError ? accept.error.code : null;
  return (
    <Stack gap="sm">
      {code === 'EMAIL_NOT_VERIFIED' ? (
        <Alert color="orange" title="Confirm your email address first" role="alert">
          <Text size="sm">
            Open the confirmation link we mailed to {preview.email}, then come back to this page and accept.
          </Text>
        </Alert>
      ) : code === 'ALREADY_MEMBER' ? (
        <Alert color="blue" title="You are already a member" role="alert">
          <Text size="sm">
            {preview.companyName} is already one of your companies.{' '}
            <TextLink to="/">Go to your companies</TextLink>
          </Text>
        </Alert>
      ) : (
        <ApiErrorAlert error={accept.error} title="The invitation was not accepted" />
      )}
      <Button onClick={() => accept.mutate()} loading={accept.isPending} fullWidth>
        Accept and join {preview.companyName}
      </Button>
    </Stack>
  );
}

function here(token: string): string {
  return `/invitations/accept?token=${encodeURIComponent(token)}`;
}

function SignedOut({ preview, token }: { preview: Preview; token: string }) {
  return (
    <Stack gap="sm">
      <Text size="sm">Sign in as {preview.email} to accept. You will come back here afterwards.</Text>
      <ButtonLink to="/sign-in" search={{ redirect: here(token) }} fullWidth>
        Sign in to accept
      </ButtonLink>
      <Text size="sm">
        No account yet? Create one with {preview.email} and confirm it from the mail we send; after you sign
        in, you come back here.
      </Text>
      <ButtonLink
        to="/register"
        search={{ redirect: here(token), email: preview.email }}
        variant="default"
        fullWidth
      >
        Create an account
      </ButtonLink>
    </Stack>
  );
}

function WrongAccount({
  invited,
  signedInAs,
  token,
}: {
  invited: string;
  signedInAs: string;
  token: string;
}) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  async function switchAccount() {
    await api.POST('/api/auth/logout');
    // Nothing of the previous account stays cached for the next one.
    queryClient.clear();
    queryClient.setQueryData(meQuery.queryKey, null);
    await navigate({ to: '/sign-in', search: { redirect: here(token) } });
  }
  return (
    <Stack gap="sm">
      <Alert color="orange" role="alert" title="This invitation is for another address">
        <Text size="sm">
          You are signed in as {signedInAs}, but the invitation is for {invited}. Sign in as {invited} to
          accept it, or ask for an invitation to {signedInAs}.
        </Text>
      </Alert>
      <Button onClick={switchAccount} fullWidth>
        Sign out and sign in as {invited}
      </Button>
    </Stack>
  );
}
