// The users collection: a view over the app's users, so links to users and conditions such as
// `record.hiringManager.department` read account data and typed user attributes like any field.
import type { FieldDef, FieldType } from '@charter/policy';
import type { AttributeType } from '../../db/schema.js';
import { attributeColumnName } from './storage-names.js';

/** The key of every app's users collection. */
export const USERS_COLLECTION_KEY = 'users';

/** A user attribute as the users collection needs it. */
export interface AttributeColumn {
  id: string;
  key: string;
  name: string;
  type: AttributeType;
  options: string[];
}

/** A users-collection field with the label and origin the API shows. */
export interface UsersField extends FieldDef {
  label: string;
}

/** The fields every users collection has, read from the account and the membership. */
export const ACCOUNT_FIELDS: readonly UsersField[] = [
  { id: 'email', name: 'email', label: 'Email', column: 'email', type: 'email' },
  { id: 'name', name: 'name', label: 'Name', column: 'name', type: 'text' },
  {
    id: 'status',
    name: 'status',
    label: 'Status',
    column: 'status',
    type: 'singleSelect',
    options: ['active', 'suspended'],
  },
];

/** The users collection's fields: the account fields, then one per typed user attribute. */
export function usersCollectionFields(attributes: readonly AttributeColumn[]): UsersField[] {
  return [
    ...ACCOUNT_FIELDS,
    ...attributes.map((a) => ({
      id: a.id,
      name: a.key,
      label: a.name,
      column: attributeColumnName(a.id),
      type: a.type satisfies FieldType,
      ...(a.options.length > 0 ? { options: a.options } : {}),
    })),
  ];
}
