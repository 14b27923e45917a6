import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from './client.js';
import type { Ok } from './types.js';

/** A membership as the companies list shows it. */
export interface Standing {
  isOwner: boolean;
  rights: readonly string[];
}

export interface AppStanding {
  rights: readonly string[];
}

export const APPS_MANAGE = 'company.apps.manage';

/** Whether a member holds a company right (owners hold all four). */
export function holdsCompanyRight(company: Standing | undefined, right: string): boolean {
  return Boolean(company && (company.isOwner || company.rights.includes(right)));
}

/**
 * Whether the caller holds a right in an app, as the server decides it (DESIGN.md §3): company rights
 * through membership; app rights through roles, or all of them for those who manage the company's apps.
 */
export function holdsAppRight(
  company: Standing | undefined,
  app: AppStanding | undefined,
  right: string,
): boolean {
  if (right.startsWith('company.')) return holdsCompanyRight(company, right);
  if (holdsCompanyRight(company, APPS_MANAGE)) return true;
  return Boolean(app?.rights.includes(right));
}

export type RightsCatalogue = Ok<'listRightsCatalogue'>;

/** The fixed rights catalogue with its descriptions; it never changes while the server runs. */
export const rightsCatalogueQuery = queryOptions({
  queryKey: ['rights-catalogue'],
  queryFn: () => unwrap(api.GET('/api/rights')),
  staleTime: Number.POSITIVE_INFINITY,
});
