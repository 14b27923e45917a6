// A policy file checked against the app it is imported into: every problem at once, each with the
// path of the part at fault (`rules.3.condition`, `roles.1.rights.0`), and nothing written.
import { randomUUID } from 'node:crypto';
import { indexSchema, type RuleSet } from '@charter/policy';
import type { z } from 'zod';
import { AppError } from '../../http/app-error.js';
import type { AppSchema } from '../data-model/app-schema.js';
import type { PageRow } from '../pages/pages.repository.js';
import { isAppRight } from '../rights/catalogue.js';
import { resolveRule } from '../rules/rule-resolution.js';
import type { RuleProblem } from '../rules/rules.errors.js';
import { type RuleColumns, ruleColumns } from '../rules/rules.repository.js';
import { policyErrors } from './policy.errors.js';
import { type PolicyDocument, type PolicyRuleEntry, policyDocument } from './policy.schema.js';
import { compare, ruleEntry, sortRules } from './policy-document.js';
import { type DesiredPage, resolvePages } from './policy-pages.js';

/** One problem in a policy file. */
export interface PolicyIssue {
  field: string;
  code: string;
  message: string;
  position?: { start: number; end: number };
  expected?: readonly string[];
}

/** A rule of the file, ready to write: its entry (for the diff) and its columns (ids). */
export interface DesiredRule {
  entry: PolicyRuleEntry;
  columns: RuleColumns;
}

/** The file, resolved against the app: what the import will make the app hold. */
export interface DesiredPolicy {
  document: PolicyDocument;
  rules: DesiredRule[];
  warnings: { field: string; code: string; message: string }[];
  /** The file's pages, checked; null when the file has none (the app's pages stay as they are). */
  pages: DesiredPage[] | null;
}

/** The roles every app keeps: registration and app creation rely on them. */
export const DEFAULT_ROLE_KEYS = ['team_admin', 'user'] as const;

/** 400 POLICY_INVALID listing every problem; nothing was written. */
export function policyInvalid(issues: PolicyIssue[]): AppError {
  const shown = issues.slice(0, 5).map((i) => `${i.field}: ${i.message}`);
  const more = issues.length > 5 ? `; and ${issues.length - 5} more` : '';
  return policyErrors.POLICY_INVALID(`${shown.join('; ')}${more}`, {
    issues,
  });
}

/** Parses the file's shape; a wrong shape is POLICY_INVALID with each path at fault. */
export function parsePolicyDocument(input: unknown): PolicyDocument {
  const parsed = policyDocument.safeParse(input);
  if (parsed.success) return parsed.data;
  throw policyInvalid(parsed.error.issues.map(shapeIssue));
}

function shapeIssue(issue: z.core.$ZodIssue): PolicyIssue {
  const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '(file)';
  const keys = issue.code === 'unrecognized_keys' ? `: ${issue.keys.join(', ')}` : '';
  return { field, code: 'POLICY_INVALID_SHAPE', message: `${issue.message}${keys}` };
}

/**
 * Checks the file against the app's model and its own roles and rights, and its pages against the
 * app's pages (`currentPages`, for the ids they keep); throws POLICY_INVALID.
 */
export function resolvePolicy(
  document: PolicyDocument,
  appSchema: AppSchema,
  currentPages: readonly PageRow[] = [],
): DesiredPolicy {
  const issues: PolicyIssue[] = [
    ...duplicates(
      document.roles.map((r) => r.key),
      'roles',
      'role',
    ),
    ...duplicates(
      document.customRights.map((r) => r.key),
      'customRights',
      'custom right',
    ),
    ...defaultRoleIssues(document),
    ...rightIssues(document),
    ...collectionIssues(document, appSchema),
  ];
  const ruleSet: RuleSet = {
    version: 'import',
    roles: document.roles,
    collections: { ...appSchema.collections, ...document.collections },
    rules: [],
  };
  const index = indexSchema(appSchema.schema);
  const rules: DesiredRule[] = [];
  const warnings: DesiredPolicy['warnings'] = [];
  document.rules.forEach((draft, i) => {
    try {
      const resolved = resolveRule(randomUUID(), draft, appSchema, ruleSet);
      rules.push({
        entry: ruleEntry(resolved.rule, index),
        columns: ruleColumns(resolved.rule, resolved.collectionId),
      });
      for (const w of resolved.warnings) warnings.push({ field: `rules.${i}`, ...w });
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'RULE_INVALID') throw error;
      const problems = (error.details?.issues ?? []) as RuleProblem[];
      for (const { location: _, field, ...rest } of problems) {
        issues.push({
          ...rest,
          field: `rules.${i}.${field}`,
          message: `rule "${draft.name}": ${rest.message}`,
        });
      }
    }
  });
  let pages: DesiredPage[] | null = null;
  if (document.pages) {
    const roleKeys = new Set(document.roles.map((r) => r.key));
    const resolved = resolvePages(document.pages, { appSchema, roleKeys, current: currentPages });
    issues.push(...resolved.issues);
    pages = resolved.desired;
  }
  if (issues.length > 0) throw policyInvalid(issues);
  return { document, rules: sortRules(rules), warnings, pages };
}

function duplicates(keys: string[], path: string, what: string): PolicyIssue[] {
  const seen = new Set<string>();
  return keys.flatMap((key, i) => {
    if (!seen.has(key)) {
      seen.add(key);
      return [];
    }
    return [
      {
        field: `${path}.${i}.key`,
        code: 'POLICY_DUPLICATE_KEY',
        message: `${what} '${key}' is listed twice`,
      },
    ];
  });
}

function defaultRoleIssues(document: PolicyDocument): PolicyIssue[] {
  return DEFAULT_ROLE_KEYS.filter((key) => !document.roles.some((r) => r.key === key)).map((key) => ({
    field: 'roles',
    code: 'POLICY_DEFAULT_ROLE_MISSING',
    message: `the default role '${key}' must be listed: every app keeps it`,
  }));
}

// A role may name backoffice app rights and the custom rights the file defines; company rights
// belong to memberships, not roles.
function rightIssues(document: PolicyDocument): PolicyIssue[] {
  const custom = document.customRights.map((r) => r.key);
  const known = new Set(custom);
  return document.roles.flatMap((role, i) =>
    role.rights.flatMap((right, j) =>
      isAppRight(right) || known.has(right)
        ? []
        : [
            {
              field: `roles.${i}.rights.${j}`,
              code: 'POLICY_UNKNOWN_RIGHT',
              message: `role '${role.key}' names unknown right '${right}'; define it under customRights`,
              expected: [...custom].sort(compare),
            },
          ],
    ),
  );
}

function collectionIssues(document: PolicyDocument, appSchema: AppSchema): PolicyIssue[] {
  const keys = [...appSchema.keyById.values()].sort(compare);
  return Object.keys(document.collections)
    .filter((key) => !keys.includes(key))
    .map((key) => ({
      field: `collections.${key}`,
      code: 'POLICY_UNKNOWN_COLLECTION',
      message: `the app has no collection '${key}'`,
      expected: keys,
    }));
}
