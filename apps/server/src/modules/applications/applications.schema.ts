import { z } from 'zod';
import { roleResponse } from '../roles/roles.schema.js';

const name = z.string().trim().min(1).max(200);
const description = z.string().max(2000);
const registration = z.enum(['open', 'closed']).describe('Whether end users may register themselves');

export const createAppBody = z.strictObject({
  name,
  description: description.default(''),
  registration: registration.default('closed'),
});

export const updateAppBody = z.strictObject({
  name: name.optional(),
  description: description.optional(),
  registration: registration.optional(),
});

/** An application as the API returns it. */
export const appResponse = z
  .object({
    id: z.uuid(),
    companyId: z.uuid(),
    name: z.string(),
    description: z.string(),
    registration: z.enum(['open', 'closed']),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .describe('An application');

/** The caller's own standing in an app. */
export const standingResponse = z.object({
  member: z.boolean().describe('A member of the owning company'),
  owner: z.boolean().describe('An owner of the owning company'),
  appUser: z.enum(['active', 'suspended']).nullable(),
  roles: z.array(z.string()),
  rights: z.array(z.string()),
  internal: z.boolean(),
  builder: z.boolean(),
  allData: z.boolean(),
  forceMfa: z.boolean(),
});

export const appDetailResponse = appResponse.extend({ you: standingResponse });

export const createdAppResponse = z.object({ app: appResponse, roles: z.array(roleResponse) });

export const myAppResponse = appResponse.extend({
  status: z.enum(['active', 'suspended']),
  roles: z.array(z.object({ key: z.string(), name: z.string() })),
});

export type CreateAppInput = z.infer<typeof createAppBody>;
export type UpdateAppInput = z.infer<typeof updateAppBody>;
export type AppView = z.infer<typeof appResponse>;
