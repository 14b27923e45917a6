import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from './client.js';
import type { Ok } from './types.js';

export type MySession = Ok<'listMySessions'>[number];
export type MyApiKey = Ok<'listMyApiKeys'>[number];

/** My own sessions: a person has a handful, the API answers them all at once. */
export const mySessionsQuery = queryOptions({
  queryKey: ['me', 'sessions'],
  queryFn: () => unwrap(api.GET('/api/auth/sessions')),
});

/** My API keys, never their secrets. */
export const myApiKeysQuery = queryOptions({
  queryKey: ['me', 'api-keys'],
  queryFn: () => unwrap(api.GET('/api/auth/api-keys')),
});

/** Every scope a key can carry, and whether I may give it: a key never holds more than I do. */
export const apiKeyScopesQuery = queryOptions({
  queryKey: ['me', 'api-key-scopes'],
  queryFn: () => unwrap(api.GET('/api/auth/api-keys/scopes')),
});

/** The secret of an authenticator enrolment, read from its otpauth:// address. */
export function secretOf(totpURI: string): string {
  try {
    return new URL(totpURI).searchParams.get('secret') ?? '';
  } catch {
    return '';
  }
}
