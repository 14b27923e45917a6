// An app's policy in its file form: stable keys, fixed key order, sorted lists, so two exports of
// the same policy are byte-identical and a change shows up as a small diff in version control.
import {
  ACTIONS,
  indexSchema,
  type Rule,
  type SchemaIndex,
  toDisplayCondition,
  tryCheckCondition,
} from '@charter/policy';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.js';
import { notFound } from '../../http/app-error.js';
import { type AppSchema, loadAppSchema } from '../data-model/app-schema.js';
import { listCollectionRows } from '../data-model/data-model.repository.js';
import { listPageRows } from '../pages/pages.repository.js';
import type { RoleRow } from '../roles/roles.repository.js';
import { toRule } from '../rules/rules.repository.js';
import type { RoleGrant } from '../tenancy/effective-permissions.js';
import { toRoleGrant } from '../tenancy/role-grant.js';
import {
  POLICY_FORMAT,
  POLICY_FORMAT_VERSION,
  type PolicyExport,
  type PolicyRight,
  type PolicyRole,
  type PolicyRuleEntry,
} from './policy.schema.js';
import { pageEntries, type StoredPageEntry } from './policy-pages.js';

type Db = Kysely<DatabaseSchema>;

/** A stored rule with its entry: the import matches entries and writes by id. */
export interface StoredRuleEntry {
  id: string;
  entry: PolicyRuleEntry;
}

/** The app's policy as stored, in file form, with what an import needs besides. */
export interface PolicyState {
  document: PolicyExport;
  appSchema: AppSchema;
  roleRows: RoleRow[];
  rules: StoredRuleEntry[];
  pages: StoredPageEntry[];
}

/** Reads the app's policy; inside an import, pass the transaction. */
export async function loadPolicyState(db: Db, appId: string): Promise<PolicyState> {
  const app = await db.selectFrom('application').select('name').where('id', '=', appId).executeTakeFirst();
  if (!app) throw notFound('application');
  const appSchema = await loadAppSchema(db, appId);
  const roleRows = await db
    .selectFrom('app_role')
    .selectAll()
    .where('app_id', '=', appId)
    .orderBy('key')
    .execute();
  const rights = await db
    .selectFrom('app_custom_right')
    .select(['key', 'name', 'description'])
    .where('app_id', '=', appId)
    .orderBy('key')
    .execute();
  const collections = await listCollectionRows(db, appId);
  const ruleRows = await db
    .selectFrom('data_rule')
    .selectAll()
    .where('app_id', '=', appId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const pages = pageEntries(await listPageRows(db, appId), appSchema);
  const index = indexSchema(appSchema.schema);
  const rules = sortRules(
    ruleRows.map((row) => ({ id: row.id, entry: ruleEntry(toRule(row, appSchema.keyById), index) })),
  );
  const document: PolicyExport = {
    format: POLICY_FORMAT,
    formatVersion: POLICY_FORMAT_VERSION,
    app: { name: app.name },
    roles: roleRows.map((row) =>
      roleEntry({ ...toRoleGrant(row), name: row.name, description: row.description }),
    ),
    customRights: rights.map(rightEntry),
    collections: Object.fromEntries(
      [...collections]
        .sort((a, b) => compare(a.key, b.key))
        .map((c) => [c.key, { restricted: c.restricted }]),
    ),
    rules: rules.map((r) => r.entry),
    pages: pages.map((p) => p.entry),
  };
  return { document, appSchema, roleRows, rules, pages };
}

/** The app's policy file. */
export async function exportPolicy(db: Db, appId: string): Promise<PolicyExport> {
  return (await loadPolicyState(db, appId)).document;
}

/** The file's text: two-space JSON with a final newline. */
export function serializePolicy(document: PolicyExport): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** A role in file form. */
export function roleEntry(role: RoleGrant & { name: string; description: string }): PolicyRole {
  return {
    key: role.key,
    name: role.name,
    description: role.description,
    internal: role.internal,
    builder: role.builder,
    allData: role.allData,
    forceMfa: role.forceMfa,
    rights: [...new Set(role.rights)].sort(compare),
  };
}

/** A custom right in file form. */
export function rightEntry(row: { key: string; name: string; description: string }): PolicyRight {
  return { key: row.key, name: row.name, description: row.description };
}

/**
 * A rule in file form: field and collection names, the condition as printed by the engine (so
 * spacing never shows up as a change), roles sorted, actions in their canonical order. A rule the
 * model no longer supports keeps its stored text; importing it is refused until it is fixed.
 */
export function ruleEntry(rule: Rule, schema: SchemaIndex): PolicyRuleEntry {
  const byId = schema.collections.get(rule.collection)?.byId;
  const names = (ids: readonly string[]) => ids.map((id) => byId?.get(id)?.name ?? id);
  const entry: PolicyRuleEntry = {
    collection: rule.collection,
    name: rule.name,
    kind: rule.kind,
    description: rule.description ?? '',
    to: {
      ...(rule.to.roles && rule.to.roles.length > 0
        ? { roles: [...new Set(rule.to.roles)].sort(compare) }
        : {}),
      ...(rule.to.audience ? { audience: rule.to.audience } : {}),
    },
  };
  if (rule.kind !== 'fieldCondition') entry.actions = ACTIONS.filter((a) => rule.actions.includes(a));
  if (rule.condition !== undefined)
    entry.condition = displayCondition(rule.condition, schema, rule.collection);
  if (rule.kind === 'fieldCondition') {
    entry.fields = names(rule.fields);
    entry.access = rule.access;
  } else if (rule.kind === 'grant' && rule.fields) {
    const perAction = rule.fields as Partial<Record<string, readonly string[]>>;
    entry.fields = Object.fromEntries(
      ACTIONS.flatMap((a) => (perAction[a] ? [[a, names(perAction[a])] as const] : [])),
    );
  }
  return entry;
}

/** Rules ordered by collection, then name, then content: the same policy gives the same order. */
export function sortRules<T extends { entry: PolicyRuleEntry }>(rules: T[]): T[] {
  const keyed = rules.map((r) => ({ r, content: JSON.stringify(r.entry) }));
  keyed.sort(
    (a, b) =>
      compare(a.r.entry.collection, b.r.entry.collection) ||
      compare(a.r.entry.name, b.r.entry.name) ||
      compare(a.content, b.content),
  );
  return keyed.map((k) => k.r);
}

/** Code-point order: independent of the machine's locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function displayCondition(stored: string, schema: SchemaIndex, collection: string): string {
  const ctx = { schema, collection };
  return tryCheckCondition(stored, ctx).ok ? toDisplayCondition(stored, ctx) : stored;
}
