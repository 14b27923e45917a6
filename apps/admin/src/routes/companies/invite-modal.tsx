import { Alert, Button, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, api, unwrap } from '../../api/client.js';
import type { Standing } from '../../api/rights.js';
import { notify } from '../../components/notify.js';
import { type RightsChoice, RightsPicker, rightsBody } from './rights-picker.js';

interface Outcome {
  email: string;
  error: string | null;
}

/** The addresses in what was typed or pasted: one per line, or separated by commas, semicolons or spaces. */
/** How many addresses one invitation round takes. */
const MAX_AT_ONCE = 50;

function addressesIn(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((a) => a.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
}

function reason(error: unknown): string {
  if (!(error instanceof ApiError)) return String(error);
  const field = error.fieldErrors.email;
  if (field) return `${field.charAt(0).toUpperCase()}${field.slice(1)}${field.endsWith('.') ? '' : '.'}`;
  return error.message;
}

/**
 * Invite one or several addresses at once with the same rights. Each address gets its own answer:
 * those that failed stay in the box with the reason, so they can be fixed and sent again.
 */
export function InviteModal({
  companyId,
  caller,
  opened,
  onClose,
}: {
  companyId: string;
  caller: Standing | undefined;
  opened: boolean;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [choice, setChoice] = useState<RightsChoice>({ preset: 'editor', rights: [] });
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const invite = useMutation({
    mutationFn: async (emails: string[]) => {
      // A few at a time: each invitation sends a mail, and the server should not get them all at once.
      const settled: PromiseSettledResult<unknown>[] = [];
      for (let i = 0; i < emails.length; i += 5) {
        const batch = emails.slice(i, i + 5).map((email) =>
          unwrap(
            api.POST('/api/companies/{company}/invitations', {
              params: { path: { company: companyId } },
              body: { email, ...rightsBody(choice) },
            }),
          ),
        );
        settled.push(...(await Promise.allSettled(batch)));
      }
      return settled.map(
        (s, i): Outcome => ({
          email: emails[i] ?? '',
          error: s.status === 'rejected' ? reason(s.reason) : null,
        }),
      );
    },
    onSuccess: async (results) => {
      await queryClient.invalidateQueries({ queryKey: ['companies', companyId, 'invitations'] });
      const sent = results.filter((r) => !r.error);
      const failed = results.filter((r) => r.error);
      if (sent.length > 0) {
        notify(
          `Invitation${sent.length === 1 ? '' : 's'} sent to ${sent.map((r) => r.email).join(', ')}. The link works for 7 days.`,
          'green',
        );
      }
      if (failed.length === 0) {
        close();
        return;
      }
      setOutcomes(results);
      setText(failed.map((r) => r.email).join('\n'));
    },
  });
  function close() {
    setText('');
    setOutcomes([]);
    setProblem(null);
    invite.reset();
    onClose();
  }
  function submit(event: React.FormEvent) {
    event.preventDefault();
    const emails = addressesIn(text);
    const tooMany = emails.length > MAX_AT_ONCE;
    setProblem(
      emails.length === 0
        ? 'Enter at least one email address'
        : tooMany
          ? `Invite at most ${MAX_AT_ONCE} people at once; this is ${emails.length}.`
          : null,
    );
    if (emails.length > 0 && !tooMany) invite.mutate(emails);
  }
  const failed = outcomes.filter((o) => o.error);
  const sent = outcomes.filter((o) => !o.error);
  return (
    <Modal opened={opened} onClose={close} title="Invite people" size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Textarea
            label="Email addresses"
            description="One or several: one per line, or separated by commas. Each person gets a link that works once, for 7 days."
            placeholder={'ana@example.com\nben@example.com'}
            autosize
            minRows={3}
            maxRows={8}
            data-autofocus
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={
              problem ?? (failed.length > 0 ? 'These addresses were not invited; see why below.' : undefined)
            }
          />
          {failed.length > 0 && (
            <Alert color="red" title="Not invited" role="alert">
              <List size="sm">
                {failed.map((o) => (
                  <List.Item key={o.email}>
                    <Text span fw={600} size="sm">
                      {o.email}
                    </Text>
                    : {o.error}
                  </List.Item>
                ))}
              </List>
              {sent.length > 0 && (
                <Text size="sm" mt="xs">
                  Invited: {sent.map((o) => o.email).join(', ')}.
                </Text>
              )}
            </Alert>
          )}
          <RightsPicker label="They join as" value={choice} onChange={setChoice} caller={caller} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={invite.isPending}>
              Send invitations
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
