import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from './client.js';
import type { BodyOf, Ok } from './types.js';

export type Role = Ok<'listRoles'>['items'][number];
export type RoleBody = BodyOf<'createRole'>;
export type CustomRight = Ok<'listCustomRights'>['items'][number];
export type Attribute = Ok<'listUserAttributes'>['items'][number];
export type AttributeType = Attribute['type'];

/** Who may read roles, custom rights and user attributes: user managers, and those who see the data model. */
export const ROLES_READ_RIGHTS = ['company.users.manage', 'app.dataformats.read'] as const;
/** Who may create, change and delete them. */
export const ROLES_WRITE_RIGHT = 'company.users.manage';

/** An app's roles, with their flags, rights and how many users hold each. */
export const rolesQuery = (app: string) =>
  queryOptions({
    queryKey: ['apps', app, 'roles'],
    queryFn: () => unwrap(api.GET('/api/apps/{app}/roles', { params: { path: { app } } })),
  });

/** An app's custom rights. */
export const customRightsQuery = (app: string) =>
  queryOptions({
    queryKey: ['apps', app, 'rights'],
    queryFn: () => unwrap(api.GET('/api/apps/{app}/rights', { params: { path: { app } } })),
  });

/** An app's user attribute definitions. */
export const attributesQuery = (app: string) =>
  queryOptions({
    queryKey: ['apps', app, 'attributes'],
    queryFn: () => unwrap(api.GET('/api/apps/{app}/attributes', { params: { path: { app } } })),
  });

/** One custom right, with what uses it: the roles that hold it and the rules whose condition tests it. */
export const customRightQuery = (app: string, right: string) =>
  queryOptions({
    queryKey: ['apps', app, 'rights', right],
    queryFn: () => unwrap(api.GET('/api/apps/{app}/rights/{right}', { params: { path: { app, right } } })),
  });
