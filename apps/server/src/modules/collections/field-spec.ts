// Checks that depend on a field's type: choices for selects, targets for links, a default that fits.
import { type FieldType, isManyLink, isSingleLink } from '@charter/policy';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.js';
import type { FieldIssue } from '../../http/app-error.js';
import { isUuid } from '../../lib/uuid.js';
import type { CollectionRow } from '../data-model/data-model.repository.js';
import { USERS_COLLECTION_KEY } from '../data-model/users-collection.js';
import { fieldValueProblem } from './field-values.js';

/** A field's type and constraints, as they will be after a create or an update. */
export interface FieldSpec {
  type: FieldType;
  unique: boolean;
  default: unknown;
  choices: string[] | undefined;
}

const isSelect = (type: FieldType) => type === 'singleSelect' || type === 'multiSelect';
const issue = (field: string, message: string): FieldIssue => ({ location: 'body', field, message });

/** Every problem with a spec, each naming its body field. */
export function fieldSpecIssues(spec: FieldSpec): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const choices = spec.choices ?? [];
  if (isSelect(spec.type)) {
    if (choices.length === 0) issues.push(issue('options', 'a select needs at least one choice'));
    if (new Set(choices).size !== choices.length) issues.push(issue('options', 'choices must be distinct'));
  } else if (choices.length > 0) {
    issues.push(issue('options', 'only singleSelect and multiSelect fields have choices'));
  }
  if (spec.unique && isManyLink(spec))
    issues.push(issue('unique', 'a link to many records cannot be unique'));
  if (spec.default != null) {
    const problem =
      isSingleLink(spec) || isManyLink(spec)
        ? 'links have no default'
        : fieldValueProblem({ type: spec.type, choices }, spec.default);
    if (problem) issues.push(issue('default', problem));
  }
  return issues;
}

/**
 * The collection a new link points to: for linkOne / linkMany a collection of the same app (by key
 * or id), for linkUser / linkUsers the users collection. Other types take no target.
 */
export async function resolveLinkTarget(
  db: Kysely<DatabaseSchema>,
  appId: string,
  type: FieldType,
  target: string | undefined,
): Promise<{ row: CollectionRow | null; issues: FieldIssue[] }> {
  const toUsers = type === 'linkUser' || type === 'linkUsers';
  if (!toUsers && !(type === 'linkOne' || type === 'linkMany')) {
    return {
      row: null,
      issues: target === undefined ? [] : [issue('target', 'only link fields have a target')],
    };
  }
  const rows = await db
    .selectFrom('collection')
    .selectAll()
    .where('app_id', '=', appId)
    .orderBy('key')
    .execute();
  if (toUsers) {
    const users = rows.find((r) => r.system === 'users') ?? null;
    const fits = target === undefined || target === USERS_COLLECTION_KEY || target === users?.id;
    return {
      row: users,
      issues: fits ? [] : [issue('target', `a ${type} always points to the users collection`)],
    };
  }
  const row = rows.find((r) => !r.system && (isUuid(target) ? r.id === target : r.key === target)) ?? null;
  if (row) return { row, issues: [] };
  const keys = rows.filter((r) => !r.system).map((r) => r.key);
  const expected = `expected a collection of this application: ${keys.join(', ') || '(none yet)'}; links to users are linkUser / linkUsers`;
  return {
    row: null,
    issues: [issue('target', target === undefined ? `is required; ${expected}` : expected)],
  };
}
