// The policy file (`charter.policy`, version 1) and the answer to an import.
import { z } from 'zod';
import { impactResponse } from '../app-change/impact.schema.js';
import type { Impact } from '../policy-impact/impact.js';
import { pageAudienceChange } from '../policy-impact/page-preview.schema.js';
import { createCustomRightBody } from '../roles/custom-rights.schema.js';
import { createRoleBody } from '../roles/roles.schema.js';
import { createRuleBody } from '../rules/rules.schema.js';
import { type PolicyPage, pagesDiff, policyPage } from './policy-pages.schema.js';

/**
 * The format name and version a policy file declares; an import refuses any other. Version 2 added
 * `pages`; a version 1 file has none and leaves the app's pages as they are.
 */
export const POLICY_FORMAT = 'charter.policy';
export const POLICY_FORMAT_VERSION = 2;

/** A role by its stable key, with its flags and the rights it names: what the roles API creates. */
export const policyRole = createRoleBody;

/** A custom right by its stable key: what the custom rights API creates. */
export const policyRight = createCustomRightBody;

/** A collection's switch, by collection key. */
export const policyCollection = z.strictObject({ restricted: z.boolean() });

/** A policy file: everything that decides who may do what in an app, keyed by names, never by ids. */
export const policyDocument = z
  .strictObject({
    format: z.literal(POLICY_FORMAT),
    formatVersion: z.union([z.literal(1), z.literal(POLICY_FORMAT_VERSION)]),
    app: z.strictObject({ name: z.string().max(200) }).optional(),
    exportedAt: z.string().max(100).optional(),
    roles: z.array(policyRole).max(500),
    customRights: z.array(policyRight).max(500),
    collections: z.record(z.string().min(1).max(100), policyCollection),
    rules: z.array(createRuleBody).max(5000),
    pages: z
      .array(policyPage)
      .max(1000)
      .optional()
      .describe("The app's pages by slug; left out, the import leaves the app's pages as they are"),
  })
  .refine((doc) => doc.formatVersion >= 2 || doc.pages === undefined, {
    path: ['pages'],
    error: 'pages need formatVersion 2',
  });

/** A policy file as parsed (defaults filled in). */
export type PolicyDocument = z.infer<typeof policyDocument>;
export type PolicyRole = z.infer<typeof policyRole>;
export type PolicyRight = z.infer<typeof policyRight>;

/** A rule as a policy file holds it: key order fixed, empty parts left out. */
export interface PolicyRuleEntry {
  collection: string;
  name: string;
  kind: 'grant' | 'guard' | 'fieldCondition';
  description: string;
  to: { roles?: string[]; audience?: z.infer<typeof createRuleBody>['to']['audience'] };
  actions?: string[];
  condition?: string;
  fields?: string[] | Record<string, string[]>;
  access?: 'read' | 'write';
}

/** The exported form: what `GET …/policy` returns and `charter policy export` writes. */
export interface PolicyExport {
  format: typeof POLICY_FORMAT;
  formatVersion: typeof POLICY_FORMAT_VERSION;
  app: { name: string };
  roles: PolicyRole[];
  customRights: PolicyRight[];
  collections: Record<string, { restricted: boolean }>;
  rules: PolicyRuleEntry[];
  pages: PolicyPage[];
}

export const importQuery = z.object({
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .describe('true: apply in a transaction, report the diff, roll back; nothing is saved'),
  prune: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .describe('true: delete roles and custom rights missing from the file even while users hold them'),
});

const propertyChange = z.object({ before: z.unknown(), after: z.unknown() });
const changes = z.record(z.string(), propertyChange).describe('Each changed property, before and after');
const ruleRef = z.object({ collection: z.string(), name: z.string(), kind: z.string() });

/** What an import changes, by stable keys. */
export const structuralDiff = z.object({
  roles: z.object({
    added: z.array(z.object({ key: z.string(), name: z.string() })),
    removed: z.array(z.object({ key: z.string(), name: z.string(), users: z.number().int() })),
    changed: z.array(z.object({ key: z.string(), changes })),
  }),
  customRights: z.object({
    added: z.array(z.object({ key: z.string(), name: z.string() })),
    removed: z.array(z.object({ key: z.string(), name: z.string(), users: z.number().int() })),
    changed: z.array(z.object({ key: z.string(), changes })),
  }),
  collections: z.object({
    changed: z.array(z.object({ collection: z.string(), changes })),
  }),
  rules: z.object({
    added: z.array(ruleRef),
    removed: z.array(ruleRef),
    changed: z.array(ruleRef.extend({ changes })),
  }),
  pages: pagesDiff.describe('Pages by slug; all empty when the file has no pages'),
});
export type StructuralDiff = z.infer<typeof structuralDiff>;

/** The answer to an import, dry or not. */
export const importResponse = z.object({
  dryRun: z.boolean(),
  unchanged: z.boolean().describe('The file matched the app: nothing to change'),
  policyVersion: z
    .number()
    .int()
    .describe("The app's policy version after the import (unchanged on a dry run)"),
  changes: structuralDiff,
  impact: impactResponse,
  pageImpact: z
    .array(pageAudienceChange)
    .describe(
      'Each page some app user starts or stops seeing (by the pages, roles or people the file changes), with the sections that change',
    ),
  warnings: z.array(z.object({ field: z.string(), code: z.string(), message: z.string() })),
});
export type ImportResult = Omit<z.infer<typeof importResponse>, 'impact'> & { impact: Impact };
