// Importing a policy file: checked as a whole, applied in one transaction with one policy-version
// bump, and reported as a diff (what changed, and who gains or loses access). A dry run is the
// same import rolled back at the end, so its report is exactly what the real one would do.
import { type Kysely, sql, type Transaction } from 'kysely';
import type { AppContext } from '../../context.js';
import type { DatabaseSchema } from '../../db/schema.js';
import { sharedErrors } from '../../http/error-codes.js';
import type { AppActor } from '../app-change/app-actor.js';
import { changeApp, recordAppChange } from '../app-change/app-change.js';
import { listPageRows } from '../pages/pages.repository.js';
import { checkVisibilityConditions } from '../pages/visibility.js';
import { computeImpact, type PolicySnapshot } from '../policy-impact/impact.js';
import { loadMemberships } from '../policy-impact/impact-users.js';
import { compareAudiences, loadAudienceUsers, principalsOn } from '../policy-impact/page-audience.js';
import { loadAppRuleSet } from '../rules/rules.repository.js';
import { loadStoredPolicy } from '../rules/stored-policy.js';
import { assertAppCeiling, type PrivilegeFlag, privilegeDiff } from '../tenancy/delegation.js';
import type { RoleGrant } from '../tenancy/effective-permissions.js';
import { holdsAppRight } from '../tenancy/tenant-access.js';
import { policyErrors } from './policy.errors.js';
import type { ImportResult, PolicyDocument, PolicyRole, StructuralDiff } from './policy.schema.js';
import { writePolicy } from './policy-apply.js';
import { diffPolicy, isEmptyDiff, matchRules } from './policy-diff.js';
import { compare, loadPolicyState, roleEntry } from './policy-document.js';
import { pagesDiffOf, planPages } from './policy-pages.js';
import { parsePolicyDocument, resolvePolicy } from './policy-validation.js';

type Trx = Transaction<DatabaseSchema>;

/** How to import: `dryRun` rolls everything back; `prune` deletes roles and rights still in use. */
export interface ImportOptions {
  dryRun: boolean;
  prune: boolean;
}

/** The right that managing roles and custom rights needs, by hand or through a file. */
export const ROLE_MANAGEMENT_RIGHT = 'company.users.manage';
/** The right that creating, changing and deleting pages needs, by hand or through a file. */
export const PAGE_EDIT_RIGHT = 'app.templates.edit';

// Thrown at the end of a dry run: the transaction rolls back and the report travels out with it.
class DryRunRollback extends Error {
  constructor(readonly result: ImportResult) {
    super('dry run');
  }
}

/** Imports a policy file into the actor's app; see docs/policy-as-code.md. */
export async function importPolicy(
  ctx: AppContext,
  actor: AppActor,
  input: unknown,
  options: ImportOptions,
): Promise<ImportResult> {
  const document = parsePolicyDocument(input);
  const appId = actor.access.appId;
  const attempt = { action: 'app.policy.imported', target: { type: 'application', id: appId } };
  try {
    return await changeApp(ctx, actor, attempt, async (trx) => {
      const result = await applyImport(ctx, actor, trx, document, options);
      if (options.dryRun) throw new DryRunRollback(result);
      await recordAppChange(
        ctx,
        actor,
        { ...attempt, details: { prune: options.prune, changes: countChanges(result.changes) } },
        trx,
      );
      return result;
    });
  } catch (error) {
    if (error instanceof DryRunRollback) return error.result;
    throw error;
  }
}

async function applyImport(
  ctx: AppContext,
  actor: AppActor,
  trx: Trx,
  document: PolicyDocument,
  options: ImportOptions,
): Promise<ImportResult> {
  const appId = actor.access.appId;
  const state = await loadPolicyState(trx, appId);
  const desired = resolvePolicy(
    document,
    state.appSchema,
    state.pages.map((p) => p.row),
  );
  const roles = document.roles.map(normalizeRole).sort((a, b) => compare(a.key, b.key));
  const customRights = [...document.customRights].sort((a, b) => compare(a.key, b.key));
  const rules = matchRules(state.rules, desired.rules);
  const holders = await countHolders(trx, appId);
  const pages = desired.pages ? planPages(state.pages, desired.pages) : null;
  const diff = diffPolicy(
    state.document,
    { roles, customRights, collections: document.collections },
    rules,
    holders,
    pagesDiffOf(pages),
  );
  authorize(actor, diff, state.document.roles, roles);
  authorizePages(actor, diff);
  if (!options.prune) refuseRemovalsInUse(diff);

  const before: PolicySnapshot = {
    schema: state.appSchema,
    ruleSet: await loadAppRuleSet(trx, appId, state.appSchema),
    memberships: await loadMemberships(trx, appId),
  };
  const users = await loadAudienceUsers(trx, appId);
  await writePolicy(ctx, actor, trx, {
    roles,
    customRights,
    collections: document.collections,
    rules,
    diff,
    pages,
    appSchema: state.appSchema,
  });
  const stored = await loadStoredPolicy(trx, appId);
  const after: PolicySnapshot = { ...stored, memberships: await loadMemberships(trx, appId) };
  const impact = await computeImpact(trx, appId, before, after, ctx.clock.now());
  const conditions = checkVisibilityConditions(stored.schema);
  const pageImpact = compareAudiences(
    users,
    {
      rows: state.pages.map((p) => p.row),
      conditions,
      principals: principalsOn(users, before.memberships!, before.ruleSet),
    },
    {
      rows: await listPageRows(trx, appId),
      conditions,
      principals: principalsOn(users, after.memberships!, after.ruleSet),
    },
    ctx.clock.now().getTime(),
  );
  return {
    dryRun: options.dryRun,
    unchanged: isEmptyDiff(diff),
    // changeApp moved the version on before this ran; a dry run leaves it where it was.
    policyVersion: options.dryRun ? stored.schema.policyVersion - 1 : stored.schema.policyVersion,
    changes: diff,
    impact,
    pageImpact,
    warnings: desired.warnings,
  };
}

function normalizeRole(role: PolicyRole): PolicyRole {
  return roleEntry(role);
}

// How many app users hold each role, and each custom right directly.
async function countHolders(db: Kysely<DatabaseSchema>, appId: string) {
  const roleRows = await db
    .selectFrom('app_user_role')
    .innerJoin('app_role', 'app_role.id', 'app_user_role.role_id')
    .select(['app_role.key', (eb) => eb.fn.countAll<string>().as('users')])
    .where('app_user_role.app_id', '=', appId)
    .groupBy('app_role.key')
    .execute();
  const rightRows = await db
    .selectFrom('app_user')
    .select([sql<string>`unnest(direct_rights)`.as('key'), 'account_id'])
    .where('app_id', '=', appId)
    .execute();
  const rights = new Map<string, number>();
  for (const row of rightRows) rights.set(row.key, (rights.get(row.key) ?? 0) + 1);
  return { roles: new Map(roleRows.map((r) => [r.key, Number(r.users)])), rights };
}

/**
 * Changing roles or custom rights through a file needs what changing them by hand needs: the
 * role-management right, and the delegation ceiling on every right and flag a role gains or loses.
 */
function authorize(actor: AppActor, diff: StructuralDiff, before: PolicyRole[], after: PolicyRole[]): void {
  const touched = [diff.roles, diff.customRights].some(
    (p) => p.added.length + p.removed.length + p.changed.length > 0,
  );
  if (!touched) return;
  if (!holdsAppRight(actor.access, ROLE_MANAGEMENT_RIGHT)) {
    throw sharedErrors.FORBIDDEN(
      `This file changes roles or custom rights, which needs the right ${ROLE_MANAGEMENT_RIGHT}.`,
      { required: [ROLE_MANAGEMENT_RIGHT] },
    );
  }
  const grant = (roles: PolicyRole[], key: string): RoleGrant[] =>
    roles.filter((r) => r.key === key).map((r) => ({ ...r }));
  const rights = new Set<string>();
  const flags = new Set<PrivilegeFlag>();
  const keys = [
    ...diff.roles.added.map((r) => r.key),
    ...diff.roles.changed.map((r) => r.key),
    ...diff.roles.removed.map((r) => r.key),
  ];
  for (const key of keys) {
    const change = privilegeDiff(
      { roles: grant(before, key), directRights: [] },
      { roles: grant(after, key), directRights: [] },
    );
    for (const r of change.rights) rights.add(r);
    for (const f of change.flags) flags.add(f);
  }
  for (const right of diff.customRights.removed) if (right.users > 0) rights.add(right.key);
  assertAppCeiling(actor.access, { rights, flags });
}

// Pages through a file need what saving a page by hand needs.
function authorizePages(actor: AppActor, diff: StructuralDiff): void {
  const { added, removed, changed } = diff.pages;
  if (added.length + removed.length + changed.length === 0) return;
  if (holdsAppRight(actor.access, PAGE_EDIT_RIGHT)) return;
  throw sharedErrors.FORBIDDEN(`This file changes pages, which needs the right ${PAGE_EDIT_RIGHT}.`, {
    required: [PAGE_EDIT_RIGHT],
  });
}

// Deleting a role or right that people hold takes access away from them: only on request.
function refuseRemovalsInUse(diff: StructuralDiff): void {
  const roles = diff.roles.removed.filter((r) => r.users > 0);
  const rights = diff.customRights.removed.filter((r) => r.users > 0);
  if (roles.length === 0 && rights.length === 0) return;
  const named = [
    ...roles.map((r) => `role ${r.key} (${r.users} users)`),
    ...rights.map((r) => `right ${r.key} (${r.users} users hold it directly)`),
  ];
  throw policyErrors.POLICY_REMOVES_IN_USE(named.join(', '), {
    roles: roles.map(({ key, users }) => ({ key, users })),
    customRights: rights.map(({ key, users }) => ({ key, users })),
  });
}

function countChanges(diff: StructuralDiff) {
  const count = (p: { added: unknown[]; removed: unknown[]; changed: unknown[] }) => ({
    added: p.added.length,
    removed: p.removed.length,
    changed: p.changed.length,
  });
  return {
    roles: count(diff.roles),
    customRights: count(diff.customRights),
    collections: { changed: diff.collections.changed.length },
    rules: count(diff.rules),
    pages: count(diff.pages),
  };
}
