import type { APIRequestContext, BrowserContext } from 'playwright-core';
import { type Charter, lastMailTo, linkIn, strongPassword } from './harness.js';

/**
 * Set-up through the public API, sharing the browser context's cookies: a journey starts from
 * "an owner with a company and an app" without clicking through screens another journey covers.
 */
export class Api {
  constructor(
    readonly charter: Charter,
    readonly request: APIRequestContext,
  ) {}

  static of(charter: Charter, context: BrowserContext): Api {
    return new Api(charter, context.request);
  }

  async call<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await this.request.fetch(`${this.charter.url}${path}`, {
      method,
      headers: {
        origin: this.charter.url,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { data: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok()) throw new Error(`${method} ${path} → ${response.status()}: ${text}`);
    return (text ? JSON.parse(text) : {}) as T;
  }

  /** Registers, confirms from the mailed link and signs in. */
  async signUp(email: string, name: string, password = strongPassword(email)): Promise<{ id: string }> {
    await this.call('POST', '/api/auth/register', { email, name, password });
    const mail = await lastMailTo(this.charter, email);
    await this.request.get(linkIn(mail.text), { maxRedirects: 0 });
    return this.signIn(email, password);
  }

  async signIn(email: string, password = strongPassword(email)): Promise<{ id: string }> {
    const answer = await this.call<{ account: { id: string } }>('POST', '/api/auth/login', {
      email,
      password,
    });
    return answer.account;
  }

  async createCompany(name: string): Promise<{ id: string }> {
    return this.call('POST', '/api/companies', { name });
  }

  async createApp(company: string, name: string): Promise<{ app: { id: string } }> {
    return this.call('POST', `/api/companies/${company}/apps`, { name });
  }
}
