import { ACTIONS, AUDIENCES } from '@charter/policy';
import { z } from 'zod';
import { ruleResponse } from '../rules/rules.schema.js';

/** `:collection` is a collection key or id. */
export const accessMatrixParams = z.object({ app: z.uuid(), collection: z.string().min(1).max(200) });

const state = z
  .enum(['open', 'conditional', 'closed', 'bypass'])
  .describe(
    'open: every record (or field) the row reaches; conditional: where a condition holds; closed: none; bypass: Access All Data, no rule applies',
  );

const reason = z
  .enum(['allData', 'unrestricted', 'noGrant', 'notListed', 'rules'])
  .describe(
    'allData: the role bypasses every rule; unrestricted: the collection is not restricted; noGrant: the row has no grant for the action; notListed: no grant of the row lists the field; rules: the rules listed decide',
  );

const actionCell = z.object({
  state,
  reason,
  grants: z.array(z.string()).describe("Rule ids of the row's grants for the action: all must hold (AND)"),
  guards: z
    .array(z.string())
    .describe("Rule ids of the guards that apply to the row's holders: all must hold"),
});

const fieldCell = z.object({
  state,
  reason,
  grants: z.array(z.string()).describe("Rule ids of the row's grants that give the field"),
  fieldConditions: z
    .array(z.string())
    .describe("Rule ids of the field conditions on the field that apply to the row's holders"),
});

const row = z.object({
  kind: z.enum(['role', 'audience']),
  key: z.string().describe('The role key, or the audience'),
  name: z.string(),
  audience: z.enum(AUDIENCES).nullable().describe('The audience of an audience row'),
  internal: z.boolean().nullable().describe('A role row: whether the role is internal'),
  allData: z.boolean().describe('Access All Data: the row bypasses every rule and takes none'),
  missingRights: z
    .array(z.string())
    .describe('Data rights the role lacks: its grants open nothing to someone who holds only this role'),
  actions: z.object(
    Object.fromEntries(ACTIONS.map((a) => [a, actionCell])) as Record<
      (typeof ACTIONS)[number],
      typeof actionCell
    >,
  ),
  fields: z
    .record(z.string(), z.object({ read: fieldCell, create: fieldCell, update: fieldCell }))
    .describe('By field name: the field for read, create and update'),
});

/** The permissions of one collection, per role and audience, as the engine composes them. */
export const accessMatrixResponse = z.object({
  collection: z.object({ key: z.string(), name: z.string(), restricted: z.boolean() }),
  fields: z.array(z.object({ name: z.string(), type: z.string() })).describe("The collection's own fields"),
  rows: z.array(row).describe('One row per role, then everyone, internal, external and anonymous'),
  rules: z.array(ruleResponse).describe('Every rule a cell names, as the rules API returns it'),
});

export type AccessMatrixView = z.infer<typeof accessMatrixResponse>;
