import type { Kysely, Selectable } from 'kysely';
import type { AppContext } from '../../context.js';
import type { ApplicationTable, DatabaseSchema } from '../../db/schema.js';
import { notFound } from '../../http/app-error.js';
import type { AppActor, CompanyActor } from '../app-change/app-actor.js';
import { isUniqueViolation, recordAppChange } from '../app-change/app-change.js';
import { insertAppUser } from '../app-users/enrolment.js';
import { recordAuditEvent } from '../audit/audit.service.js';
import { dropAppStorage, provisionAppStorage } from '../collections/app-storage.js';
import { defaultRoles } from '../roles/default-roles.js';
import { type RoleView, toRoleView } from '../roles/roles.repository.js';
import { freeSlug, slugify } from './app-slug.js';
import { applicationErrors } from './applications.errors.js';
import {
  type AppView,
  type CreateAppInput,
  LOGIN_COLORS,
  type UpdateAppInput,
} from './applications.schema.js';
import {
  availableSignInMethods,
  checkSignInMethods,
  offeredSignInMethods,
  PASSWORD_METHOD,
} from './sign-in-methods.js';

/** Maps an application row to its view. */
export function toAppView(row: Selectable<ApplicationTable>): AppView {
  return {
    id: row.id,
    companyId: row.company_id,
    name: row.name,
    description: row.description,
    registration: row.registration,
    slug: row.slug,
    loginTemplate: loginTemplateOf(row),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The sign-in screen's settings, with the defaults of what was never set. */
function loginTemplateOf(row: Selectable<ApplicationTable>): AppView['loginTemplate'] {
  const stored = row.login_template;
  const color = LOGIN_COLORS.find((c) => c === stored.color) ?? 'blue';
  // Templates saved before logos and methods existed showed a password form only.
  return {
    title: stored.title ?? '',
    subtitle: stored.subtitle ?? '',
    color,
    logo: stored.logo ?? '',
    methods: stored.methods?.length ? stored.methods : [PASSWORD_METHOD],
  };
}

/** Reads one application; a missing one is the same 404 as one the caller may not see. */
export async function findApp(db: Kysely<DatabaseSchema>, appId: string): Promise<AppView> {
  const row = await db.selectFrom('application').selectAll().where('id', '=', appId).executeTakeFirst();
  if (!row) throw notFound('application');
  return toAppView(row);
}

/**
 * Creates an application with its default roles and makes the creator its first app user, holding
 * Team Admin, in one transaction: an app never exists without the roles it depends on.
 */
export async function createApp(
  ctx: AppContext,
  actor: CompanyActor,
  input: CreateAppInput,
): Promise<{ app: AppView; roles: RoleView[] }> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const { slug: chosen, ...rest } = input;
    const slug = chosen ?? (await freeSlug(trx, slugify(input.name)));
    const app = await withSlug(slug, () =>
      trx
        .insertInto('application')
        .values({
          company_id: actor.access.companyId,
          ...rest,
          slug,
          register_form: JSON.stringify({ fields: [] }),
        })
        .returningAll()
        .executeTakeFirstOrThrow(),
    );
    const roles = await trx.insertInto('app_role').values(defaultRoles(app.id)).returningAll().execute();
    // Its own schema and its users collection: an app has somewhere to keep records from the start.
    await provisionAppStorage(trx, app.id);
    const teamAdmin = roles.find((r) => r.default_for === 'team_admin')!;
    await insertAppUser(trx, app.id, actor.accountId, {
      roles: [teamAdmin],
      directRights: [],
      attributes: {},
    });
    const view = toAppView(app);
    await recordAuditEvent(
      ctx,
      {
        action: 'app.created',
        outcome: 'success',
        actor: actor.audit,
        target: { type: 'application', id: app.id },
        companyId: app.company_id,
        appId: app.id,
        source: actor.source,
        details: {
          before: null,
          after: { ...view, roles: roles.map((r) => r.key), teamAdmin: actor.accountId },
        },
      },
      trx,
    );
    return { app: view, roles: roles.map((r) => toRoleView(r, r.id === teamAdmin.id ? 1 : 0)) };
  });
}

/** The company's applications, by name. */
export async function listCompanyApps(ctx: AppContext, companyId: string): Promise<AppView[]> {
  const rows = await ctx.database.db
    .selectFrom('application')
    .selectAll()
    .where('company_id', '=', companyId)
    .orderBy('name')
    .orderBy('id')
    .execute();
  return rows.map(toAppView);
}

/** The applications an account is an app user of, with its roles in each (its "my apps" page). */
export async function listMyApps(ctx: AppContext, accountId: string) {
  const db = ctx.database.db;
  const rows = await db
    .selectFrom('app_user')
    .innerJoin('application', 'application.id', 'app_user.app_id')
    .selectAll('application')
    .select('app_user.status')
    .where('app_user.account_id', '=', accountId)
    .orderBy('application.name')
    .orderBy('application.id')
    .execute();
  if (rows.length === 0) return [];
  const roles = await db
    .selectFrom('app_user_role')
    .innerJoin('app_role', 'app_role.id', 'app_user_role.role_id')
    .select(['app_user_role.app_id', 'app_role.key', 'app_role.name'])
    .where('app_user_role.account_id', '=', accountId)
    .orderBy('app_role.key')
    .execute();
  return rows.map((row) => ({
    ...toAppView(row),
    status: row.status,
    roles: roles.filter((r) => r.app_id === row.id).map((r) => ({ key: r.key, name: r.name })),
  }));
}

// Locks the app row for the rest of the transaction; a missing app is a 404.
async function lockApp(trx: Kysely<DatabaseSchema>, appId: string): Promise<Selectable<ApplicationTable>> {
  const row = await trx
    .selectFrom('application')
    .selectAll()
    .where('id', '=', appId)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw notFound('application');
  return row;
}

/** Renames an app, edits its description, or opens or closes its self-registration. */
export async function updateApp(ctx: AppContext, actor: AppActor, patch: UpdateAppInput): Promise<AppView> {
  const appId = actor.access.appId;
  // Checked before the transaction: the providers are read on their own connection.
  if (patch.loginTemplate?.methods) {
    checkSignInMethods(
      patch.loginTemplate.methods,
      await availableSignInMethods(ctx, actor.access.companyId),
    );
  }
  return ctx.database.db.transaction().execute(async (trx) => {
    const before = await lockApp(trx, appId);
    const { loginTemplate: change, ...columns } = patch;
    // The settings the change leaves out keep their value, as with the app's own columns.
    const loginTemplate = change ? { ...loginTemplateOf(before), ...change } : undefined;
    const after = await withSlug(patch.slug ?? '', () =>
      trx
        .updateTable('application')
        .set({
          ...columns,
          ...(loginTemplate ? { login_template: JSON.stringify(loginTemplate) } : {}),
          updated_at: ctx.clock.now(),
        })
        .where('id', '=', appId)
        .returningAll()
        .executeTakeFirstOrThrow(),
    );
    const shown = { before: toAppView(before), after: toAppView(after) };
    const changed = Object.keys(patch) as (keyof UpdateAppInput)[];
    await recordAppChange(
      ctx,
      actor,
      {
        action: 'app.updated',
        target: { type: 'application', id: appId },
        before: Object.fromEntries(changed.map((k) => [k, shown.before[k]])),
        after: Object.fromEntries(changed.map((k) => [k, shown.after[k]])),
      },
      trx,
    );
    return toAppView(after);
  });
}

/**
 * Deletes an app with everything in it. Role assignments go first: they restrict deleting a
 * role, and the cascade from the app would otherwise meet them in an arbitrary order.
 */
export async function deleteApp(ctx: AppContext, actor: AppActor): Promise<void> {
  const appId = actor.access.appId;
  await ctx.database.db.transaction().execute(async (trx) => {
    const before = await lockApp(trx, appId);
    const users = await trx
      .selectFrom('app_user')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('app_id', '=', appId)
      .executeTakeFirstOrThrow();
    await trx.deleteFrom('app_user_role').where('app_id', '=', appId).execute();
    await dropAppStorage(trx, appId);
    await trx.deleteFrom('application').where('id', '=', appId).execute();
    await recordAppChange(
      ctx,
      actor,
      {
        action: 'app.deleted',
        target: { type: 'application', id: appId },
        before: { ...toAppView(before), users: Number(users.n) },
      },
      trx,
    );
  });
}

/** An app's sign-in screen, by its end-user app's address: what anyone may see there. */
export async function findPublicApp(ctx: AppContext, slug: string) {
  const row = await ctx.database.db
    .selectFrom('application')
    .selectAll()
    .where('slug', '=', slug)
    .executeTakeFirst();
  if (!row) throw notFound('application');
  const { id, name, registration, loginTemplate } = toAppView(row);
  const available = await availableSignInMethods(ctx, row.company_id);
  const methods = offeredSignInMethods(loginTemplate.methods, available);
  return { id, name, slug: row.slug, registration, loginTemplate: { ...loginTemplate, methods } };
}

async function withSlug<T>(slug: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw applicationErrors.APP_SLUG_TAKEN(slug, { field: 'slug' });
    throw error;
  }
}
