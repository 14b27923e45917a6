import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { appQuery } from '../api/apps.js';
import { myCompaniesQuery } from '../api/companies.js';
import { holdsAppRight, holdsCompanyRight } from '../api/rights.js';

/**
 * Where the person is: the company and app of the current address, and what they may do there.
 * An app's company comes from the app, so app screens show their company's navigation too.
 */
export function useWorkspace() {
  const params = useParams({ strict: false }) as { company?: string; app?: string };
  const companies = useQuery(myCompaniesQuery);
  const app = useQuery({ ...appQuery(params.app ?? ''), enabled: Boolean(params.app) });
  const companyId = params.company ?? app.data?.companyId;
  const company = companies.data?.find((c) => c.id === companyId);
  const appData = params.app ? app.data : undefined;
  return {
    companies: companies.data,
    company,
    companyId,
    app: appData,
    canCompany: (right: string) => holdsCompanyRight(company, right),
    canApp: (right: string) => holdsAppRight(company, appData?.you, right),
  };
}
