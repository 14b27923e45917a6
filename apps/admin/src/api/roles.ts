import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from './client.js';
import type { BodyOf, Ok } from './types.js';

export type Role = Ok<'listRoles'>['items'][number];
export type RoleBody = BodyOf<'createRole'>;
export type CustomRight = Ok<'listCustomRights'>['items'][number];
export type Attribute = Ok<'listUserAttributes'>['items'][number];
export type AttributeType = Attribute['type'];
export type Rule = Ok<'listRules'>['items'][number];

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

/** An app's data rules, to show which of them test a custom right. */
export const rulesQuery = (app: string) =>
  queryOptions({
    queryKey: ['apps', app, 'rules'],
    queryFn: () => unwrap(api.GET('/api/apps/{app}/rules', { params: { path: { app } } })),
  });

/**
 * The rules whose condition names a custom right as a quoted key (`"approve" in user.rights`).
 * The API does not list them for a right, so the screen reads the conditions it is given.
 */
export function rulesNaming(rules: readonly Rule[], key: string): Rule[] {
  const quoted = new RegExp(`["']${key}["']`);
  return rules.filter((r) => typeof r.condition === 'string' && quoted.test(r.condition));
}
