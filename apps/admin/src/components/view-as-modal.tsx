import {
  Alert,
  Button,
  Checkbox,
  Group,
  List,
  Modal,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { Eye, Lock } from 'lucide-react';
import { VIEW_AS_MINUTES } from '../api/access.js';
import { appQuery } from '../api/apps.js';
import { ApiError, api, unwrap } from '../api/client.js';
import { holdsAppRight, rightsCatalogueQuery } from '../api/rights.js';
import { useWorkspace } from '../shell/context.js';
import { ApiErrorAlert } from './api-error-alert.js';

/** The person to view the app as: their email (or account id), and a name to call them by. */
export interface ViewAsTarget {
  user: string;
  name: string;
}

// What VIEW_AS_TARGET_MORE_PRIVILEGED lists besides rights, in the words the backoffice uses.
const STANDING: Record<string, string> = {
  'company owner': 'Owner of the company',
  'flag builder': 'Modify App: may change the app (every backoffice right)',
  'flag allData': 'Access All Data: the data rules do not apply to them',
  'flag internal': 'Team Member: an internal user, not a client',
};

/** One entry of `details.missing`, in words: a flag, a standing, or a right with what it allows. */
export function missingInWords(entry: string, describe: (key: string) => string | undefined): string {
  const standing = STANDING[entry];
  if (standing) return standing;
  const platform = /^platform role (.+)$/.exec(entry);
  if (platform) return `Platform ${platform[1]}: a role over the whole Charter installation`;
  const description = describe(entry);
  return description ? `${entry}: ${description}` : `${entry} (a custom right of this app)`;
}

/**
 * Starts viewing the app as someone: a reason for the audit log, how long, and (for those who may
 * write all data themselves) whether changes are allowed. The API refuses a target who holds more
 * than the caller; the refusal lists what, in words.
 */
export function ViewAsModal({
  appId,
  target,
  onClose,
  page,
}: {
  appId: string;
  target: ViewAsTarget | null;
  onClose: () => void;
  /** The end-user app's page to open on (its slug); the app's first page if left out. */
  page?: string | undefined;
}) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { company, app } = useWorkspace();
  // The API allows writes only to those who may write every record of the app themselves.
  const mayAllowWrites = Boolean(
    app?.you.owner || (app?.you.allData && holdsAppRight(company, app?.you, 'app.data.edit')),
  );
  const form = useForm({
    initialValues: { reason: '', minutes: '30', writes: false },
    validate: {
      reason: (v) => (v.trim().length < 3 ? 'Say why, in a few words: it goes to the audit log.' : null),
    },
  });
  const start = useMutation({
    mutationFn: (values: typeof form.values) =>
      unwrap(
        api.POST('/api/apps/{app}/access/view-as', {
          params: { path: { app: appId } },
          body: {
            user: target?.user ?? '',
            reason: values.reason.trim(),
            minutes: Number(values.minutes),
            writes: values.writes,
          },
        }),
      ),
    onSuccess: async () => {
      close();
      // The app as the person uses it: its end-user app, under the banner.
      const slug = app?.slug ?? (await queryClient.fetchQuery(appQuery(appId))).slug;
      if (page) await navigate({ to: '/a/$appSlug/$pageSlug', params: { appSlug: slug, pageSlug: page } });
      else await navigate({ to: '/a/$appSlug', params: { appSlug: slug } });
      // Every answer from now on is the other person's: nothing cached as the builder may stay.
      await queryClient.resetQueries();
    },
  });
  const close = () => {
    form.reset();
    start.reset();
    onClose();
  };
  return (
    <Modal opened={target !== null} onClose={close} size="lg" title={`View the app as ${target?.name ?? ''}`}>
      <form onSubmit={form.onSubmit((values) => start.mutate(values))}>
        <Stack>
          <Text size="sm">
            Every screen of this app then shows what {target?.name} sees, and nothing else of the backoffice
            is open until you stop. The reason and both your names go to the audit log.
          </Text>
          <ViewAsRefusal error={start.error} name={target?.name ?? ''} />
          <Textarea
            label="Reason"
            description="Why you need to see the app as them"
            placeholder="Melissa reports a missing position"
            withAsterisk
            autosize
            minRows={2}
            maxLength={500}
            {...form.getInputProps('reason')}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="view-as-minutes">
              For how long
            </Text>
            <SegmentedControl
              aria-labelledby="view-as-minutes"
              data={VIEW_AS_MINUTES.map((m) => ({ value: String(m), label: `${m} min` }))}
              {...form.getInputProps('minutes')}
            />
          </Stack>
          <Checkbox
            label={`Allow changes, made as ${target?.name ?? 'them'} under their rules`}
            description={
              mayAllowWrites
                ? 'Off: the view is read-only.'
                : 'Only for those who may write all data of this app themselves (company owner, or Access All Data with app.data.edit). The view is read-only.'
            }
            disabled={!mayAllowWrites}
            {...form.getInputProps('writes', { type: 'checkbox' })}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" leftSection={<Eye size={16} />} loading={start.isPending}>
              View as {target?.name}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Why the API refused: for a more privileged target, what they hold that the caller does not. */
function ViewAsRefusal({ error, name }: { error: unknown; name: string }) {
  const catalogue = useQuery(rightsCatalogueQuery);
  if (!(error instanceof ApiError) || error.code !== 'VIEW_AS_TARGET_MORE_PRIVILEGED') {
    return <ApiErrorAlert error={error} title="The view did not start" />;
  }
  const listed = Array.isArray(error.details.missing) ? (error.details.missing as string[]) : [];
  // Standing and flags first: they say most about who this person is; the rights follow.
  const isRight = (entry: string) => !entry.includes(' ');
  const missing = [...listed.filter((e) => !isRight(e)), ...listed.filter(isRight)];
  const all = [...(catalogue.data?.company ?? []), ...(catalogue.data?.app ?? [])];
  const describe = (key: string) => all.find((r) => r.key === key)?.description;
  return (
    <Alert color="orange" icon={<Lock size={18} />} title={`You cannot view the app as ${name}`} role="alert">
      <Text size="sm">
        {name} holds what you do not, and a view never shows more than you may see yourself. What you lack:
      </Text>
      <List size="sm" mt={4} aria-label="What you lack">
        {missing.map((entry) => (
          <List.Item key={entry}>{missingInWords(entry, describe)}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
