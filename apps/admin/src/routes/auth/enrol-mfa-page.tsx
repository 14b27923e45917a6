import { Alert, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { Lock } from 'lucide-react';
import { AuthCard } from '../../components/auth-card.js';
import { TextLink } from '../../components/links.js';
import { MfaEnrolment } from '../../components/mfa-enrolment.js';
import { insidePath } from '../../components/return-to.js';

const route = getRouteApi('/enrol-mfa');

/** Forced enrolment: a company or a role asks for two-factor authentication before its screens open. */
export function EnrolMfaPage() {
  const { redirect } = route.useSearch();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return (
    <AuthCard title="Turn on two-factor authentication">
      <Alert color="orange" icon={<Lock size={18} />} title="Required before you continue">
        <Text size="sm">
          The company you are opening, or one of your roles in it, asks everyone to sign in with a code from
          an authenticator app as well as a password. Set it up once here; then you go on where you were
          going.
        </Text>
      </Alert>
      <MfaEnrolment
        doneLabel="Continue"
        onDone={async () => {
          await queryClient.invalidateQueries();
          await navigate({ href: insidePath(redirect) ?? '/', replace: true });
        }}
      />
      <Text size="sm" ta="center">
        Not now?{' '}
        <TextLink to="/" search={{}}>
          Go to your companies
        </TextLink>
      </Text>
    </AuthCard>
  );
}
