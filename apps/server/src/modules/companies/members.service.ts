import type { Kysely } from 'kysely';
import type { AppContext } from '../../context.js';
import type { DatabaseSchema } from '../../db/schema.js';
import { notFound, validationError } from '../../http/app-error.js';
import { isUuid } from '../../lib/uuid.js';
import { recordAuditEvent } from '../audit/audit.service.js';
import { COMPANY_RIGHT_KEYS, type CompanyRight, MEMBER_PRESETS } from '../rights/catalogue.js';
import { assertCompanyCeiling } from '../tenancy/delegation.js';
import type { CompanyAccess } from '../tenancy/tenant-access.js';
import { companyErrors } from './companies.errors.js';
import { type Actor, auditActor, lockCompany } from './companies.service.js';

/** A member as the user management screen lists them. */
export interface MemberView {
  accountId: string;
  email: string;
  name: string;
  isOwner: boolean;
  rights: string[];
  preset: 'owner' | 'admin' | 'editor' | 'custom';
  joinedAt: Date;
}

/** Names the preset a set of rights matches (Ninox's Owner / Admin / Editor). */
export function presetOf(isOwner: boolean, rights: readonly string[]): MemberView['preset'] {
  if (isOwner) return 'owner';
  const sorted = [...rights].sort().join(',');
  if (sorted === [...MEMBER_PRESETS.admin].sort().join(',')) return 'admin';
  if (rights.length === 0) return 'editor';
  return 'custom';
}

/** Which page of members to read, and the search that narrows it. */
export interface MemberPageQuery {
  limit: number;
  after?: string | undefined;
  search?: string | undefined;
}

/** A page of members, owners first then by email; `next` is the cursor of the following page. */
export interface MemberPage {
  items: MemberView[];
  next: string | null;
  total: number;
  owners: number;
}

// The cursor is the (ownership, email, id) of the last member shown: stable while members come and go.
function encodeMemberCursor(m: MemberView): string {
  return Buffer.from(JSON.stringify([m.isOwner, m.email, m.accountId])).toString('base64url');
}

function decodeMemberCursor(cursor: string): { isOwner: boolean; email: string; accountId: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  if (
    Array.isArray(parsed) &&
    parsed.length === 3 &&
    typeof parsed[0] === 'boolean' &&
    typeof parsed[1] === 'string' &&
    typeof parsed[2] === 'string' &&
    isUuid(parsed[2])
  ) {
    return { isOwner: parsed[0], email: parsed[1], accountId: parsed[2] };
  }
  throw validationError([
    { location: 'querystring', field: 'after', message: 'is not a cursor this API returned' },
  ]);
}

/** The members of a company, owners first, a page at a time. */
export async function listMembers(
  ctx: AppContext,
  companyId: string,
  page: MemberPageQuery,
): Promise<MemberPage> {
  const db = ctx.database.db;
  let query = memberQuery(db, companyId)
    .orderBy('company_member.is_owner', 'desc')
    .orderBy('account.email')
    .orderBy('company_member.account_id')
    .limit(page.limit + 1);
  if (page.after) {
    const c = decodeMemberCursor(page.after);
    query = query.where((eb) =>
      eb.or([
        // Owners (true) come before members (false).
        ...(c.isOwner ? [eb('company_member.is_owner', '=', false)] : []),
        eb.and([
          eb('company_member.is_owner', '=', c.isOwner),
          eb.or([
            eb('account.email', '>', c.email),
            eb.and([eb('account.email', '=', c.email), eb('company_member.account_id', '>', c.accountId)]),
          ]),
        ]),
      ]),
    );
  }
  if (page.search) {
    const pattern = `%${page.search.replace(/[\\%_]/g, '\\$&')}%`;
    query = query.where((eb) =>
      eb.or([eb('account.email', 'ilike', pattern), eb('account.name', 'ilike', pattern)]),
    );
  }
  const [rows, counts] = await Promise.all([
    query.execute(),
    db
      .selectFrom('company_member')
      .select((eb) => [
        eb.fn.countAll<string>().as('total'),
        eb.fn.count<string>('account_id').filterWhere('is_owner', '=', true).as('owners'),
      ])
      .where('company_id', '=', companyId)
      .executeTakeFirstOrThrow(),
  ]);
  const items = rows.slice(0, page.limit).map(toView);
  const last = items.at(-1);
  return {
    items,
    next: rows.length > page.limit && last ? encodeMemberCursor(last) : null,
    total: Number(counts.total),
    owners: Number(counts.owners),
  };
}

/** One member, or 404. */
export async function getMember(
  db: Kysely<DatabaseSchema>,
  companyId: string,
  accountId: string,
): Promise<MemberView> {
  const row = await memberQuery(db, companyId)
    .where('company_member.account_id', '=', accountId)
    .executeTakeFirst();
  if (!row) throw notFound('member');
  return toView(row);
}

/**
 * Sets a member's company rights. Within the delegation ceiling (what is added or removed must be
 * held by the caller); an owner's rights are their ownership, changed only through ownership.
 */
export async function setMemberRights(
  ctx: AppContext,
  actor: Actor,
  access: CompanyAccess,
  accountId: string,
  rights: CompanyRight[],
): Promise<MemberView> {
  return ctx.database.db.transaction().execute(async (trx) => {
    await lockCompany(trx, access.companyId);
    const before = await getMember(trx, access.companyId, accountId);
    if (before.isOwner) {
      throw companyErrors.OWNER_RIGHTS_FIXED();
    }
    const unique: string[] = [...new Set(rights)].sort();
    const changed = [
      ...unique.filter((r) => !before.rights.includes(r)),
      ...before.rights.filter((r) => !unique.includes(r)),
    ];
    assertCompanyCeiling(access, changed);
    await trx
      .updateTable('company_member')
      .set({ rights: unique, updated_at: ctx.clock.now() })
      .where('company_id', '=', access.companyId)
      .where('account_id', '=', accountId)
      .execute();
    const after = await getMember(trx, access.companyId, accountId);
    await audit(ctx, trx, actor, access.companyId, 'company.member.rights_changed', accountId, before, after);
    return after;
  });
}

/**
 * Makes a member an owner or an owner a member (with the admin preset). Owners alone may do it,
 * and a company always keeps at least one owner: the company row lock makes that hold under
 * concurrent demotions.
 */
export async function setOwnership(
  ctx: AppContext,
  actor: Actor,
  access: CompanyAccess,
  accountId: string,
  owner: boolean,
): Promise<MemberView> {
  if (!access.isOwner) throw companyErrors.OWNER_ONLY('change ownership');
  return ctx.database.db.transaction().execute(async (trx) => {
    await lockCompany(trx, access.companyId);
    await assertStillOwner(trx, access.companyId, actor.accountId);
    const before = await getMember(trx, access.companyId, accountId);
    if (before.isOwner === owner) return before;
    if (!owner) await assertAnotherOwner(trx, access.companyId, accountId);
    await trx
      .updateTable('company_member')
      .set({ is_owner: owner, rights: owner ? [] : [...MEMBER_PRESETS.admin], updated_at: ctx.clock.now() })
      .where('company_id', '=', access.companyId)
      .where('account_id', '=', accountId)
      .execute();
    const after = await getMember(trx, access.companyId, accountId);
    await audit(
      ctx,
      trx,
      actor,
      access.companyId,
      owner ? 'company.owner.added' : 'company.owner.removed',
      accountId,
      before,
      after,
    );
    return after;
  });
}

/** Hands ownership to another member; the caller stays on as an admin. */
export async function transferOwnership(
  ctx: AppContext,
  actor: Actor,
  access: CompanyAccess,
  toAccountId: string,
): Promise<{ from: MemberView; to: MemberView }> {
  if (toAccountId === actor.accountId) {
    throw companyErrors.ALREADY_OWNER();
  }
  const to = await setOwnership(ctx, actor, access, toAccountId, true);
  const from = await setOwnership(ctx, actor, access, actor.accountId, false);
  return { from, to };
}

/** Removes a member (or lets a member leave). Owners go only through an owner, never the last one. */
export async function removeMember(
  ctx: AppContext,
  actor: Actor,
  access: CompanyAccess,
  accountId: string,
): Promise<void> {
  const leaving = accountId === actor.accountId;
  await ctx.database.db.transaction().execute(async (trx) => {
    await lockCompany(trx, access.companyId);
    const before = await getMember(trx, access.companyId, accountId);
    if (before.isOwner && !leaving && !access.isOwner) {
      throw companyErrors.OWNER_ONLY('remove another owner');
    }
    if (!leaving && !before.isOwner) assertCompanyCeiling(access, before.rights);
    if (before.isOwner) await assertAnotherOwner(trx, access.companyId, accountId);
    await trx
      .deleteFrom('company_member')
      .where('company_id', '=', access.companyId)
      .where('account_id', '=', accountId)
      .execute();
    // Company membership is what made them a builder in its apps: that access goes with it.
    const apps = trx.selectFrom('application').select('id').where('company_id', '=', access.companyId);
    await trx
      .deleteFrom('app_user')
      .where('account_id', '=', accountId)
      .where('app_id', 'in', apps)
      .execute();
    await audit(
      ctx,
      trx,
      actor,
      access.companyId,
      leaving ? 'company.member.left' : 'company.member.removed',
      accountId,
      before,
      null,
    );
  });
}

async function assertAnotherOwner(
  trx: Kysely<DatabaseSchema>,
  companyId: string,
  accountId: string,
): Promise<void> {
  const other = await trx
    .selectFrom('company_member')
    .select('account_id')
    .where('company_id', '=', companyId)
    .where('is_owner', '=', true)
    .where('account_id', '!=', accountId)
    .executeTakeFirst();
  if (!other) {
    throw companyErrors.LAST_OWNER();
  }
}

// Re-read under the lock: an owner demoted a moment ago by a concurrent request is no longer one.
async function assertStillOwner(
  trx: Kysely<DatabaseSchema>,
  companyId: string,
  accountId: string,
): Promise<void> {
  const me = await trx
    .selectFrom('company_member')
    .select('is_owner')
    .where('company_id', '=', companyId)
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  if (!me?.is_owner) throw companyErrors.OWNER_ONLY('change ownership');
}

function memberQuery(db: Kysely<DatabaseSchema>, companyId: string) {
  return db
    .selectFrom('company_member')
    .innerJoin('account', 'account.id', 'company_member.account_id')
    .select([
      'company_member.account_id',
      'account.email',
      'account.name',
      'company_member.is_owner',
      'company_member.rights',
      'company_member.created_at',
    ])
    .where('company_member.company_id', '=', companyId);
}

function toView(row: {
  account_id: string;
  email: string;
  name: string;
  is_owner: boolean;
  rights: string[];
  created_at: Date;
}): MemberView {
  const rights = row.is_owner ? [...COMPANY_RIGHT_KEYS] : row.rights;
  return {
    accountId: row.account_id,
    email: row.email,
    name: row.name,
    isOwner: row.is_owner,
    rights,
    preset: presetOf(row.is_owner, row.rights),
    joinedAt: row.created_at,
  };
}

async function audit(
  ctx: AppContext,
  trx: Kysely<DatabaseSchema>,
  actor: Actor,
  companyId: string,
  action: string,
  accountId: string,
  before: MemberView | null,
  after: MemberView | null,
): Promise<void> {
  const summary = (m: MemberView | null) => m && { isOwner: m.isOwner, rights: m.rights };
  await recordAuditEvent(
    ctx,
    {
      action,
      outcome: 'success',
      actor: auditActor(actor),
      companyId,
      target: { type: 'account', id: accountId },
      source: actor.source,
      details: { before: summary(before), after: summary(after) },
    },
    trx,
  );
}
