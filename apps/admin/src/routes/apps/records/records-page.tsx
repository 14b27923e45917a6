import { Badge, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import {
  type ReadableCollection,
  readableCollectionsQuery,
  readableFields,
  recordCountQuery,
} from '../../../api/records.js';
import { ApiErrorAlert } from '../../../components/api-error-alert.js';
import { TextLink } from '../../../components/links.js';
import { LoadingRows, PageHeader } from '../../../components/page.js';

const route = getRouteApi('/signed-in/apps/$app/records');

/** The collections whose records the person may read, each with how many they may read. */
export function RecordsPage() {
  const { app: appId } = route.useParams();
  const collections = useQuery(readableCollectionsQuery(appId));
  // A collection one may only add to is for forms; this screen is about reading.
  const items = (collections.data?.items ?? []).filter((c) => c.can.read);
  return (
    <Stack maw={1100}>
      <PageHeader
        title="Records"
        description="The records of this app that the data rules let you read, collection by collection."
      />
      {collections.isPending && <LoadingRows rows={3} height={72} />}
      <ApiErrorAlert error={collections.error} />
      {collections.data && items.length === 0 && (
        <Card withBorder>
          <Text size="sm">
            No data rule lets you read the records of any collection of this app yet. A builder of the app can
            give you access.
          </Text>
        </Card>
      )}
      <SimpleGrid
        cols={{ base: 1, sm: 2, md: 3 }}
        component="ul"
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
      >
        {items.map((c) => (
          <CollectionCard key={c.key} appId={appId} collection={c} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}

function CollectionCard({ appId, collection }: { appId: string; collection: ReadableCollection }) {
  const count = useQuery(recordCountQuery(appId, collection.key));
  const fieldCount = readableFields(collection).length;
  return (
    <Card withBorder component="li">
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap">
          <TextLink
            to="/apps/$app/records/$collection"
            params={{ app: appId, collection: collection.key }}
            fw={700}
          >
            {collection.name}
          </TextLink>
          {collection.users && (
            <Badge variant="light" color="gray" tt="none">
              Users
            </Badge>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {count.data === undefined
            ? count.isError
              ? 'Count unavailable'
              : 'Counting…'
            : `${count.data === 1 ? '1 record' : `${count.data} records`} you may read`}
          {` · ${fieldCount === 1 ? '1 field' : `${fieldCount} fields`}`}
        </Text>
        {collection.description && (
          <Text size="sm" lineClamp={2}>
            {collection.description}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
