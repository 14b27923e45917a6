import type { Kysely } from 'kysely';
import type { AppContext } from '../../context.js';
import type { DatabaseSchema } from '../../db/schema.js';
import { notFound } from '../../http/app-error.js';
import type { RequestSource } from '../../http/request-source.js';
import { type AuditActor, recordAuditEvent } from '../audit/audit.service.js';
import { COMPANY_RIGHT_KEYS } from '../rights/catalogue.js';

/** Who makes a change inside a company, for checks and the audit log. */
export interface Actor {
  accountId: string;
  source: RequestSource;
  apiKeyId?: string | null;
}

/** A company as its members see it. */
export interface CompanyView {
  id: string;
  name: string;
  properties: Record<string, unknown>;
  mfaRequired: boolean;
  createdAt: Date;
}

/** The audit actor of an Actor. */
export function auditActor(actor: Actor): AuditActor {
  return { accountId: actor.accountId, apiKeyId: actor.apiKeyId ?? null };
}

/** Creates a company; its creator becomes its first owner. */
export async function createCompany(
  ctx: AppContext,
  actor: Actor,
  input: { name: string },
): Promise<CompanyView> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const company = await trx
      .insertInto('company')
      .values({ name: input.name, properties: JSON.stringify({}) })
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('company_billing')
      .values({ company_id: company.id, address: JSON.stringify({}) })
      .execute();
    await trx
      .insertInto('company_member')
      .values({ company_id: company.id, account_id: actor.accountId, is_owner: true, rights: [] })
      .execute();
    await recordAuditEvent(
      ctx,
      {
        action: 'company.created',
        outcome: 'success',
        actor: auditActor(actor),
        companyId: company.id,
        target: { type: 'company', id: company.id },
        source: actor.source,
        details: { after: { name: company.name } },
      },
      trx,
    );
    return toView(company);
  });
}

/** The companies an account belongs to, with its standing in each. */
export async function listMyCompanies(ctx: AppContext, accountId: string) {
  const rows = await ctx.database.db
    .selectFrom('company_member')
    .innerJoin('company', 'company.id', 'company_member.company_id')
    .select(['company.id', 'company.name', 'company_member.is_owner', 'company_member.rights'])
    .where('company_member.account_id', '=', accountId)
    .orderBy('company.name')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    isOwner: r.is_owner,
    rights: r.is_owner ? [...COMPANY_RIGHT_KEYS] : r.rights,
  }));
}

/** One company. */
export async function getCompany(ctx: AppContext, companyId: string): Promise<CompanyView> {
  const row = await ctx.database.db
    .selectFrom('company')
    .selectAll()
    .where('id', '=', companyId)
    .executeTakeFirstOrThrow();
  return toView(row);
}

/** Changes the company information (name and custom properties). */
export async function updateCompanyInfo(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  input: { name?: string; properties?: Record<string, unknown> },
): Promise<CompanyView> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const before = await lockCompany(trx, companyId);
    const after = await trx
      .updateTable('company')
      .set({
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.properties !== undefined ? { properties: JSON.stringify(input.properties) } : {}),
        updated_at: ctx.clock.now(),
      })
      .where('id', '=', companyId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAuditEvent(
      ctx,
      {
        action: 'company.info.updated',
        outcome: 'success',
        actor: auditActor(actor),
        companyId,
        target: { type: 'company', id: companyId },
        source: actor.source,
        details: {
          before: { name: before.name, properties: before.properties },
          after: { name: after.name, properties: after.properties },
        },
      },
      trx,
    );
    return toView(after);
  });
}

/** Turns "members must use two-factor authentication" on or off. */
export async function setCompanyMfaRequired(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  mfaRequired: boolean,
): Promise<CompanyView> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const before = await lockCompany(trx, companyId);
    const after = await trx
      .updateTable('company')
      .set({ mfa_required: mfaRequired, updated_at: ctx.clock.now() })
      .where('id', '=', companyId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAuditEvent(
      ctx,
      {
        action: 'company.security.updated',
        outcome: 'success',
        actor: auditActor(actor),
        companyId,
        target: { type: 'company', id: companyId },
        source: actor.source,
        details: { before: { mfaRequired: before.mfa_required }, after: { mfaRequired } },
      },
      trx,
    );
    return toView(after);
  });
}

/**
 * Locks the company row for the rest of the transaction. Every change to ownership takes this
 * lock first, so two owners demoting each other at once run one after the other.
 */
export async function lockCompany(trx: Kysely<DatabaseSchema>, companyId: string) {
  const row = await trx
    .selectFrom('company')
    .selectAll()
    .where('id', '=', companyId)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw notFound('company');
  return row;
}

function toView(row: {
  id: string;
  name: string;
  properties: Record<string, unknown>;
  mfa_required: boolean;
  created_at: Date;
}): CompanyView {
  return {
    id: row.id,
    name: row.name,
    properties: row.properties,
    mfaRequired: row.mfa_required,
    createdAt: row.created_at,
  };
}
