import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { AppContext } from '../../context.js';
import { type AppError, notFound, validationError } from '../../http/app-error.js';
import type { AuthenticatedAccount } from '../../http/authentication.js';
import { isUuid } from '../../lib/uuid.js';
import { invitationMail } from '../../mail/templates.js';
import { recordAuditEvent } from '../audit/audit.service.js';
import { authErrors } from '../auth/auth.errors.js';
import type { CompanyRight } from '../rights/catalogue.js';
import { assertCompanyCeiling } from '../tenancy/delegation.js';
import type { CompanyAccess } from '../tenancy/tenant-access.js';
import { companyErrors } from './companies.errors.js';
import { type Actor, auditActor } from './companies.service.js';

const VALID_DAYS = 7;

/** An invitation as the company's user managers see it (never its token). */
export interface InvitationView {
  id: string;
  email: string;
  rights: string[];
  status: 'pending' | 'accepted' | 'revoked' | 'expired';
  expiresAt: Date;
  createdAt: Date;
  lastSentAt: Date;
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Invites an email address with company rights (never more than the inviter holds). */
export async function inviteMember(
  ctx: AppContext,
  actor: Actor,
  access: CompanyAccess,
  input: { email: string; rights: CompanyRight[] },
): Promise<InvitationView> {
  assertCompanyCeiling(access, input.rights);
  const email = input.email.toLowerCase();
  const already = await ctx.database.db
    .selectFrom('company_member')
    .innerJoin('account', 'account.id', 'company_member.account_id')
    .select('account.id')
    .where('company_member.company_id', '=', access.companyId)
    .where((eb) => eb(eb.fn('lower', ['account.email']), '=', email))
    .executeTakeFirst();
  if (already) throw companyErrors.ALREADY_MEMBER('This person is already a member of the company.');
  const token = randomBytes(32).toString('base64url');
  const row = await ctx.database.db
    .insertInto('company_invitation')
    .values({
      company_id: access.companyId,
      email,
      rights: [...new Set(input.rights)].sort(),
      token_hash: hashToken(token),
      expires_at: expiry(ctx),
      invited_by: actor.accountId,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await sendInvitation(ctx, actor, access.companyId, email, token);
  await audit(ctx, actor, access.companyId, 'company.invitation.created', row.id, {
    email,
    rights: row.rights,
  });
  return toView(ctx, row);
}

/** Which page of invitations to read, and whether only the open ones. */
export interface InvitationPageQuery {
  limit: number;
  after?: string | undefined;
  open?: boolean | undefined;
}

/**
 * The company's invitations, newest first, a page at a time. The cursor is the id of the last
 * invitation shown (invitations are never deleted, only accepted or revoked); its exact creation
 * time is read back from the database, so rows created within the same millisecond never go missing.
 */
export async function listInvitations(
  ctx: AppContext,
  companyId: string,
  page: InvitationPageQuery,
): Promise<{ items: InvitationView[]; next: string | null }> {
  let query = ctx.database.db
    .selectFrom('company_invitation')
    .selectAll()
    .where('company_id', '=', companyId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit + 1);
  if (page.after) {
    const after = page.after;
    if (!isUuid(after)) {
      throw validationError([
        { location: 'querystring', field: 'after', message: 'is not a cursor this API returned' },
      ]);
    }
    query = query.where(
      (eb) =>
        sql<boolean>`(${eb.ref('created_at')}, ${eb.ref('id')}) < (select i.created_at, i.id from company_invitation i where i.id = ${after} and i.company_id = ${companyId})`,
    );
  }
  if (page.open !== undefined) {
    query = query.where((eb) => {
      const open = eb.and([eb('accepted_at', 'is', null), eb('revoked_at', 'is', null)]);
      return page.open ? open : eb.not(open);
    });
  }
  const rows = await query.execute();
  const items = rows.slice(0, page.limit).map((r) => toView(ctx, r));
  const last = items.at(-1);
  return { items, next: rows.length > page.limit && last ? last.id : null };
}

/** Sends a pending invitation again, with a new token and a new week; the old link stops working. */
export async function resendInvitation(
  ctx: AppContext,
  actor: Actor,
  access: CompanyAccess,
  id: string,
): Promise<InvitationView> {
  const current = await findInvitation(ctx, access.companyId, id);
  assertCompanyCeiling(access, current.rights);
  if (current.accepted_at || current.revoked_at) {
    throw companyErrors.INVITATION_CLOSED();
  }
  const token = randomBytes(32).toString('base64url');
  const row = await ctx.database.db
    .updateTable('company_invitation')
    .set({ token_hash: hashToken(token), expires_at: expiry(ctx), last_sent_at: ctx.clock.now() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await sendInvitation(ctx, actor, access.companyId, row.email, token);
  await audit(ctx, actor, access.companyId, 'company.invitation.resent', id, { email: row.email });
  return toView(ctx, row);
}

/** Revokes a pending invitation. */
export async function revokeInvitation(
  ctx: AppContext,
  actor: Actor,
  access: CompanyAccess,
  id: string,
): Promise<InvitationView> {
  const current = await findInvitation(ctx, access.companyId, id);
  assertCompanyCeiling(access, current.rights);
  const row = await ctx.database.db
    .updateTable('company_invitation')
    .set({ revoked_at: ctx.clock.now() })
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
  if (!row) throw companyErrors.INVITATION_CLOSED();
  await audit(ctx, actor, access.companyId, 'company.invitation.revoked', id, { email: row.email });
  return toView(ctx, row);
}

/** What the accept page shows before the invited person accepts. */
export async function previewInvitation(ctx: AppContext, token: string) {
  const row = await ctx.database.db
    .selectFrom('company_invitation')
    .innerJoin('company', 'company.id', 'company_invitation.company_id')
    .leftJoin('account', 'account.id', 'company_invitation.invited_by')
    .select([
      'company.name as companyName',
      'account.name as inviterName',
      'company_invitation.email',
      'company_invitation.rights',
      'company_invitation.expires_at',
      'company_invitation.accepted_at',
      'company_invitation.revoked_at',
    ])
    .where('company_invitation.token_hash', '=', hashToken(token))
    .executeTakeFirst();
  if (!row || row.accepted_at || row.revoked_at || row.expires_at <= ctx.clock.now())
    throw invalidInvitation();
  return {
    companyName: row.companyName,
    inviterName: row.inviterName,
    email: row.email,
    rights: row.rights,
    expiresAt: row.expires_at,
  };
}

/**
 * Accepts an invitation: single-use (one conditional update claims it, so two acceptances race
 * to exactly one winner), unexpired, and only by a verified account with the invited address.
 */
export async function acceptInvitation(
  ctx: AppContext,
  account: AuthenticatedAccount,
  token: string,
  source: Actor['source'],
): Promise<{ companyId: string }> {
  if (!account.emailVerified) {
    throw authErrors.EMAIL_NOT_VERIFIED('Confirm your email address before accepting an invitation.');
  }
  return ctx.database.db.transaction().execute(async (trx) => {
    const claimed = await trx
      .updateTable('company_invitation')
      .set({ accepted_at: ctx.clock.now(), accepted_by: account.id })
      .where('token_hash', '=', hashToken(token))
      .where('accepted_at', 'is', null)
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', ctx.clock.now())
      .where((eb) => eb(eb.fn('lower', ['email']), '=', account.email.toLowerCase()))
      .returningAll()
      .executeTakeFirst();
    if (!claimed) throw invalidInvitation();
    const inserted = await trx
      .insertInto('company_member')
      .values({
        company_id: claimed.company_id,
        account_id: account.id,
        rights: claimed.rights,
        is_owner: false,
      })
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst();
    if (!inserted.numInsertedOrUpdatedRows) {
      throw companyErrors.ALREADY_MEMBER('You are already a member of this company.');
    }
    await recordAuditEvent(
      ctx,
      {
        action: 'company.invitation.accepted',
        outcome: 'success',
        actor: { accountId: account.id },
        companyId: claimed.company_id,
        target: { type: 'invitation', id: claimed.id },
        source,
        details: { after: { rights: claimed.rights } },
      },
      trx,
    );
    return { companyId: claimed.company_id };
  });
}

// One answer for unknown, used, revoked, expired and someone else's invitation.
function invalidInvitation(): AppError {
  return companyErrors.INVALID_INVITATION();
}

function expiry(ctx: AppContext): Date {
  return new Date(ctx.clock.now().getTime() + VALID_DAYS * 86_400_000);
}

async function findInvitation(ctx: AppContext, companyId: string, id: string) {
  const row = await ctx.database.db
    .selectFrom('company_invitation')
    .selectAll()
    .where('id', '=', id)
    .where('company_id', '=', companyId)
    .executeTakeFirst();
  if (!row) throw notFound('invitation');
  return row;
}

async function sendInvitation(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  email: string,
  token: string,
) {
  const [company, inviter] = await Promise.all([
    ctx.database.db
      .selectFrom('company')
      .select('name')
      .where('id', '=', companyId)
      .executeTakeFirstOrThrow(),
    ctx.database.db
      .selectFrom('account')
      .select('name')
      .where('id', '=', actor.accountId)
      .executeTakeFirstOrThrow(),
  ]);
  const url = `${ctx.config.publicUrl}/invitations/accept?token=${token}`;
  await ctx.mailer.send(invitationMail(email, company.name, inviter.name, url));
}

async function audit(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  action: string,
  id: string,
  details: Record<string, unknown>,
) {
  await recordAuditEvent(ctx, {
    action,
    outcome: 'success',
    actor: auditActor(actor),
    companyId,
    target: { type: 'invitation', id },
    source: actor.source,
    details,
  });
}

function toView(
  ctx: AppContext,
  row: {
    id: string;
    email: string;
    rights: string[];
    expires_at: Date;
    created_at: Date;
    last_sent_at: Date;
    accepted_at: Date | null;
    revoked_at: Date | null;
  },
): InvitationView {
  const status = row.accepted_at
    ? 'accepted'
    : row.revoked_at
      ? 'revoked'
      : row.expires_at <= ctx.clock.now()
        ? 'expired'
        : 'pending';
  return {
    id: row.id,
    email: row.email,
    rights: row.rights,
    status,
    expiresAt: row.expires_at,
    createdAt: row.created_at,
    lastSentAt: row.last_sent_at,
  };
}
