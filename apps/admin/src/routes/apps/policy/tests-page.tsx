import {
  Alert,
  Badge,
  Button,
  Card,
  Code,
  FileButton,
  Group,
  List,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { CircleCheck, CircleX, Download, FlaskConical, Play, RotateCcw, Upload } from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import { ApiError, type FieldIssue } from '../../../api/client.js';
import { collectionsQuery } from '../../../api/data-model.js';
import {
  type MutationReport,
  runMutationCheck,
  runTests,
  type TestReport,
  type TestResult,
} from '../../../api/policy.js';
import { rolesQuery } from '../../../api/roles.js';
import { rulesQuery } from '../../../api/rules.js';
import { ApiErrorAlert } from '../../../components/api-error-alert.js';
import { LoadingRows, PageHeader } from '../../../components/page.js';
import { useWorkspace } from '../../../shell/context.js';
import { exampleFixture } from './example-fixture.js';
import { FixtureEditor, type FixtureProblem, lineOf } from './fixture-editor.js';
import { downloadText, fileStem, KindBadge, RuleLink } from './shared.js';

const route = getRouteApi('/signed-in/apps/$app/policy/tests');

// The fixture being written survives a reload: it is kept in this browser, per app.
const storageKey = (app: string) => `charter.permission-tests.${app}`;

/** Permission tests: a fixture of expected decisions, run against the app's live policy. */
export function PermissionTestsPage() {
  const { app: appId } = route.useParams();
  // Another app is another fixture and other results: start afresh rather than reuse state.
  return <PermissionTests key={appId} appId={appId} />;
}

function PermissionTests({ appId }: { appId: string }) {
  const { app } = useWorkspace();
  const collections = useQuery(collectionsQuery(appId));
  const roles = useQuery(rolesQuery(appId));
  const [text, setText] = useState<string | null>(() => localStorage.getItem(storageKey(appId)));
  const example = useMemo(
    () =>
      app && collections.data && (roles.data || roles.error)
        ? exampleFixture(app.name, roles.data?.items ?? [], collections.data.items)
        : null,
    [app, collections.data, roles.data, roles.error],
  );
  // Without a kept fixture, the screen starts from the example once the app's shape is known.
  useEffect(() => {
    if (text === null && example !== null) setText(example);
  }, [text, example]);

  const run = useMutation({ mutationFn: (fixture: string) => runTests(appId, fixture) });
  const mutations = useMutation({ mutationFn: (fixture: string) => runMutationCheck(appId, fixture) });
  const edit = (next: string) => {
    setText(next);
    localStorage.setItem(storageKey(appId), next);
  };
  // A fixture from a file or the example is a new one: the last results were about another.
  const replace = (next: string) => {
    run.reset();
    mutations.reset();
    edit(next);
  };
  const ranOn = run.variables ?? mutations.variables;
  const stale = ranOn !== undefined && ranOn !== text && (run.data || mutations.data);
  const invalid = [run.error, mutations.error].find(
    (e): e is ApiError => e instanceof ApiError && e.code === 'POLICY_TEST_INVALID',
  );
  const issues = invalid ? ((invalid.details.issues as FieldIssue[] | undefined) ?? []) : [];
  const problems = useMemo<FixtureProblem[]>(
    () =>
      issues.flatMap((i) => {
        const line = text === null ? null : lineOf(text, i.field);
        return line === null ? [] : [{ line, message: `${i.field}: ${i.message}` }];
      }),
    [issues, text],
  );
  const otherError = [run.error, mutations.error].find((e) => e && e !== invalid);
  const busy = run.isPending || mutations.isPending;
  const filename = `${fileStem(app?.name ?? 'app')}-permission-tests.yaml`;

  return (
    <Stack maw={1100}>
      <PageHeader
        title="Permission tests"
        description="State what each person may do with which record, run it against the live rules, and see which rules no test protects. Nothing a run creates is kept."
      />
      {text === null && !collections.error && <LoadingRows rows={4} />}
      <ApiErrorAlert error={collections.error} />
      {text !== null && (
        <Stack gap="xs">
          <Group justify="space-between" align="flex-end" wrap="wrap">
            <Text fw={600} size="sm" id="fixture-label">
              Fixture
            </Text>
            <Group gap="xs">
              <FileButton
                accept=".yaml,.yml,.json,application/yaml,application/json,text/yaml"
                onChange={async (file) => {
                  if (file) replace(await file.text());
                }}
              >
                {(props) => (
                  <Button {...props} variant="default" size="xs" leftSection={<Upload size={14} />}>
                    Upload fixture
                  </Button>
                )}
              </FileButton>
              <Button
                variant="default"
                size="xs"
                leftSection={<Download size={14} />}
                onClick={() => downloadText(text, filename, 'application/yaml')}
              >
                Download
              </Button>
              {example !== null && (
                <Button
                  variant="default"
                  size="xs"
                  leftSection={<RotateCcw size={14} />}
                  disabled={text === example}
                  onClick={() => replace(example)}
                >
                  Start from the example
                </Button>
              )}
            </Group>
          </Group>
          <Text size="xs" c="dimmed">
            YAML or JSON: users, records and tests, as in docs/permission-tests.md. Kept in this browser until
            you change it.
          </Text>
          <FixtureEditor value={text} onChange={edit} problems={problems} label="Fixture" />
          <Group gap="xs">
            <Button
              leftSection={<Play size={16} />}
              loading={run.isPending}
              disabled={busy}
              onClick={() => {
                mutations.reset();
                run.mutate(text);
              }}
            >
              Run tests
            </Button>
            <Button
              variant="light"
              leftSection={<FlaskConical size={16} />}
              loading={mutations.isPending}
              disabled={busy}
              onClick={() => mutations.mutate(text)}
            >
              Check mutations
            </Button>
          </Group>
        </Stack>
      )}
      {stale && (
        <Text size="sm" c="dimmed" role="status">
          The fixture changed since these results: run it again to update them.
        </Text>
      )}
      {invalid && <FixtureIssues error={invalid} issues={issues} text={text ?? ''} />}
      <ApiErrorAlert error={otherError} />
      {run.data && !run.isPending && <TestResults appId={appId} report={run.data} />}
      {mutations.data && !mutations.isPending && <Mutations appId={appId} report={mutations.data} />}
    </Stack>
  );
}

function FixtureIssues({ error, issues, text }: { error: ApiError; issues: FieldIssue[]; text: string }) {
  return (
    <Alert color="red" icon={<CircleX size={18} />} title="The fixture cannot run" role="alert">
      <Text size="sm">Nothing was run. Fix these and run again:</Text>
      <List size="sm" mt="xs">
        {issues.map((i) => {
          const line = lineOf(text, i.field);
          return (
            <List.Item key={`${i.field}:${i.message}`}>
              {line !== null && (
                <Text span fw={600} size="sm">
                  Line {line}:{' '}
                </Text>
              )}
              {/^line \d/.test(i.field) ? (
                i.message
              ) : (
                <>
                  <Code>{i.field}</Code> {i.message}
                </>
              )}
            </List.Item>
          );
        })}
      </List>
      {issues.length === 0 && <Text size="sm">{error.message}</Text>}
    </Alert>
  );
}

const ACTION_LABEL: Record<TestResult['action'], string> = {
  read: 'read',
  update: 'update',
  delete: 'delete',
  create: 'create',
  'fields.visible': 'visible fields',
  'fields.updatable': 'updatable fields',
};

function shown(value: TestResult['expected'] | TestResult['actual']): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : value.join(', ');
  const parts = [];
  if (value.includes?.length) parts.push(`includes ${value.includes.join(', ')}`);
  if (value.excludes?.length) parts.push(`excludes ${value.excludes.join(', ')}`);
  return parts.join('; ');
}

function TestResults({ appId, report }: { appId: string; report: TestReport }) {
  const [which, setWhich] = useState<'all' | 'failed'>(report.failed > 0 ? 'failed' : 'all');
  const rows = which === 'failed' ? report.results.filter((r) => !r.ok) : report.results;
  const checks = report.results.length;
  return (
    <Stack gap="sm">
      <Alert
        color={report.failed === 0 ? 'green' : 'red'}
        icon={report.failed === 0 ? <CircleCheck size={18} /> : <CircleX size={18} />}
        title={
          report.failed === 0 ? `All ${checks} checks passed` : `${report.failed} of ${checks} checks failed`
        }
        role="status"
      >
        <Text size="sm">
          {report.tests} tests, {checks} checks against policy version {report.policyVersion}: {report.passed}{' '}
          passed, {report.failed} failed.
        </Text>
      </Alert>
      <Group justify="space-between" wrap="wrap">
        <Title order={2} size="h4">
          Results
        </Title>
        <SegmentedControl
          size="xs"
          aria-label="Results shown"
          value={which}
          onChange={(v) => setWhich(v as 'all' | 'failed')}
          data={[
            { value: 'all', label: `All (${checks})` },
            { value: 'failed', label: `Failed (${report.failed})` },
          ]}
        />
      </Group>
      <Table.ScrollContainer
        minWidth={720}
        type="native"
        tabIndex={0}
        role="region"
        aria-label="Test results"
      >
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={100}>Result</Table.Th>
              <Table.Th>Test</Table.Th>
              <Table.Th>As</Table.Th>
              <Table.Th>Record</Table.Th>
              <Table.Th>Check</Table.Th>
              <Table.Th>Expected</Table.Th>
              <Table.Th>Actual</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr
                key={`${r.test}:${r.as}:${r.collection}:${r.record}:${r.action}`}
                bg={r.ok ? undefined : 'var(--mantine-color-red-light)'}
              >
                <Table.Td miw={96}>
                  <Badge color={r.ok ? 'teal' : 'red'} c={r.ok ? 'teal.9' : 'red.9'} variant="outline">
                    {r.ok ? 'Passed' : 'Failed'}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {r.test}
                  </Text>
                  {r.message && (
                    <Text size="xs" c="red.9">
                      {r.message}
                    </Text>
                  )}
                  {!r.ok && r.explanation && r.explanation.some((e) => !r.message?.includes(e)) && (
                    <List size="xs" c="dimmed">
                      {r.explanation.map((e) => (
                        <List.Item key={e}>{e}</List.Item>
                      ))}
                    </List>
                  )}
                </Table.Td>
                <Table.Td>{r.as}</Table.Td>
                <Table.Td>
                  {r.collection}/{r.record ?? 'new'}
                </Table.Td>
                <Table.Td>{ACTION_LABEL[r.action]}</Table.Td>
                <Table.Td>{shown(r.expected)}</Table.Td>
                <Table.Td>{shown(r.actual)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Coverage appId={appId} report={report} />
    </Stack>
  );
}

function Coverage({ appId, report }: { appId: string; report: TestReport }) {
  const rules = useQuery(rulesQuery(appId));
  const unexercised = new Set(report.coverage.unexercised.map((r) => r.ruleId));
  const { rules: total, exercised } = report.coverage;
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={2} size="h4">
          Rule coverage
        </Title>
        <Text size="sm">
          {total === 0
            ? 'The app has no data rules yet.'
            : exercised === total
              ? `All ${total} rules were exercised by some test.`
              : `${exercised} of ${total} rules exercised. A rule no test exercises can break unnoticed.`}
        </Text>
        <ApiErrorAlert error={rules.error} />
        {/* The run names only the rules it missed; the rules list gives the others. */}
        <List size="sm" spacing={4} aria-label="Rules">
          {(
            rules.data?.items ?? report.coverage.unexercised.map((r) => ({ ...r, id: r.ruleId, kind: '' }))
          ).map((r) => (
            <List.Item
              key={r.id}
              icon={
                unexercised.has(r.id) ? (
                  <CircleX size={16} color="var(--mantine-color-red-7)" aria-label="Not exercised" />
                ) : (
                  <CircleCheck size={16} color="var(--mantine-color-green-7)" aria-label="Exercised" />
                )
              }
            >
              <RuleLink app={appId} ruleId={r.id} name={r.name} />{' '}
              <Text span size="sm" c="dimmed">
                on {r.collection} — {unexercised.has(r.id) ? 'no test exercised it' : 'exercised'}
              </Text>
            </List.Item>
          ))}
        </List>
      </Stack>
    </Card>
  );
}

function Mutations({ appId, report }: { appId: string; report: MutationReport }) {
  const unprotected = report.rules.filter((r) => !r.protected);
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={2} size="h4">
          Mutation check
        </Title>
        <Text size="sm">
          Each rule was broken in a copy of the policy, one way at a time (its condition made always true, its
          field lists dropped, an action removed or added, the rule deleted), and the fixture run against each
          copy. The stored rules were not changed.
        </Text>
        {report.baseline.failed > 0 && (
          <Alert color="yellow" title="Some tests already fail on the live rules">
            <Text size="sm">
              {report.baseline.failed} checks fail before any change; only the checks that pass count here.
            </Text>
          </Alert>
        )}
        <Alert
          color={unprotected.length === 0 ? 'green' : 'orange'}
          role="status"
          title={
            report.mutants === 0
              ? 'The app has no rules to break'
              : unprotected.length === 0
                ? `All ${report.mutants} broken copies were caught: every rule is protected`
                : `${report.survived} of ${report.mutants} broken copies went unnoticed: ${unprotected.length} ${unprotected.length === 1 ? 'rule is' : 'rules are'} not protected`
          }
        />
        <Table.ScrollContainer
          minWidth={600}
          type="native"
          tabIndex={0}
          role="region"
          aria-label="Rules and their mutants"
        >
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Rule</Table.Th>
                <Table.Th w={150}>Protected</Table.Th>
                <Table.Th>Changes no test noticed</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...unprotected, ...report.rules.filter((r) => r.protected)].map((r) => (
                <Table.Tr key={r.ruleId}>
                  <Table.Td>
                    <RuleLink app={appId} ruleId={r.ruleId} name={r.name} />
                    <Group gap={6} mt={2}>
                      <KindBadge kind={r.kind} />
                      <Text size="xs" c="dimmed">
                        on {r.collection}
                      </Text>
                    </Group>
                  </Table.Td>
                  <Table.Td miw={140}>
                    <Badge
                      color={r.protected ? 'teal' : 'orange'}
                      // Orange text is too light to read at badge size: the outline carries the colour.
                      c={r.protected ? 'teal.9' : 'dark.7'}
                      variant="outline"
                    >
                      {r.protected ? 'Protected' : 'Not protected'}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {r.protected ? (
                      <Text size="sm" c="dimmed">
                        none of {r.mutants.length}
                      </Text>
                    ) : (
                      <Text size="sm">
                        {r.mutants
                          .filter((m) => !m.caught)
                          .map((m) => m.mutation)
                          .join('; ')}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Card>
  );
}
