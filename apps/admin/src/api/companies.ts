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

export type Member = Ok<'listMembers'>[number];
export type Invitation = Ok<'listInvitations'>[number];
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

export const membersQuery = (company: string) =>
  queryOptions({
    queryKey: ['companies', company, 'members'],
    queryFn: () => unwrap(api.GET('/api/companies/{company}/members', { params: { path: { company } } })),
  });

export const invitationsQuery = (company: string) =>
  queryOptions({
    queryKey: ['companies', company, 'invitations'],
    queryFn: () => unwrap(api.GET('/api/companies/{company}/invitations', { params: { path: { company } } })),
  });

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
