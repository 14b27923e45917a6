// The refusals of app users, their permissions and attributes.
import type { AppError } from '../../http/app-error.js';
import { defineErrorCodes, said } from '../../http/error-codes.js';
import { type DashboardUse, dashboardUseList } from '../dashboards/dashboard-usage.js';
import { type PageUse, pageUseList } from '../pages/page-usage.js';

/** The codes of app users. */
export const appUserErrors = defineErrorCodes({
  ATTRIBUTE_KEY_TAKEN: {
    status: 409,
    message: (key: string) => `This application already has an attribute ${key}.`,
  },
  /** The register form, rules or pages use the attribute; the message names which. */
  ATTRIBUTE_IN_USE: { status: 409, message: said },
  ALREADY_APP_USER: { status: 409, message: 'This account is already a user of the application.' },
  CONCURRENT_CHANGE: { status: 409, message: 'Someone changed this user at the same time. Try again.' },
});

/** 409: rules or pages read the attribute; each is named. */
export function attributeInUse(
  rules: { id: string; name: string; collection: string }[],
  pages: PageUse[],
  dashboards: DashboardUse[] = [],
): AppError {
  const parts = [
    ...(rules.length > 0
      ? [`Rules read this attribute: ${rules.map((r) => `"${r.name}" on ${r.collection}`).join(', ')}.`]
      : []),
    ...(pages.length > 0 ? [`Pages read it: ${pageUseList(pages)}.`] : []),
    ...(dashboards.length > 0 ? [`Dashboard widgets read it: ${dashboardUseList(dashboards)}.`] : []),
  ];
  return appUserErrors.ATTRIBUTE_IN_USE(`${parts.join(' ')} Change those first.`, {
    usedBy: [
      ...(rules.length > 0 ? ['rules'] : []),
      ...(pages.length > 0 ? ['pages'] : []),
      ...(dashboards.length > 0 ? ['dashboards'] : []),
    ],
    rules,
    pages,
    dashboards,
  });
}
