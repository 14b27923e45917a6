import type { Role } from '../../../api/roles.js';

type RoleFlag = 'internal' | 'builder' | 'allData' | 'forceMfa';

/** The four flags of a role, each with its name in the backoffice and one plain line on what it does. */
export const ROLE_FLAGS: readonly { key: RoleFlag; label: string; meaning: string }[] = [
  {
    key: 'internal',
    label: 'Team Member',
    meaning: 'Holders are internal users who work on the app, not external clients or partners.',
  },
  {
    key: 'builder',
    label: 'Modify App',
    meaning: 'Holders may change the app: they get every backoffice right.',
  },
  {
    key: 'allData',
    label: 'Access All Data',
    meaning: 'Holders see and change every record: the data rules do not apply to them.',
  },
  {
    key: 'forceMfa',
    label: 'Two-factor required',
    meaning: 'Holders must turn on two-factor authentication to work in this app.',
  },
];

/** What a default role is for, in words. */
export function defaultRoleNote(role: Role): string | null {
  if (role.defaultFor === 'team_admin')
    return 'Default role: whoever creates the app gets it. It cannot be deleted.';
  if (role.defaultFor === 'user')
    return 'Default role: people who register themselves get it. It cannot be deleted.';
  return null;
}
