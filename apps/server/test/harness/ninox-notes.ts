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

/**
 * Ninox: "If you restrict any field during the further procedure, the new restriction is also
 * valid." A staff table nobody restricted, whose salary only HR reads and writes.
 */
export const NINOX_STAFF_FIELDS = [
  { name: 'name', type: 'text' },
  { name: 'salary', type: 'decimal' },
] as const;

/** The field restriction on salary, for reading and for writing. */
export const NINOX_SALARY_RULES = (['read', 'write'] as const).map((access) => ({
  kind: 'fieldCondition',
  name: `Only HR ${access === 'read' ? 'reads' : 'writes'} salaries`,
  collection: 'staff',
  to: { audience: 'everyone' },
  fields: ['salary'],
  access,
  condition: '"hr" in user.roles',
}));
