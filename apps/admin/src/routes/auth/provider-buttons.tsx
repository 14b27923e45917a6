import { Button, Divider, Stack } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';

const SOCIAL_NAMES: Record<string, string> = {
  google: 'Google',
  microsoft: 'Microsoft',
  linkedin: 'LinkedIn',
  facebook: 'Facebook',
};

/**
 * Social sign-in and company identity providers, shown only for those the server has configured;
 * `only` narrows them further to the ones a login template chose, in its order.
 */
export function ProviderButtons({
  redirect,
  only,
  errorPath = '/sign-in',
  divider = true,
}: {
  redirect?: string | undefined;
  only?: string[];
  /** The sign-in screen to come back to when the provider refuses; `?error=` is added. */
  errorPath?: string;
  /** An "or" above the buttons, when a password form comes before them. */
  divider?: boolean;
}) {
  const providers = useQuery({
    queryKey: ['sign-in-providers'],
    queryFn: () => unwrap(api.GET('/api/auth/providers')),
  });
  const start = useMutation({
    mutationFn: (provider: string) =>
      unwrap(
        api.POST('/api/auth/sign-in/{provider}', {
          params: { path: { provider } },
          body: {
            callbackURL: redirect?.startsWith('/') ? redirect : '/',
            errorCallbackURL: errorPath,
          },
        }),
      ),
    onSuccess: ({ url }) => window.location.assign(url),
  });
  const configured = [
    ...(providers.data?.social ?? []).map((id) => ({ id, name: SOCIAL_NAMES[id] ?? id })),
    ...(providers.data?.oidc ?? []).map((p) => ({ id: p.id, name: p.name })),
  ];
  const shown = only ? only.flatMap((id) => configured.filter((p) => p.id === id)) : configured;
  if (shown.length === 0) return null;
  return (
    <Stack gap="xs">
      {divider && <Divider label="or" labelPosition="center" />}
      {shown.map((p) => (
        <Button
          key={p.id}
          variant="default"
          onClick={() => start.mutate(p.id)}
          loading={start.isPending && start.variables === p.id}
        >
          Continue with {p.name}
        </Button>
      ))}
      <ApiErrorAlert error={start.error} />
    </Stack>
  );
}
