import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from './client.js';
import type { Ok } from './types.js';

export type AppUser = Ok<'listAppUsers'>['items'][number];
export type AppUserPermissions = Ok<'getAppUserPermissions'>;
export type AppRole = Ok<'listRoles'>['items'][number];
export type CustomRight = Ok<'listCustomRights'>['items'][number];
export type UserAttribute = Ok<'listUserAttributes'>['items'][number];

/** What the users list is narrowed to; each is a search param of the screen. */
interface AppUserFilters {
  search?: string | undefined;
  role?: string | undefined;
  status?: 'active' | 'suspended' | undefined;
}

/** Every list of an app's users starts with this key, so one invalidation refreshes them all. */
export const appUsersKey = (app: string) => ['apps', app, 'users'] as const;

/** One page of an app's users, filtered; `after` is the previous page's cursor. */
export function fetchAppUsersPage(app: string, filters: AppUserFilters, after: string | undefined) {
  return unwrap(
    api.GET('/api/apps/{app}/users', {
      params: { path: { app }, query: { ...filters, limit: 25, ...(after ? { after } : {}) } },
    }),
  );
}

export const appUserPermissionsQuery = (app: string, accountId: string) =>
  queryOptions({
    queryKey: ['apps', app, 'users', accountId, 'permissions'],
    queryFn: () =>
      unwrap(
        api.GET('/api/apps/{app}/users/{accountId}/permissions', { params: { path: { app, accountId } } }),
      ),
  });

/** The app's roles (NoCode-X groups); an app has a handful, the API returns them in one answer. */
export const appRolesQuery = (app: string) =>
  queryOptions({
    queryKey: ['apps', app, 'roles'],
    queryFn: () => unwrap(api.GET('/api/apps/{app}/roles', { params: { path: { app } } })),
  });

export const appCustomRightsQuery = (app: string) =>
  queryOptions({
    queryKey: ['apps', app, 'rights'],
    queryFn: () => unwrap(api.GET('/api/apps/{app}/rights', { params: { path: { app } } })),
  });

export const appAttributesQuery = (app: string) =>
  queryOptions({
    queryKey: ['apps', app, 'attributes'],
    queryFn: () => unwrap(api.GET('/api/apps/{app}/attributes', { params: { path: { app } } })),
  });
