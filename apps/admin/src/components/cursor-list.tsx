import { Button, Center, Text } from '@mantine/core';
import { type QueryKey, useInfiniteQuery } from '@tanstack/react-query';

/** A page of a list as the API returns it: items, and the cursor of the next page (null at the end). */
export interface CursorPage<T> {
  items: T[];
  next: string | null;
}

/**
 * A list read page by page with the API's cursors: nothing loads an unbounded list. `fetchPage`
 * receives the cursor (`after`) of the page to read, undefined for the first.
 */
export function useCursorList<T>(
  queryKey: QueryKey,
  fetchPage: (after: string | undefined) => Promise<CursorPage<T>>,
) {
  const query = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next ?? undefined,
  });
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  return { ...query, items };
}

/** The "more" control under a cursor list, and how many rows are shown. */
export function LoadMore({
  list,
  noun,
}: {
  list: { items: unknown[]; hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown };
  noun: string;
}) {
  return (
    <Center py="sm" style={{ flexDirection: 'column', gap: 8 }}>
      <Text size="sm" c="dimmed">
        {list.items.length} {noun} shown{list.hasNextPage ? '' : ', all of them'}
      </Text>
      {list.hasNextPage && (
        <Button variant="default" onClick={() => list.fetchNextPage()} loading={list.isFetchingNextPage}>
          Show more
        </Button>
      )}
    </Center>
  );
}
