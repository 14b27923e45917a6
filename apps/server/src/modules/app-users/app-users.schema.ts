import { z } from 'zod';

const keys = z.array(z.string().min(1).max(100)).max(200);
const attributes = z
  .record(z.string().max(100), z.unknown())
  .describe('Custom user attribute values by key; null clears one');

/** An app user as the API returns it. */
export const appUserResponse = z
  .object({
    accountId: z.uuid(),
    email: z.string(),
    name: z.string(),
    status: z.enum(['active', 'suspended']),
    member: z.boolean().describe('Also a member of the owning company'),
    roles: z.array(z.string()),
    directRights: z.array(z.string()),
    attributes: z.record(z.string(), z.unknown()),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .describe('An app user');

export const appUserParams = z.object({ app: z.uuid(), accountId: z.string().max(100) });

export const listAppUsersQuery = z.object({
  search: z.string().max(200).optional().describe('Part of the email or name'),
  role: z.string().max(100).optional().describe('Only the users who hold this role (its key)'),
  status: z.enum(['active', 'suspended']).optional().describe('Only the users with this status'),
  limit: z.coerce.number().int().min(1).max(200).default(50).describe('Users per page, 1 to 200'),
  after: z.string().max(400).optional().describe('The cursor `next` of the previous page'),
});

export const appUserPage = z.object({ items: z.array(appUserResponse), next: z.string().nullable() });

/** Roles default to the app's User role; an explicit empty list gives none. */
export const addAppUserBody = z.strictObject({
  email: z.email().max(254),
  roles: keys.optional(),
  directRights: keys.default([]),
  attributes: attributes.default({}),
});

export const createAppUserBody = addAppUserBody.extend({ name: z.string().trim().min(1).max(200) });

export const createdAppUserResponse = z.object({
  user: appUserResponse,
  temporaryPassword: z.string().describe('Shown once; the person changes it at first sign-in'),
});

export const updateAppUserBody = z.strictObject({
  status: z.enum(['active', 'suspended']).optional(),
  attributes: attributes.optional(),
});

export type AddAppUserInput = z.infer<typeof addAppUserBody>;
export type UpdateAppUserInput = z.infer<typeof updateAppUserBody>;
export type AppUserView = z.infer<typeof appUserResponse>;
