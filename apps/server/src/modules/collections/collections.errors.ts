// The refusals of the data model API, with stable codes and the details a builder acts on.
import type { AppError } from '../../http/app-error.js';
import { defineErrorCodes, said } from '../../http/error-codes.js';
import { type DashboardUse, dashboardUseList } from '../dashboards/dashboard-usage.js';
import { type PageUse, pageUseList } from '../pages/page-usage.js';
import type { LinkUse, RuleUse } from './data-model-usage.js';

const bodyIssue = (field: string, message: string) => ({ issues: [{ location: 'body', field, message }] });
const ruleList = (rules: RuleUse[]) => rules.map((r) => `${r.name} (${r.collection})`).join(', ');

/** The codes of the data model. */
export const collectionErrors = defineErrorCodes({
  COLLECTION_KEY_TAKEN: {
    status: 409,
    message: (key: string) => `This application already has a collection ${key}.`,
  },
  FIELD_NAME_TAKEN: {
    status: 409,
    message: (name: string) => `This collection already has a field ${name}.`,
  },
  COLLECTION_IN_USE: {
    status: 409,
    message: (key: string, uses: string) => `The collection ${key} cannot be deleted: ${uses}.`,
  },
  FIELD_IN_USE: {
    status: 409,
    message: (name: string, uses: string) =>
      `The field ${name} cannot be deleted: ${uses}. Change those first.`,
  },
  USERS_COLLECTION_MANAGED: {
    status: 409,
    message: (what: string) =>
      `The users collection belongs to the application: ${what}. Its fields are the user attributes (/api/apps/:app/attributes).`,
  },
  FIELD_HAS_EMPTY_VALUES: {
    status: 409,
    message: (name: string, count: number) =>
      `The field ${name} cannot be required: ${count} record(s) have no value in it. Fill them, or give a default and fill them, first.`,
  },
  FIELD_HAS_DUPLICATES: {
    status: 409,
    message: (name: string, count: number) =>
      `The field ${name} cannot be unique: ${count} value(s) appear in more than one record.`,
  },
  /** Records or app users hold choices a change would drop; the message says whose. */
  OPTION_IN_USE: { status: 409, message: said },
});

/** 409: the app already has a collection with this key. */
export function collectionKeyTaken(key: string): AppError {
  return collectionErrors.COLLECTION_KEY_TAKEN(
    key,
    bodyIssue('key', 'is already used by another collection'),
  );
}

/** 409: the collection already has a field with this name. */
export function fieldNameTaken(name: string): AppError {
  return collectionErrors.FIELD_NAME_TAKEN(
    name,
    bodyIssue('name', 'is already used by another field of this collection'),
  );
}

/** 409: rules or links depend on the collection. */
export function collectionInUse(
  key: string,
  rules: RuleUse[],
  links: LinkUse[],
  pages: PageUse[],
  dashboards: DashboardUse[] = [],
): AppError {
  const parts = [
    ...(rules.length > 0 ? [`rules use it: ${ruleList(rules)}`] : []),
    ...(links.length > 0
      ? [`links point to it: ${links.map((l) => `${l.collection}.${l.field}`).join(', ')}`]
      : []),
    ...(pages.length > 0 ? [`pages show it: ${pageUseList(pages)}`] : []),
    ...(dashboards.length > 0 ? [`dashboards use it: ${dashboardUseList(dashboards)}`] : []),
  ];
  return collectionErrors.COLLECTION_IN_USE(key, parts.join('; '), { rules, links, pages, dashboards });
}

/** 409: rules or page sections use the field. */
export function fieldInUse(
  name: string,
  rules: RuleUse[],
  pages: PageUse[],
  dashboards: DashboardUse[] = [],
): AppError {
  const parts = [
    ...(rules.length > 0 ? [`rules use it: ${ruleList(rules)}`] : []),
    ...(pages.length > 0 ? [`page sections use it: ${pageUseList(pages)}`] : []),
    ...(dashboards.length > 0 ? [`dashboard widgets use it: ${dashboardUseList(dashboards)}`] : []),
  ];
  return collectionErrors.FIELD_IN_USE(name, parts.join('; '), { rules, pages, dashboards });
}

/** 409: the users collection is the app's users; its fields are the user attributes. */
export function usersCollectionManaged(what: string): AppError {
  return collectionErrors.USERS_COLLECTION_MANAGED(what);
}

/** 409: a required field over rows that have no value. */
export function fieldHasEmptyValues(name: string, count: number): AppError {
  return collectionErrors.FIELD_HAS_EMPTY_VALUES(name, count, { field: name, count });
}

/** 409: a unique field over rows that share values. */
export function fieldHasDuplicates(name: string, count: number): AppError {
  return collectionErrors.FIELD_HAS_DUPLICATES(name, count, { field: name, duplicates: count });
}

/** 409: records hold choices that a select would lose. */
export function optionsInUse(name: string, held: { option: string; count: number }[]): AppError {
  const list = held.map((h) => `${h.option} (${h.count})`).join(', ');
  return collectionErrors.OPTION_IN_USE(
    `Records of ${name} still hold ${list}; change those records first.`,
    { field: name, options: held },
  );
}
