import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client.js';
import { type CustomRight, customRightQuery } from '../../../api/roles.js';
import type { Ok } from '../../../api/types.js';
import { ApiErrorAlert } from '../../../components/api-error-alert.js';
import { notifyDone } from '../../../components/notify.js';
import { LoadingRows } from '../../../components/page.js';

/**
 * Deletes a custom right after saying what that does: the roles that hold it lose it, and the rules
 * whose conditions test it stay but their test is false for everyone from then on.
 */
export function DeleteRightModal({
  appId,
  right,
  onClose,
}: {
  appId: string;
  right: CustomRight | null;
  onClose: () => void;
}) {
  return (
    <Modal
      opened={Boolean(right)}
      onClose={onClose}
      title={right ? `Delete the right ${right.name}?` : ''}
      size="lg"
    >
      {right && <DeleteRight key={right.key} appId={appId} right={right} onClose={onClose} />}
    </Modal>
  );
}

function DeleteRight({ appId, right, onClose }: { appId: string; right: CustomRight; onClose: () => void }) {
  const queryClient = useQueryClient();
  // The server reads every rule's parsed condition for this right, and the roles that hold it.
  const use = useQuery(customRightQuery(appId, right.key));
  const holders = use.data?.usedBy.roles ?? [];
  const using = use.data?.usedBy.rules ?? [];
  const remove = useMutation({
    mutationFn: () =>
      unwrap(
        api.DELETE('/api/apps/{app}/rights/{right}', { params: { path: { app: appId, right: right.key } } }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['apps', appId] });
      notifyDone('Right deleted', `${right.name} is gone.`);
      onClose();
    },
  });
  return (
    <Stack gap="sm">
      <Text size="sm">
        Deleting {right.name} takes it away from every role and every user who holds it. This cannot be
        undone.
      </Text>
      {use.isPending && <LoadingRows rows={2} />}
      {use.data && (
        <Text size="sm">
          {holders.length === 0
            ? 'No role holds it.'
            : `Roles that lose it: ${holders.map((r) => r.name).join(', ')}.`}
        </Text>
      )}
      {use.data?.usedBy.rules === null && (
        <Text size="sm">
          The rules that test it are not listed: reading the data rules needs the right Read data formats,
          which you do not hold. Their test becomes false for everyone once the right is gone.
        </Text>
      )}
      {use.data?.usedBy.rules && using.length === 0 && <Text size="sm">No rule tests it.</Text>}
      {using.length > 0 && (
        <Stack gap={4} aria-label="Rules that use this right" component="section">
          <Text size="sm" fw={600}>
            {using.length === 1 ? 'This rule tests it' : `These ${using.length} rules test it`}:
          </Text>
          <List size="sm">
            {using.map((r) => (
              <List.Item key={r.id}>
                <Text span fw={600} size="sm">
                  {r.name}
                </Text>{' '}
                ({ruleKind(r)}) on {r.collection}: <code>{r.condition}</code>
              </List.Item>
            ))}
          </List>
          <Text size="sm">
            The rules stay, but once the right is gone nobody holds it, so their test is false for everyone: a
            grant no longer opens anything, a guard or field condition keeps it closed. Change those rules
            first if that is not what you want.
          </Text>
        </Stack>
      )}
      {use.error && <ApiErrorAlert error={use.error} title="What uses this right could not be listed" />}
      <ApiErrorAlert error={remove.error} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button color="red" onClick={() => remove.mutate()} loading={remove.isPending}>
          Delete right
        </Button>
      </Group>
    </Stack>
  );
}

type RuleUse = NonNullable<Ok<'getCustomRight'>['usedBy']['rules']>[number];

// "grant: read, update", "guard: delete", "field condition: write" — what the rule is about.
function ruleKind(rule: RuleUse): string {
  if (rule.kind === 'fieldCondition') return `field condition, ${rule.access ?? 'read'}`;
  return `${rule.kind}: ${rule.actions.join(', ')}`;
}
