import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { ApiErrorAlert } from './api-error-alert.js';

/** Asks before deleting something whole (a page, a dashboard), says what goes with it, and shows a refusal. */
export function DeleteModal({
  title,
  consequence,
  action,
  opened,
  onClose,
  onDelete,
  onDeleted,
}: {
  /** The question: "Delete Open roles?" */
  title: string;
  /** What goes with it, in one or two sentences. */
  consequence: string;
  /** The button's words: "Delete page". */
  action: string;
  opened: boolean;
  onClose: () => void;
  onDelete: () => Promise<unknown>;
  onDeleted: () => Promise<void>;
}) {
  const remove = useMutation({
    mutationFn: onDelete,
    onSuccess: async () => {
      onClose();
      await onDeleted();
    },
  });
  return (
    <Modal opened={opened} onClose={onClose} title={title}>
      <Stack>
        <Text size="sm">{consequence}</Text>
        <ApiErrorAlert error={remove.error} title="Not deleted" />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color="red" onClick={() => remove.mutate()} loading={remove.isPending}>
            {action}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
