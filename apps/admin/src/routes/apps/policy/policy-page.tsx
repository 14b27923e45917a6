import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Code,
  FileButton,
  Group,
  Modal,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { Download, Eye, Upload } from 'lucide-react';
import { useState } from 'react';
import { DATA_MODEL_EDIT, DATA_MODEL_READ } from '../../../api/data-model.js';
import { pagesQuery } from '../../../api/pages.js';
import {
  exportPolicyText,
  type ImportResult,
  importPolicy,
  type LintWarning,
  lintQuery,
} from '../../../api/policy.js';
import { rulesQuery } from '../../../api/rules.js';
import { ApiErrorAlert } from '../../../components/api-error-alert.js';
import { TextLink } from '../../../components/links.js';
import { notifyDone } from '../../../components/notify.js';
import { LoadingRows, PageHeader } from '../../../components/page.js';
import { useWorkspace } from '../../../shell/context.js';
import { ImportDiff } from './import-diff.js';
import { downloadText, fileStem, RuleLink } from './shared.js';

const route = getRouteApi('/signed-in/apps/$app/policy');

/** Policy as code (export, import with its dry run) and the lint of the live policy. */
export function PolicyPage() {
  const { app: appId } = route.useParams();
  const { app, canApp } = useWorkspace();
  const canRead = canApp(DATA_MODEL_READ);
  const canImport = canApp(DATA_MODEL_EDIT);
  return (
    <Stack maw={1100}>
      <PageHeader
        title="Policy"
        description="The app's roles, custom rights, collection switches, data rules and pages as one file: download it, keep it in version control, and import a changed copy after seeing what it changes."
      />
      {/* Without the right, the lint's refusal is the API's explanation of what is missing. */}
      <LintCard appId={appId} />
      {canRead && <ExportCard appId={appId} appName={app?.name ?? 'app'} />}
      {canImport ? (
        // A file previewed for one app is not previewed for another.
        <ImportCard key={appId} appId={appId} />
      ) : (
        canRead && (
          <Text size="sm" c="dimmed">
            Importing a policy file needs the right app.dataformats.edit.
          </Text>
        )
      )}
    </Stack>
  );
}

function ExportCard({ appId, appName }: { appId: string; appName: string }) {
  const exported = useMutation({ mutationFn: () => exportPolicyText(appId) });
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={2} size="h4">
          Export
        </Title>
        <Text size="sm">
          A JSON file (format <Code>charter.policy</Code>) that names roles, rights and collections by their
          keys, never by ids, so it imports into this app or a copy of it. Two exports of the same policy are
          the same bytes. Who holds which role is not in it.
        </Text>
        <Group>
          <Button
            leftSection={<Download size={16} />}
            loading={exported.isPending}
            onClick={() =>
              exported.mutate(undefined, {
                onSuccess: (text) =>
                  downloadText(text, `${fileStem(appName)}.policy.json`, 'application/json'),
              })
            }
          >
            Download policy file
          </Button>
        </Group>
        <ApiErrorAlert error={exported.error} />
      </Stack>
    </Card>
  );
}

function ImportCard({ appId }: { appId: string }) {
  const queryClient = useQueryClient();
  const rules = useQuery(rulesQuery(appId));
  // Linking changed pages to their editor needs app.templates.read; without it they are named only.
  const pages = useQuery({ ...pagesQuery(appId), retry: false });
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [prune, setPrune] = useState(false);
  const [parseError, setParseError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const preview = useMutation({
    mutationFn: (document: Record<string, unknown>) => importPolicy(appId, document, { dryRun: true, prune }),
  });
  const apply = useMutation({
    mutationFn: (document: Record<string, unknown>) =>
      importPolicy(appId, document, { dryRun: false, prune }),
    onSuccess: async (result) => {
      setConfirming(false);
      preview.reset();
      setText('');
      setFileName(null);
      notifyDone('Policy imported', `The app's policy is now at version ${result.policyVersion}.`);
      await queryClient.invalidateQueries({ queryKey: ['apps', appId] });
    },
  });

  const parsed = (): Record<string, unknown> | null => {
    try {
      const value = JSON.parse(text) as unknown;
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        setParseError('The file must be a JSON object, as the export writes it.');
        return null;
      }
      setParseError(null);
      return value as Record<string, unknown>;
    } catch (error) {
      setParseError(`This is not valid JSON: ${(error as Error).message}`);
      return null;
    }
  };
  const change = (next: string) => {
    setText(next);
    preview.reset();
    apply.reset();
    setParseError(null);
  };
  const result: ImportResult | undefined = preview.data;
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={2} size="h4">
          Import
        </Title>
        <Text size="sm">
          Upload or paste a policy file. The preview applies it in a transaction that is rolled back and shows
          what it adds, changes and removes and who gains or loses access; nothing is saved until you apply
          it.
        </Text>
        <Group gap="xs">
          <FileButton
            accept=".json,application/json"
            onChange={async (file) => {
              if (!file) return;
              setFileName(file.name);
              change(await file.text());
            }}
          >
            {(props) => (
              <Button {...props} variant="default" leftSection={<Upload size={16} />}>
                Upload policy file
              </Button>
            )}
          </FileButton>
          {fileName && (
            <Text size="sm" c="dimmed">
              {fileName}
            </Text>
          )}
        </Group>
        <Textarea
          label="Policy file"
          description="The JSON of an exported policy file, as it is or changed."
          autosize
          minRows={4}
          maxRows={14}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 12 } }}
          value={text}
          onChange={(e) => change(e.currentTarget.value)}
          error={parseError}
        />
        <Checkbox
          label="Also remove roles and custom rights that people still hold (they lose them)"
          checked={prune}
          onChange={(e) => {
            setPrune(e.currentTarget.checked);
            preview.reset();
          }}
        />
        <Group>
          <Button
            variant="light"
            leftSection={<Eye size={16} />}
            disabled={text.trim() === ''}
            loading={preview.isPending}
            onClick={() => {
              const document = parsed();
              if (document) preview.mutate(document);
            }}
          >
            Preview import
          </Button>
        </Group>
        <ApiErrorAlert error={preview.error} title="The file cannot be imported" />
        {result && (
          <>
            <ImportDiff
              appId={appId}
              result={result}
              rules={rules.data?.items ?? []}
              pages={pages.data?.items ?? []}
            />
            <Group>
              <Button disabled={result.unchanged} onClick={() => setConfirming(true)}>
                Apply import
              </Button>
              {result.unchanged && (
                <Text size="sm" c="dimmed">
                  Nothing to apply.
                </Text>
              )}
            </Group>
          </>
        )}
      </Stack>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title="Apply this policy file?">
        {result && (
          <Stack>
            <Text size="sm">
              The app's roles, rights and rules become exactly the file's, in one step.{' '}
              {result.impact.users.length === 0
                ? 'Nobody gains or loses access.'
                : `${result.impact.users.filter((u) => u.gains.length > 0).length} people gain and ${result.impact.users.filter((u) => u.losses.length > 0).length} lose access, as listed.`}
            </Text>
            <ApiErrorAlert error={apply.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirming(false)}>
                Cancel
              </Button>
              <Button
                loading={apply.isPending}
                onClick={() => {
                  const document = parsed();
                  if (document) apply.mutate(document);
                }}
              >
                Apply import
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Card>
  );
}

function LintCard({ appId }: { appId: string }) {
  const lint = useQuery(lintQuery(appId));
  const rules = useQuery(rulesQuery(appId));
  const warnings = lint.data?.warnings ?? [];
  const count = (s: LintWarning['severity']) => warnings.filter((w) => w.severity === s).length;
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={2} size="h4">
          Lint
        </Title>
        <Text size="sm">
          Rules and roles that are valid but probably not what was meant. A warning is probably a mistake; a
          note is worth a look but is often intended.
        </Text>
        {lint.isPending && <LoadingRows rows={2} />}
        <ApiErrorAlert error={lint.error} />
        {lint.data && warnings.length === 0 && (
          <Alert color="green" role="status" title="No findings">
            <Text size="sm">Lint finds nothing to point out in this policy.</Text>
          </Alert>
        )}
        {warnings.length > 0 && (
          <>
            <Text size="sm" fw={500}>
              {count('warning')} {count('warning') === 1 ? 'warning' : 'warnings'}, {count('info')}{' '}
              {count('info') === 1 ? 'note' : 'notes'}
            </Text>
            <Table.ScrollContainer
              minWidth={560}
              type="native"
              tabIndex={0}
              role="region"
              aria-label="Lint findings"
            >
              <Table verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={110}>Severity</Table.Th>
                    <Table.Th>About</Table.Th>
                    <Table.Th>Finding</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {warnings.map((w, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: two findings may share code and subject
                    <Table.Tr key={`${w.code}:${i}`}>
                      <Table.Td miw={104}>
                        <Badge
                          color={w.severity === 'warning' ? 'orange' : 'blue'}
                          c={w.severity === 'warning' ? 'dark.7' : 'blue.9'}
                          variant="outline"
                        >
                          {w.severity === 'warning' ? 'Warning' : 'Note'}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        <Subject
                          appId={appId}
                          warning={w}
                          ruleName={rules.data?.items.find((r) => r.id === w.ruleId)?.name}
                        />
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{w.message}</Text>
                        <Text size="xs" c="dimmed">
                          {w.code}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        )}
      </Stack>
    </Card>
  );
}

function Subject({
  appId,
  warning,
  ruleName,
}: {
  appId: string;
  warning: LintWarning;
  ruleName: string | undefined;
}) {
  if (warning.ruleId)
    return (
      <Stack gap={0}>
        <RuleLink app={appId} ruleId={warning.ruleId} name={ruleName ?? 'The rule'} />
        {warning.collection && (
          <Text size="xs" c="dimmed">
            on {warning.collection}
          </Text>
        )}
      </Stack>
    );
  if (warning.role)
    return (
      <TextLink to="/apps/$app/roles" params={{ app: appId }} size="sm" fw={600}>
        Role {warning.role}
      </TextLink>
    );
  if (warning.collection)
    return (
      <TextLink
        to="/apps/$app/data-model/$collection"
        params={{ app: appId, collection: warning.collection }}
        size="sm"
        fw={600}
      >
        {warning.collection}
        {warning.field ? `.${warning.field}` : ''}
      </TextLink>
    );
  return <Text size="sm">The app</Text>;
}
