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
