import type { Insertable } from 'kysely';
import type { AppRoleTable } from '../../db/schema.js';
import { DATA_EDIT_RIGHT, DATA_READ_RIGHT } from '../rights/catalogue.js';

/**
 * The two roles every app starts with (Noloco's defaults; a NoCode-X group is a role):
 * Team Admin for the people who build and run the app, User for its self-registered end users.
 * Both hold the data gate (app.data.read, app.data.edit), so the data rules alone decide.
 */
export function defaultRoles(appId: string): Insertable<AppRoleTable>[] {
  return [
    {
      app_id: appId,
      key: 'team_admin',
      name: 'Team Admin',
      description: 'Internal users who build and run the app: every backoffice right and all data.',
      internal: true,
      builder: true,
      all_data: true,
      rights: [DATA_READ_RIGHT, DATA_EDIT_RIGHT],
      default_for: 'team_admin',
    },
    {
      app_id: appId,
      key: 'user',
      name: 'User',
      description: 'External users such as clients or partners; people who register themselves get it.',
      internal: false,
      builder: false,
      all_data: false,
      rights: [DATA_READ_RIGHT, DATA_EDIT_RIGHT],
      default_for: 'user',
    },
  ];
}
