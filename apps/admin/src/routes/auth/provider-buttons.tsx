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

/** Social sign-in and company identity providers, shown only for those the server has configured. */
export function ProviderButtons({ redirect }: { redirect?: string }) {
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
            errorCallbackURL: '/sign-in',
          },
        }),
      ),
    onSuccess: ({ url }) => window.location.assign(url),
  });
  const social = providers.data?.social ?? [];
  const oidc = providers.data?.oidc ?? [];
  if (social.length + oidc.length === 0) return null;
  return (
    <Stack gap="xs">
      <Divider label="or" labelPosition="center" />
      {social.map((id) => (
        <Button
          key={id}
          variant="default"
          onClick={() => start.mutate(id)}
          loading={start.isPending && start.variables === id}
        >
          Continue with {SOCIAL_NAMES[id] ?? id}
        </Button>
      ))}
      {oidc.map((p) => (
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
