import type { AppContext } from '../../context.js';
import { recordAuditEvent } from '../audit/audit.service.js';
import { type Actor, auditActor } from './companies.service.js';

/** Billing details: data only, no payment processor. */
export interface BillingView {
  billingEmail: string | null;
  address: Record<string, string>;
  vatId: string | null;
  plan: string;
  updatedAt: Date;
}

/** The company's billing details. */
export async function getBilling(ctx: AppContext, companyId: string): Promise<BillingView> {
  const row = await ctx.database.db
    .selectFrom('company_billing')
    .selectAll()
    .where('company_id', '=', companyId)
    .executeTakeFirstOrThrow();
  return toView(row);
}

/** Changes billing details; fields left out stay as they are. */
export async function updateBilling(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  input: Partial<Omit<BillingView, 'updatedAt'>>,
): Promise<BillingView> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('company_billing')
      .selectAll()
      .where('company_id', '=', companyId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const after = await trx
      .updateTable('company_billing')
      .set({
        ...(input.billingEmail !== undefined ? { billing_email: input.billingEmail } : {}),
        ...(input.address !== undefined ? { address: JSON.stringify(input.address) } : {}),
        ...(input.vatId !== undefined ? { vat_id: input.vatId } : {}),
        ...(input.plan !== undefined ? { plan: input.plan } : {}),
        updated_at: ctx.clock.now(),
      })
      .where('company_id', '=', companyId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAuditEvent(
      ctx,
      {
        action: 'company.billing.updated',
        outcome: 'success',
        actor: auditActor(actor),
        companyId,
        target: { type: 'company', id: companyId },
        source: actor.source,
        details: { before: withoutTimestamp(toView(before)), after: withoutTimestamp(toView(after)) },
      },
      trx,
    );
    return toView(after);
  });
}

function withoutTimestamp({ updatedAt: _, ...rest }: BillingView) {
  return rest;
}

function toView(row: {
  billing_email: string | null;
  address: Record<string, string>;
  vat_id: string | null;
  plan: string;
  updated_at: Date;
}): BillingView {
  return {
    billingEmail: row.billing_email,
    address: row.address,
    vatId: row.vat_id,
    plan: row.plan,
    updatedAt: row.updated_at,
  };
}
