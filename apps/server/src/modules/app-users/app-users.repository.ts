import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.js';
import { notFound } from '../../http/app-error.js';
import { isUuid } from '../../lib/uuid.js';
import type { AppUserView } from './app-users.schema.js';

/** Where an app lives: its id and its company's, to tell members from end users. */
export interface AppRef {
  appId: string;
  companyId: string;
}

function baseQuery(db: Kysely<DatabaseSchema>, app: AppRef) {
  return db
    .selectFrom('app_user')
    .innerJoin('account', 'account.id', 'app_user.account_id')
    .leftJoin('company_member', (join) =>
      join
        .onRef('company_member.account_id', '=', 'app_user.account_id')
        .on('company_member.company_id', '=', app.companyId),
    )
    .select([
      'app_user.account_id',
      'app_user.status',
      'app_user.direct_rights',
      'app_user.attributes',
      'app_user.created_at',
      'app_user.updated_at',
      'account.email',
      'account.name',
      'company_member.account_id as member_id',
    ])
    .where('app_user.app_id', '=', app.appId);
}

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['execute']>>[number];

async function withRoles(db: Kysely<DatabaseSchema>, appId: string, rows: Row[]): Promise<AppUserView[]> {
  if (rows.length === 0) return [];
  const roles = await db
    .selectFrom('app_user_role')
    .innerJoin('app_role', 'app_role.id', 'app_user_role.role_id')
    .select(['app_user_role.account_id', 'app_role.key'])
    .where('app_user_role.app_id', '=', appId)
    .where(
      'app_user_role.account_id',
      'in',
      rows.map((r) => r.account_id),
    )
    .orderBy('app_role.key')
    .execute();
  return rows.map((r) => ({
    accountId: r.account_id,
    email: r.email,
    name: r.name,
    status: r.status,
    member: r.member_id !== null,
    roles: roles.filter((x) => x.account_id === r.account_id).map((x) => x.key),
    directRights: [...r.direct_rights].sort(),
    attributes: r.attributes,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));
}

/** One app user; anyone else is the 404 of a missing one. */
export async function findAppUser(
  db: Kysely<DatabaseSchema>,
  app: AppRef,
  accountId: string,
): Promise<AppUserView> {
  const row = isUuid(accountId)
    ? await baseQuery(db, app).where('app_user.account_id', '=', accountId).executeTakeFirst()
    : undefined;
  if (!row) throw notFound('app user');
  return (await withRoles(db, app.appId, [row]))[0]!;
}

/** Which page of app users to read, and the filters that narrow it. */
export interface AppUserPageQuery {
  limit: number;
  after?: string | undefined;
  search?: string | undefined;
  role?: string | undefined;
  status?: 'active' | 'suspended' | undefined;
}

/** A page of app users by email; `next` is the cursor of the following page. */
export async function listAppUsers(
  db: Kysely<DatabaseSchema>,
  app: AppRef,
  page: AppUserPageQuery,
): Promise<{ items: AppUserView[]; next: string | null }> {
  let query = baseQuery(db, app)
    .orderBy('account.email')
    .limit(page.limit + 1);
  if (page.after) query = query.where('account.email', '>', page.after);
  if (page.search) {
    const pattern = `%${page.search.replace(/[\\%_]/g, '\\$&')}%`;
    query = query.where((eb) =>
      eb.or([eb('account.email', 'ilike', pattern), eb('account.name', 'ilike', pattern)]),
    );
  }
  if (page.status) query = query.where('app_user.status', '=', page.status);
  const role = page.role;
  if (role) {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('app_user_role')
          .innerJoin('app_role', 'app_role.id', 'app_user_role.role_id')
          .select('app_user_role.role_id')
          .whereRef('app_user_role.account_id', '=', 'app_user.account_id')
          .where('app_user_role.app_id', '=', app.appId)
          .where('app_role.key', '=', role),
      ),
    );
  }
  const rows = await query.execute();
  const items = await withRoles(db, app.appId, rows.slice(0, page.limit));
  return { items, next: rows.length > page.limit ? (items.at(-1)?.email ?? null) : null };
}
