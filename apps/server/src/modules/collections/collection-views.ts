// Collections and fields as the API shows them: types, constraints, choices and link targets.
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.js';
import {
  type CollectionRow,
  type FieldRow,
  listAttributeColumns,
  listCollectionRows,
  listFieldRows,
} from '../data-model/data-model.repository.js';
import { USERS_COLLECTION_KEY, usersCollectionFields } from '../data-model/users-collection.js';
import type { CollectionView, FieldView } from './collections.schema.js';

/** The five fields every record has (DESIGN.md §5), set by Charter. */
export const SYSTEM_FIELD_VIEWS = [
  { name: 'id', type: 'uuid', description: 'The record id (UUID v7)' },
  { name: 'createdBy', type: 'linkUser', description: 'The user who created the record' },
  { name: 'createdAt', type: 'datetime', description: 'When the record was created' },
  { name: 'updatedBy', type: 'linkUser', description: 'The user who last changed the record' },
  { name: 'updatedAt', type: 'datetime', description: 'When the record last changed' },
];

type Targets = ReadonlyMap<string, CollectionRow>;

/** Maps a field row to its view; `collections` resolves link targets (by id, and `users`). */
export function toFieldView(row: FieldRow, collections: Targets): FieldView {
  const targetId = row.options.targetCollectionId;
  const target =
    row.type === 'linkUser' || row.type === 'linkUsers'
      ? collections.get(USERS_COLLECTION_KEY)
      : targetId
        ? collections.get(targetId)
        : undefined;
  return {
    id: row.id,
    name: row.name,
    label: row.label,
    type: row.type,
    system: false,
    required: row.required,
    unique: row.is_unique,
    default: row.default_value ?? null,
    options: row.options.choices ?? [],
    target: target ? { id: target.id, key: target.key, name: target.name } : null,
    position: row.position,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Maps a collection row and its field views to the collection's view. */
export function toCollectionView(row: CollectionRow, fields: FieldView[]): CollectionView {
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    description: row.description,
    restricted: row.restricted,
    system: row.system,
    systemFields: SYSTEM_FIELD_VIEWS,
    fields,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The views of some of the app's collections (all of them by default), with their fields. */
export async function loadCollectionViews(
  db: Kysely<DatabaseSchema>,
  appId: string,
  only?: (row: CollectionRow) => boolean,
): Promise<CollectionView[]> {
  const all = await listCollectionRows(db, appId);
  const rows = only ? all.filter(only) : all;
  const targets = new Map<string, CollectionRow>();
  for (const c of all) targets.set(c.id, c).set(c.system === 'users' ? USERS_COLLECTION_KEY : c.id, c);
  const fields = await listFieldRows(
    db,
    rows.map((r) => r.id),
  );
  const users = rows.some((r) => r.system === 'users') ? await usersFieldViews(db, appId) : [];
  return rows.map((row) =>
    toCollectionView(
      row,
      row.system === 'users'
        ? users
        : fields.filter((f) => f.collection_id === row.id).map((f) => toFieldView(f, targets)),
    ),
  );
}

async function usersFieldViews(db: Kysely<DatabaseSchema>, appId: string): Promise<FieldView[]> {
  const fields = usersCollectionFields(await listAttributeColumns(db, appId));
  return fields.map((f, position) => ({
    id: f.id,
    name: f.name,
    label: f.label,
    type: f.type,
    system: true,
    required: false,
    unique: f.id === 'email',
    default: null,
    options: [...(f.options ?? [])],
    target: null,
    position: position + 1,
    createdAt: null,
    updatedAt: null,
  }));
}
