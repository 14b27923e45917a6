import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from './client.js';
import type { Ok } from './types.js';

export type MyCompany = Ok<'listMyCompanies'>[number];
export type Company = Ok<'getCompany'>;

export const myCompaniesQuery = queryOptions({
  queryKey: ['companies'],
  queryFn: () => unwrap(api.GET('/api/companies')),
});

export const companyQuery = (company: string) =>
  queryOptions({
    queryKey: ['companies', company],
    queryFn: () => unwrap(api.GET('/api/companies/{company}', { params: { path: { company } } })),
  });

export const companyAppsQuery = (company: string) =>
  queryOptions({
    queryKey: ['companies', company, 'apps'],
    queryFn: () => unwrap(api.GET('/api/companies/{company}/apps', { params: { path: { company } } })),
  });

export type MemberPage = Ok<'listMembers'>;
export type Member = MemberPage['items'][number];
export type Invitation = Ok<'listInvitations'>['items'][number];
export type Billing = Ok<'getCompanyBilling'>;
export type IdentityProvider = Ok<'listIdentityProviders'>[number];
export type AuditEntry = Ok<'listAuditEntries'>['items'][number];

/** The rights each company screen needs, as the server's routes declare them (DESIGN.md §3). */
export const COMPANY_RIGHTS = {
  apps: 'company.apps.manage',
  users: 'company.users.manage',
  billing: 'company.billing.manage',
  info: 'company.info.manage',
} as const;

/** Company presets as Ninox names them; Owner is given through ownership, not as rights. */
export const presetsQuery = queryOptions({
  queryKey: ['company-rights', 'presets'],
  queryFn: () => unwrap(api.GET('/api/company-rights/presets')),
  staleTime: Number.POSITIVE_INFINITY,
});

/** One page of the members, owners first; `after` is the cursor of the previous page. */
export function fetchMembersPage(
  company: string,
  after: string | undefined,
  query: { search?: string | undefined; limit?: number } = {},
) {
  return unwrap(
    api.GET('/api/companies/{company}/members', {
      params: { path: { company }, query: { limit: 50, ...query, after } },
    }),
  );
}

/** The members whose name or email contains `search` (the first 20): what a member picker offers. */
export const memberSearchQuery = (company: string, search: string) =>
  queryOptions({
    queryKey: ['companies', company, 'members', 'search', search],
    queryFn: () => fetchMembersPage(company, undefined, { search: search || undefined, limit: 20 }),
    placeholderData: (previous) => previous,
  });

/** One page of the invitations, newest first; `open` keeps those not yet accepted or revoked. */
export function fetchInvitationsPage(company: string, open: boolean | undefined, after: string | undefined) {
  return unwrap(
    api.GET('/api/companies/{company}/invitations', {
      params: {
        path: { company },
        query: { limit: 50, after, ...(open === undefined ? {} : { open: open ? 'true' : 'false' }) },
      },
    }),
  );
}

export const billingQuery = (company: string) =>
  queryOptions({
    queryKey: ['companies', company, 'billing'],
    queryFn: () => unwrap(api.GET('/api/companies/{company}/billing', { params: { path: { company } } })),
    retry: false,
  });

export const identityProvidersQuery = (company: string) =>
  queryOptions({
    queryKey: ['companies', company, 'identity-providers'],
    queryFn: () =>
      unwrap(api.GET('/api/companies/{company}/identity-providers', { params: { path: { company } } })),
    retry: false,
  });

/** The filters of the audit log, as they stand in the address. */
export interface AuditFilters {
  actor?: string;
  action?: string;
  from?: string;
  to?: string;
}

/** One page of the audit log, newest first; `before` is the cursor of the previous page. */
export function fetchAuditPage(company: string, filters: AuditFilters, before: string | undefined) {
  return unwrap(
    api.GET('/api/companies/{company}/audit', {
      params: { path: { company }, query: { ...filters, before, limit: 25 } },
    }),
  );
}
