import { createHmac } from 'node:crypto';
import { expect } from 'vitest';
import type { AppContext } from '../../src/context.js';
import type { TestClient } from './client.js';

/** A password the policy accepts, different per call so tests never share one by accident. */
export function strongPassword(seed = 'x'): string {
  return `Lantern orbit ${seed} velvet cascade 93`;
}

/** The newest mail to an address (optionally of one kind), after deliveries under way finish. */
export async function latestMail(ctx: AppContext, to: string, kind?: string) {
  await ctx.mailer.flush();
  let query = ctx.database.db
    .selectFrom('mail_outbox')
    .selectAll()
    .where('to_address', '=', to.toLowerCase())
    .orderBy('created_at', 'desc');
  if (kind) query = query.where('kind', '=', kind);
  return query.executeTakeFirst();
}

/** The first http(s) link in a text. */
export function firstLink(text: string): string {
  const link = /https?:\/\/\S+/.exec(text)?.[0];
  if (!link) throw new Error(`no link in: ${text}`);
  return link;
}

/** The path and query of a link, for app.inject(). */
export function pathOf(link: string): string {
  const url = new URL(link);
  return `${url.pathname}${url.search}`;
}

/** Registers, follows the confirmation link from the outbox, and signs in. Returns the account id. */
export async function registerVerifyAndSignIn(
  client: TestClient,
  ctx: AppContext,
  who: { email: string; name?: string; password?: string },
): Promise<string> {
  const password = who.password ?? strongPassword(who.email);
  const reg = await client.post('/api/auth/register', {
    email: who.email,
    password,
    name: who.name ?? 'Test Person',
  });
  expect(reg.statusCode, reg.body).toBe(202);
  const mail = await latestMail(ctx, who.email, 'verify-email');
  if (!mail) throw new Error(`no confirmation mail for ${who.email}`);
  const verified = await client.get(pathOf(firstLink(mail.text_body)));
  expect(verified.statusCode, verified.body).toBe(200);
  const login = await client.post('/api/auth/login', { email: who.email, password });
  expect(login.statusCode, login.body).toBe(200);
  return login.json().account.id as string;
}

/** Gives an account a platform role directly in the database (test setup only). */
export async function makePlatformRole(
  ctx: AppContext,
  accountId: string,
  role: 'owner' | 'admin',
): Promise<void> {
  await ctx.database.db
    .updateTable('account')
    .set({ platform_role: role })
    .where('id', '=', accountId)
    .execute();
}

/** RFC 6238 TOTP (SHA-1, 6 digits, 30 s), as authenticator apps compute it. */
export function totp(secretBase32: string, at = Date.now(), stepOffset = 0): string {
  const key = base32Decode(secretBase32);
  const counter = Math.floor(at / 30_000) + stepOffset;
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const digest = createHmac('sha1', key).update(message).digest();
  const offset = digest[digest.length - 1]! & 0x0f;
  const value = (digest.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return value.toString().padStart(6, '0');
}

function base32Decode(input: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const char of input.replace(/=+$/, '').toUpperCase()) {
    const index = alphabet.indexOf(char);
    if (index < 0) throw new Error(`not base32: ${char}`);
    bits += index.toString(2).padStart(5, '0');
  }
  const bytes = bits.match(/.{8}/g) ?? [];
  return Buffer.from(bytes.map((b) => Number.parseInt(b, 2)));
}
