import { Select, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { companyAppsQuery } from '../api/companies.js';
import { holdsCompanyRight } from '../api/rights.js';
import { useWorkspace } from './context.js';

/** Company and app pickers: a person may belong to several companies, each with several apps. */
export function Switchers() {
  const navigate = useNavigate();
  const { companies, company, companyId, app } = useWorkspace();
  const apps = useQuery({
    ...companyAppsQuery(companyId ?? ''),
    enabled: Boolean(companyId) && holdsCompanyRight(company, 'company.apps.manage'),
  });
  const appOptions = apps.data?.items ?? (app ? [app] : []);
  return (
    <Stack gap="xs">
      {/* Someone who only uses an app (no company of their own) has no company to switch to. */}
      {(companies?.length || !app) && (
        <Select
          label="Company"
          placeholder={companies?.length ? 'Choose a company' : 'No company yet'}
          data={(companies ?? []).map((c) => ({ value: c.id, label: c.name }))}
          value={companyId ?? null}
          onChange={(id) => id && navigate({ to: '/companies/$company', params: { company: id } })}
          allowDeselect={false}
          searchable={(companies?.length ?? 0) > 7}
          nothingFoundMessage="No company by that name"
        />
      )}
      {companyId && (
        <Select
          label="Application"
          placeholder={appOptions.length ? 'Choose an application' : 'No application yet'}
          data={appOptions.map((a) => ({ value: a.id, label: a.name }))}
          value={app?.id ?? null}
          onChange={(id) => id && navigate({ to: '/apps/$app', params: { app: id } })}
          allowDeselect={false}
          disabled={appOptions.length === 0}
        />
      )}
    </Stack>
  );
}
