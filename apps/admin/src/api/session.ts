import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError, api, unwrap } from './client.js';
import type { Ok } from './types.js';

export type Me = Ok<'getMe'>;

/** The signed-in person, or null when nobody is signed in. */
export const meQuery = queryOptions({
  queryKey: ['me'],
  queryFn: async (): Promise<Me | null> => {
    try {
      return await unwrap(api.GET('/api/auth/me'));
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return null;
      throw error;
    }
  },
  staleTime: 30_000,
});

export function useMe() {
  return useQuery(meQuery);
}
