import {
  Button,
  Card,
  Checkbox,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { Eye, FileSearch, Search } from 'lucide-react';
import { type FormEvent, useEffect, useState } from 'react';
import { ACTIONS, type Action, ANONYMOUS, explainQuery, referenceQuery } from '../../../api/access.js';
import { appRolesQuery } from '../../../api/app-users.js';
import { collectionsQuery } from '../../../api/data-model.js';
import { useMe } from '../../../api/session.js';
import { ApiErrorAlert } from '../../../components/api-error-alert.js';
import { LoadingRows, PageHeader } from '../../../components/page.js';
import { ViewAsModal, type ViewAsTarget } from '../../../components/view-as-modal.js';
import { ExplainCard, type Names } from './explain-card.js';
import { PagePicker } from './page-picker.js';
import { PageVisibilityAnswer } from './page-visibility-card.js';
import { PersonPicker, usePersonName } from './person-picker.js';
import { RecordPicker } from './record-picker.js';
import { ReferenceSummary } from './reference-summary.js';

const route = getRouteApi('/signed-in/apps/$app/explain');

type Mode = 'decision' | 'list' | 'page';

/**
 * Explain: why a person may or may not do something to a record, or why a record is missing from
 * their list, as the engine's own trace; or why they do not see a page of the end-user app. The
 * question (or a decision reference) lives in the address, so an explanation can be sent as a link.
 */
export function ExplainPage() {
  const { app: appId } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const collections = useQuery(collectionsQuery(appId));
  const roles = useQuery(appRolesQuery(appId));
  const [mode, setMode] = useState<Mode>(search.page ? 'page' : search.list ? 'list' : 'decision');
  const [anonymous, setAnonymous] = useState(search.person === ANONYMOUS);
  const [person, setPerson] = useState(search.person === ANONYMOUS ? '' : (search.person ?? ''));
  const [filter, setFilter] = useState(search.filter ?? '');
  const [action, setAction] = useState<Action>(search.action ?? 'read');
  const [collectionKey, setCollectionKey] = useState(search.collection);
  const [record, setRecord] = useState(search.record);
  const [page, setPage] = useState(search.page);
  const [reference, setReference] = useState(search.reference ?? '');
  const [personError, setPersonError] = useState<string>();
  const [viewing, setViewing] = useState<ViewAsTarget | null>(null);
  const me = useMe().data;
  const phone = useMediaQuery('(max-width: 36em)');

  const collection = collections.data?.items.find((c) => c.key === collectionKey || c.id === collectionKey);
  const question =
    !search.reference && !search.page && search.person && search.collection
      ? {
          person: search.person,
          action: search.action ?? 'read',
          collection: search.collection,
          record: search.record,
          list: search.list,
          filter: search.list ? search.filter : undefined,
        }
      : null;
  const explained = useQuery({
    ...explainQuery(appId, question ?? { person: '', action: 'read', collection: '' }),
    enabled: question !== null,
  });
  const referenced = useQuery({
    ...referenceQuery(appId, search.reference ?? ''),
    enabled: Boolean(search.reference),
  });
  const shown = search.reference ? referenced : question ? explained : null;
  // Visibility is about an app user: an anonymous visitor sees no page of the end-user app.
  const pageQuestion =
    !search.reference && search.page && search.person && search.person !== ANONYMOUS
      ? { page: search.page, person: search.person }
      : null;
  // A reference opened: the question it answers fills the form, to ask it again or vary it.
  const from = referenced.data;
  useEffect(() => {
    if (!from) return;
    setAnonymous(from.user === null);
    setPerson(from.user?.email ?? '');
    setMode('decision');
    setAction((ACTIONS as readonly string[]).includes(from.action) ? (from.action as Action) : 'read');
    setCollectionKey(from.collection);
    setRecord(from.recordId ?? undefined);
  }, [from]);
  const email = shown?.data?.user?.email ?? undefined;
  const personName = usePersonName(appId, email);
  const shownCollection = collections.data?.items.find(
    (c) => c.key === shown?.data?.trace.collection || c.id === shown?.data?.trace.collection,
  );
  const names: Names = {
    person: shown?.data?.user === null ? 'An anonymous visitor' : (personName ?? 'This person'),
    personRef: shown?.data?.user ? { id: shown.data.user.id, name: personName ?? 'this person' } : undefined,
    role: (key) => roles.data?.items.find((r) => r.key === key)?.name ?? key,
    collection: shownCollection?.name ?? shown?.data?.trace.collection ?? '',
  };

  const ask = (event: FormEvent) => {
    event.preventDefault();
    if ((mode === 'page' || !anonymous) && !person.trim()) {
      setPersonError('Pick a person, or type their email.');
      return;
    }
    setPersonError(undefined);
    if (mode === 'page') {
      if (page) void navigate({ search: { person: person.trim(), page } });
      return;
    }
    if (!collectionKey) return;
    void navigate({
      search: {
        person: anonymous ? ANONYMOUS : person.trim(),
        action: mode === 'list' ? undefined : action,
        collection: collectionKey,
        record,
        list: mode === 'list' ? true : undefined,
        filter: mode === 'list' && filter.trim() ? filter.trim() : undefined,
      },
    });
  };
  const open = (event: FormEvent) => {
    event.preventDefault();
    if (reference.trim()) void navigate({ search: { reference: reference.trim() } });
  };

  return (
    <Stack maw={1100}>
      <PageHeader
        title="Explain"
        description="Why a person may or may not do something to a record, why a record is not in their list, or why they do not see a page: the rules as they were weighed."
      />
      <Card withBorder component="form" onSubmit={ask} aria-label="Question">
        <Stack>
          <SegmentedControl
            aria-label="What to ask"
            value={mode}
            onChange={(v) => setMode(v as Mode)}
            data={[
              { value: 'decision', label: 'May they do this?' },
              { value: 'list', label: 'Why is it not in their list?' },
              { value: 'page', label: 'Why can’t they see a page?' },
            ]}
            // On a phone the two questions stand one under the other, each readable whole.
            orientation={phone ? 'vertical' : 'horizontal'}
            fullWidth={phone}
            style={phone ? undefined : { alignSelf: 'flex-start' }}
          />
          <Group gap="sm" align="flex-start" wrap="wrap">
            {(mode === 'page' || !anonymous) && (
              <PersonPicker appId={appId} value={person} onChange={setPerson} error={personError} />
            )}
            {mode === 'page' && <PagePicker appId={appId} value={page} onChange={setPage} />}
            {mode === 'decision' && (
              <Select
                label="Action"
                data={ACTIONS.map((a) => ({ value: a, label: a }))}
                value={action}
                onChange={(a) => a && setAction(a as Action)}
                allowDeselect={false}
                style={{ flex: '0 1 9rem' }}
              />
            )}
            {mode !== 'page' && (
              <>
                <Select
                  label="Collection"
                  placeholder="Pick one"
                  required
                  data={(collections.data?.items ?? []).map((c) => ({ value: c.key, label: c.name }))}
                  value={collection?.key ?? null}
                  onChange={(c) => {
                    setCollectionKey(c ?? undefined);
                    setRecord(undefined);
                  }}
                  style={{ flex: '0 1 12rem' }}
                />
                <RecordPicker appId={appId} collection={collection} value={record} onChange={setRecord} />
              </>
            )}
          </Group>
          {mode !== 'page' && (
            <Checkbox
              label="An anonymous visitor (not signed in), instead of a person"
              checked={anonymous}
              onChange={(e) => setAnonymous(e.currentTarget.checked)}
            />
          )}
          {mode === 'page' && (
            <Text size="sm" c="dimmed">
              The answer weighs the page’s audience and condition, every page above it, and each of its
              sections, as the end-user app does for them.
            </Text>
          )}
          {mode === 'list' && (
            <TextInput
              label="List filter"
              description="Optional: the filter of their list (CEL), checked as theirs. The rules may allow a record the filter drops."
              placeholder='record.status == "Open"'
              value={filter}
              onChange={(e) => setFilter(e.currentTarget.value)}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            />
          )}
          {mode === 'list' && !record && (
            <Text size="sm" c="dimmed">
              Pick the record they miss: the answer says whether their list includes it, and why not.
            </Text>
          )}
          <ApiErrorAlert error={collections.error} />
          <Group justify="flex-end">
            <Button
              type="submit"
              leftSection={<Search size={16} />}
              disabled={mode === 'page' ? !page : !collectionKey}
            >
              Explain
            </Button>
          </Group>
        </Stack>
      </Card>
      <Card withBorder component="form" onSubmit={open} aria-label="Decision reference">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            label="Decision reference"
            description="Pasted from a refused request (details.reference): the same explanation, as it was then."
            placeholder="ref_…"
            value={reference}
            onChange={(e) => setReference(e.currentTarget.value)}
            style={{ flex: '1 1 18rem' }}
          />
          <Button type="submit" variant="default" leftSection={<FileSearch size={16} />}>
            Open
          </Button>
        </Group>
      </Card>
      {shown?.isFetching && !shown.data && <LoadingRows rows={4} height={60} />}
      <ApiErrorAlert error={shown?.error} title="No explanation" />
      {search.reference && referenced.data && <ReferenceSummary answer={referenced.data} names={names} />}
      {shown?.data && (
        <ExplainCard
          appId={appId}
          explained={shown.data}
          names={names}
          list={!search.reference && Boolean(search.list)}
          actions={
            // Nobody views the app as themselves.
            shown.data.user &&
            shown.data.user.id !== me?.id && (
              <Button
                variant="light"
                leftSection={<Eye size={16} />}
                onClick={() =>
                  setViewing({
                    user: shown.data?.user?.email ?? '',
                    name: personName ?? shown.data?.user?.email ?? '',
                  })
                }
              >
                View the app as {personName}
              </Button>
            )
          }
        />
      )}
      {pageQuestion && (
        <PageVisibilityAnswer appId={appId} page={pageQuestion.page} person={pageQuestion.person} />
      )}
      {!shown && !pageQuestion && (
        <Text size="sm" c="dimmed">
          Ask a question above, or paste a decision reference. Every rule named in the answer links to its
          editor.
        </Text>
      )}
      <ViewAsModal appId={appId} target={viewing} onClose={() => setViewing(null)} />
    </Stack>
  );
}
