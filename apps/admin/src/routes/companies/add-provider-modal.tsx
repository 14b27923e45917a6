import { Button, Group, Modal, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, unwrap } from '../../api/client.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { showFieldErrors } from '../../components/form-errors.js';
import { notify } from '../../components/notify.js';

/**
 * Add an OpenID Connect provider. Charter reads the issuer's discovery document first; when it
 * cannot, the check's answer appears under the issuer field.
 */
export function AddProviderModal({
  companyId,
  opened,
  onClose,
}: {
  companyId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: { displayName: '', providerId: '', issuer: '', clientId: '', clientSecret: '' },
    validate: {
      displayName: (v) => (v.trim() ? null : 'Name the provider as members will see it'),
      issuer: (v) => (/^https?:\/\//.test(v) ? null : 'Enter the issuer address, starting with https://'),
      clientId: (v) => (v ? null : 'Enter the client id from your provider'),
      clientSecret: (v) => (v ? null : 'Enter the client secret from your provider'),
    },
  });
  const add = useMutation({
    mutationFn: (v: typeof form.values) =>
      unwrap(
        api.POST('/api/companies/{company}/identity-providers', {
          params: { path: { company: companyId } },
          body: { ...v, providerId: v.providerId || slug(v.displayName) },
        }),
      ),
    onSuccess: async (p) => {
      await queryClient.invalidateQueries({ queryKey: ['companies', companyId, 'identity-providers'] });
      notify(
        `${p.displayName} is added: its discovery document checked out. Give your provider the redirect address shown in the list.`,
        'green',
      );
      close();
    },
    onError: (error) => {
      showFieldErrors(form, error);
      if (error instanceof ApiError && error.code === 'ISSUER_NOT_DISCOVERABLE') {
        form.setFieldError('issuer', `Discovery check failed: ${error.fieldErrors.issuer ?? error.message}`);
      }
    },
  });
  function close() {
    form.reset();
    add.reset();
    onClose();
  }
  const placed = Object.keys(form.errors).length > 0;
  return (
    <Modal opened={opened} onClose={close} title="Add an identity provider" size="lg">
      <form onSubmit={form.onSubmit((v) => add.mutate(v))} noValidate>
        <Stack gap="sm">
          <TextInput
            label="Name"
            description="What members see on the sign-in button, such as “Acme staff”."
            required
            data-autofocus
            {...form.getInputProps('displayName')}
          />
          <TextInput
            label="Provider id"
            description="Lower-case letters, digits and dashes; used in the redirect address. Left empty, it is made from the name."
            placeholder={slug(form.values.displayName) || 'acme-staff'}
            {...form.getInputProps('providerId')}
          />
          <TextInput
            label="Issuer"
            description="The address of your provider; Charter checks its discovery document (/.well-known/openid-configuration)."
            placeholder="https://login.example.com"
            required
            {...form.getInputProps('issuer')}
          />
          <TextInput label="Client id" required {...form.getInputProps('clientId')} />
          <PasswordInput
            label="Client secret"
            description="Kept encrypted; it is never shown again."
            required
            autoComplete="off"
            {...form.getInputProps('clientSecret')}
          />
          <ApiErrorAlert error={placed ? null : add.error} title="The provider was not added" />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={add.isPending}>
              Check and add
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function slug(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63);
}
