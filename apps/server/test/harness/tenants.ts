import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../src/context.js';
import { registerVerifyAndSignIn } from './accounts.js';
import { TestClient } from './client.js';

/** A signed-in person: their browser and their account id. */
export interface Person {
  client: TestClient;
  accountId: string;
  email: string;
}

/** Registers, confirms and signs in a new person. */
export async function signUp(
  app: FastifyInstance,
  ctx: AppContext,
  email: string,
  name = 'Test Person',
): Promise<Person> {
  const client = new TestClient(app);
  const accountId = await registerVerifyAndSignIn(client, ctx, { email, name });
  return { client, accountId, email };
}

/** Inserts a company owned by an account, bypassing the API (fixture setup only). */
export async function insertCompany(ctx: AppContext, name: string, ownerId: string): Promise<string> {
  const company = await ctx.database.db
    .insertInto('company')
    .values({ name, properties: JSON.stringify({}) })
    .returning('id')
    .executeTakeFirstOrThrow();
  await ctx.database.db
    .insertInto('company_billing')
    .values({ company_id: company.id, address: JSON.stringify({}) })
    .execute();
  await insertMember(ctx, company.id, ownerId, [], true);
  return company.id;
}

/** Adds an account to a company with rights (fixture setup only). */
export async function insertMember(
  ctx: AppContext,
  companyId: string,
  accountId: string,
  rights: string[],
  isOwner = false,
): Promise<void> {
  await ctx.database.db
    .insertInto('company_member')
    .values({ company_id: companyId, account_id: accountId, rights, is_owner: isOwner })
    .execute();
}
