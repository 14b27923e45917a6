import { Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { api, unwrap } from '../../api/client.js';
import type { Company } from '../../api/companies.js';
import { ApiErrorAlert } from '../../components/api-error-alert.js';
import { notify } from '../../components/notify.js';

/** Leaving a company, after a confirmation; the last owner is told to hand ownership on first. */
export function LeaveCompany({ company }: { company: Company }) {
  const [opened, { open, close }] = useDisclosure();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const leave = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/companies/{company}/leave', { params: { path: { company: company.id } } })),
    onSuccess: async () => {
      close();
      notify(`You left ${company.name}.`);
      await navigate({ to: '/' });
      queryClient.removeQueries({ queryKey: ['companies', company.id] });
      await queryClient.invalidateQueries({ queryKey: ['companies'] });
      // Leaving also ends your use of the company's applications.
      await queryClient.invalidateQueries({ queryKey: ['apps'] });
    },
  });
  return (
    <Card withBorder component="section" aria-labelledby="leave-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="leave-heading">
          Leave {company.name}
        </Title>
        <Text size="sm">
          You lose access to the company and its applications. A company always keeps at least one owner:
          {company.me.isOwner
            ? ' if you are its only owner, make another member owner on the Members screen first.'
            : ' its owners stay.'}
        </Text>
        <div>
          <Button color="red" variant="light" onClick={open}>
            Leave company
          </Button>
        </div>
      </Stack>
      <Modal opened={opened} onClose={close} title={`Leave ${company.name}?`}>
        <Stack gap="sm">
          <Text size="sm">
            You will no longer see {company.name} or its applications. To come back, a member who manages its
            users has to invite you again.
          </Text>
          <ApiErrorAlert error={leave.error} title="You are still a member" />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Stay
            </Button>
            <Button color="red" loading={leave.isPending} onClick={() => leave.mutate()}>
              Leave {company.name}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
