import { z } from 'zod';

const keys = z.array(z.string().min(1).max(100)).max(200);

/** NoCode-X "Manage permissions": the roles and direct rights to hold in one app, replacing the current ones. */
export const permissionsBody = z.strictObject({
  roles: keys.describe('Role keys'),
  directRights: keys.describe('Backoffice rights and custom right keys, given directly'),
});

/** A user's permissions in one app: what they were given and what that adds up to. */
export const permissionsResponse = z.object({
  accountId: z.uuid(),
  appUser: z.enum(['active', 'suspended']).nullable().describe('null: a company member not yet in this app'),
  roles: z.array(z.string()),
  directRights: z.array(z.string()),
  effective: z
    .object({
      rights: z
        .array(z.string())
        .describe('Direct rights ∪ role rights; builder adds every backoffice right'),
      internal: z.boolean(),
      builder: z.boolean(),
      allData: z.boolean(),
      forceMfa: z.boolean(),
    })
    .describe('What the roles and direct rights add up to'),
});

export type PermissionsInput = z.infer<typeof permissionsBody>;
export type PermissionsView = z.infer<typeof permissionsResponse>;
