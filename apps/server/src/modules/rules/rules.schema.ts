import { ACTIONS, AUDIENCES } from '@charter/policy';
import { z } from 'zod';
import { impactResponse } from '../app-change/impact.schema.js';

/** `:rule` is the rule's id; anything else is simply not found. */
export const ruleParams = z.object({ app: z.uuid(), rule: z.string().min(1).max(100) });

/** Lists one collection's rules when `collection` (its key) is given. */
export const listRulesQuery = z.object({
  collection: z.string().min(1).max(100).optional().describe('A collection key: only its rules'),
});

const fieldName = z.string().min(1).max(100);
const fieldNames = z.array(fieldName).max(500);
const condition = z
  .string()
  .max(65_536)
  .describe('CEL over record.<field name>, user.* and now; checked against the schema when saved');

/** Whom a rule applies to: role keys, an audience, or both. */
const ruleTarget = z
  .strictObject({
    roles: z.array(z.string().min(1).max(100)).max(100).optional(),
    audience: z.enum(AUDIENCES).optional(),
  })
  .describe(
    'Role keys and/or an audience; roles with Access All Data are refused (rules do not apply to them)',
  );

const grantFields = z
  .partialRecord(z.enum(ACTIONS), fieldNames)
  .describe('A grant: field names per action (an action without a list opens every field)');

const fieldsOf = z
  .union([fieldNames.describe('A field condition: the fields it closes'), grantFields])
  .describe('Field names');

const editable = {
  name: z.string().trim().min(1).max(200),
  description: z.string().max(2000),
  collection: z.string().min(1).max(100).describe('The collection key'),
  to: ruleTarget,
  actions: z.array(z.enum(ACTIONS)).max(4).describe('Grants and guards: the actions it covers'),
  condition,
  fields: fieldsOf,
  access: z.enum(['read', 'write']).describe("A field condition: 'read', or 'write' (create and update)"),
};

/** A new rule, as builders write it (field names, not ids). */
export const createRuleBody = z.strictObject({
  kind: z.enum(['grant', 'guard', 'fieldCondition']),
  name: editable.name,
  description: editable.description.default(''),
  collection: editable.collection,
  to: editable.to,
  actions: editable.actions.default([]),
  condition: editable.condition.optional(),
  fields: editable.fields.optional(),
  access: editable.access.optional(),
});

/** A change to a rule; the kind stays. `null` removes an optional part (a grant's condition or fields). */
export const updateRuleBody = z.strictObject({
  name: editable.name.optional(),
  description: editable.description.optional(),
  collection: editable.collection.optional(),
  to: editable.to.optional(),
  actions: editable.actions.optional(),
  condition: editable.condition.nullable().optional(),
  fields: editable.fields.nullable().optional(),
  access: editable.access.optional(),
});

/** A rule as the API returns it: the condition and fields with the fields' current names. */
export const ruleResponse = z
  .object({
    id: z.uuid(),
    kind: z.enum(['grant', 'guard', 'fieldCondition']),
    name: z.string(),
    description: z.string(),
    collection: z.string().describe('The collection key'),
    to: z.object({ roles: z.array(z.string()).optional(), audience: z.enum(AUDIENCES).optional() }),
    actions: z.array(z.string()),
    condition: z.string().nullable(),
    fields: z.union([z.array(z.string()), z.record(z.string(), z.array(z.string()))]).nullable(),
    access: z.enum(['read', 'write']).nullable(),
    valid: z.boolean().describe('False when the schema changed under the rule; it then counts as false'),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .describe('A data rule');

/** Something the builder should know about a saved rule (it has no effect, for example). */
export const ruleWarning = z.object({ code: z.string(), message: z.string() });

/** The answer to a create or update: the rule and the rule set's warnings about it. */
export const savedRuleResponse = z.object({ rule: ruleResponse, warnings: z.array(ruleWarning) });

/** The answer to `?dryRun=true`: the impact, and for a create or update the rule it would save. */
export const rulePreviewResponse = z.object({
  dryRun: z.literal(true),
  impact: impactResponse,
  rule: ruleResponse.optional(),
  warnings: z.array(ruleWarning).optional(),
});

/** The inputs and views of the rules API. */
export type CreateRuleInput = z.infer<typeof createRuleBody>;
export type UpdateRuleInput = z.infer<typeof updateRuleBody>;
export type RuleView = z.infer<typeof ruleResponse>;
export type RuleWarning = z.infer<typeof ruleWarning>;
export type SavedRule = z.infer<typeof savedRuleResponse>;
export type RulePreview = z.infer<typeof rulePreviewResponse>;
