import {
  Alert,
  Button,
  FileInput,
  Group,
  Menu,
  Modal,
  Progress,
  Radio,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ChevronDown, CircleAlert, CircleCheck, Download, Upload } from 'lucide-react';
import { useState } from 'react';
import type { ListState, ReadableCollection } from '../../../api/records.js';
import {
  exportUrl,
  type ImportProgress,
  type ImportReport,
  importFile,
} from '../../../api/records-transfer.js';
import { ApiErrorAlert } from '../../../components/api-error-alert.js';

/** Export the list as shown (filter, sort, search, columns) as CSV or JSON: links the browser saves. */
export function ExportMenu({
  appId,
  collection,
  state,
}: {
  appId: string;
  collection: ReadableCollection;
  state: ListState;
}) {
  return (
    <Menu position="bottom-end" withArrow>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<Download size={16} />}
          rightSection={<ChevronDown size={14} />}
        >
          Export
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>The records shown, all pages</Menu.Label>
        {(['csv', 'json'] as const).map((format) => (
          <Menu.Item
            key={format}
            component="a"
            href={exportUrl(appId, collection.key, format, state)}
            download={`${collection.key}.${format}`}
          >
            {format === 'csv' ? 'CSV (spreadsheet)' : 'JSON'}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

/** The Import button and its dialog. */
export function ImportButton({ appId, collection }: { appId: string; collection: ReadableCollection }) {
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant="default" leftSection={<Upload size={16} />} onClick={() => setOpened(true)}>
        Import
      </Button>
      {opened && <ImportDialog appId={appId} collection={collection} onClose={() => setOpened(false)} />}
    </>
  );
}

type Step =
  | { kind: 'choose' }
  | { kind: 'checked'; report: ImportReport }
  | { kind: 'done'; report: ImportReport };

/**
 * Choose a file, check it (a dry run: every row as the import would write it, nothing written),
 * read the problems, choose what happens to refused rows, then import with a progress bar.
 */
function ImportDialog({
  appId,
  collection,
  onClose,
}: {
  appId: string;
  collection: ReadableCollection;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<'all' | 'valid'>('all');
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const run = useMutation({
    mutationFn: (dryRun: boolean) => {
      setProgress(null);
      return importFile(appId, collection.key, file!, { mode, dryRun }, setProgress);
    },
    onSuccess: async (report, dryRun) => {
      setStep(dryRun ? { kind: 'checked', report } : { kind: 'done', report });
      if (!dryRun && report.outcome === 'written') {
        await queryClient.invalidateQueries({ queryKey: ['apps', appId, 'records', collection.key] });
      }
    },
  });
  const checked = step.kind === 'checked' ? step.report : null;
  const total = checked?.rows;
  return (
    <Modal opened onClose={onClose} title={`Import into ${collection.name}`} size="xl">
      <Stack gap="md">
        {step.kind !== 'done' && (
          <>
            <FileInput
              label="File"
              description="CSV with a header of field names, or a JSON array of records. A row with an id updates that record; the others are created."
              accept=".csv,.json,text/csv,application/json"
              value={file}
              onChange={(f) => {
                setFile(f);
                setStep({ kind: 'choose' });
                run.reset();
              }}
              clearable
              clearButtonProps={{ 'aria-label': 'Remove the file' }}
            />
            <Radio.Group
              label="When some rows are refused"
              value={mode}
              onChange={(v) => setMode(v as 'all' | 'valid')}
            >
              <Stack gap={6} mt="xs">
                <Radio value="all" label="Write nothing: all rows or none" />
                <Radio value="valid" label="Write the valid rows only" />
              </Stack>
            </Radio.Group>
          </>
        )}
        {run.isPending && (
          <Stack gap={4}>
            <Progress value={progressPercent(progress)} animated aria-label="Import progress" />
            <Text size="sm" c="dimmed" aria-live="polite">
              {progress
                ? `${progress.rows.toLocaleString()}${total && run.variables === false ? ` of ${total.toLocaleString()}` : ''} rows checked`
                : 'Sending the file…'}
            </Text>
          </Stack>
        )}
        <ApiErrorAlert error={run.error} />
        {checked && <DryRunResult report={checked} mode={mode} />}
        {step.kind === 'done' && <ImportResult report={step.report} />}
        <Group justify="flex-end">
          {step.kind === 'done' ? (
            <Button onClick={onClose}>Close</Button>
          ) : (
            <>
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button
                variant={checked ? 'default' : 'filled'}
                disabled={!file}
                loading={run.isPending && run.variables === true}
                onClick={() => run.mutate(true)}
              >
                Check the file
              </Button>
              {checked && (
                <Button
                  disabled={(mode === 'all' && checked.invalid > 0) || checked.valid === 0}
                  loading={run.isPending && run.variables === false}
                  onClick={() => run.mutate(false)}
                >
                  {mode === 'all' ? `Import ${checked.rows} rows` : `Import ${checked.valid} valid rows`}
                </Button>
              )}
            </>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}

function progressPercent(progress: ImportProgress | null): number {
  if (!progress?.totalBytes) return progress ? 50 : 5;
  return Math.min(100, Math.round((progress.bytes / progress.totalBytes) * 100));
}

/** What the dry run found: counts, and a table of each refused row's reasons. */
function DryRunResult({ report, mode }: { report: ImportReport; mode: 'all' | 'valid' }) {
  const clean = report.invalid === 0;
  return (
    <Stack gap="sm">
      <Alert
        color={clean ? 'green' : 'yellow'}
        icon={clean ? <CircleCheck size={18} /> : <CircleAlert size={18} />}
        title={
          clean ? 'Every row can be imported' : `${report.invalid} of ${report.rows} rows would be refused`
        }
      >
        <Text size="sm">
          Checked {report.rows} rows as the import would write them; nothing was written.{' '}
          {!clean &&
            (mode === 'all'
              ? 'With “all rows or none”, fix the file or choose to write the valid rows only.'
              : `${report.valid} valid rows can be written.`)}
        </Text>
      </Alert>
      {report.problems.length > 0 && <ProblemsTable report={report} />}
    </Stack>
  );
}

function ProblemsTable({ report }: { report: ImportReport }) {
  return (
    <Table.ScrollContainer
      minWidth={560}
      type="native"
      mah={320}
      tabIndex={0}
      role="region"
      aria-label="Refused rows"
    >
      <Table striped verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Row</Table.Th>
            <Table.Th>Field</Table.Th>
            <Table.Th>Code</Table.Th>
            <Table.Th>Why</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.problems.map((p, i) => (
            // Several problems may share a row and a field; their position tells them apart.
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed once answered
            <Table.Tr key={i}>
              <Table.Td>{p.row}</Table.Td>
              <Table.Td>{p.field ?? '—'}</Table.Td>
              <Table.Td>
                <Text size="xs" ff="monospace">
                  {p.code}
                </Text>
              </Table.Td>
              <Table.Td>{p.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {report.problemsOmitted > 0 && (
        <Text size="xs" c="dimmed" mt={4}>
          … and {report.problemsOmitted} more problems.
        </Text>
      )}
    </Table.ScrollContainer>
  );
}

function ImportResult({ report }: { report: ImportReport }) {
  if (report.outcome !== 'written') {
    return (
      <Stack gap="sm">
        <Alert color="red" icon={<CircleAlert size={18} />} title="Nothing was written" role="alert">
          <Text size="sm">
            {report.invalid} rows were refused, and every row must pass to import all rows or none.
          </Text>
        </Alert>
        <ProblemsTable report={report} />
      </Stack>
    );
  }
  return (
    <Stack gap="sm">
      <Alert color="green" icon={<CircleCheck size={18} />} title="Imported" role="status">
        <Text size="sm">
          Created {report.created}, updated {report.updated}
          {report.invalid > 0
            ? `; ${report.invalid} refused ${report.invalid === 1 ? 'row was' : 'rows were'} left out.`
            : '.'}
        </Text>
      </Alert>
      {report.problems.length > 0 && <ProblemsTable report={report} />}
    </Stack>
  );
}
