// The Ninox scenario of ../shared/seeds as docs/permissions.md writes it: table rights per role,
// plus "Readable if" and "Writable if" on a notes table. Shared by the tests that use it.

/** The notes collection's fields. */
export const NINOX_NOTE_FIELDS = [
  { name: 'body', type: 'longText' },
  { name: 'locked', type: 'boolean' },
] as const;

/** Editors and viewers by table rights; readable if the creator, writable if not locked. */
export const NINOX_NOTE_RULES = [
  {
    kind: 'grant',
    name: 'Editors: read, write, create, delete',
    collection: 'notes',
    to: { roles: ['editor'] },
    actions: ['read', 'update', 'create', 'delete'],
  },
  {
    kind: 'grant',
    name: 'Viewers: read',
    collection: 'notes',
    to: { roles: ['viewer'] },
    actions: ['read'],
  },
  {
    kind: 'guard',
    name: 'Readable if the creator',
    collection: 'notes',
    to: { audience: 'everyone' },
    actions: ['read', 'update', 'delete'],
    condition: 'record.createdBy == user.id',
  },
  {
    kind: 'guard',
    name: 'Writable if not locked',
    collection: 'notes',
    to: { audience: 'everyone' },
    actions: ['update', 'delete'],
    condition: '!record.locked',
  },
] as const;
