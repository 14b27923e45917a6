import { z } from 'zod';
import { attributeTypes } from '../app-users/attributes.schema.js';

const answers = z
  .record(z.string().max(100), z.unknown())
  .describe("Answers to the app's register form, by attribute key");

const formField = z.strictObject({
  attribute: z.string().min(1).max(100).describe('The user attribute the answer is stored in'),
  label: z.string().trim().min(1).max(200),
  required: z.boolean().default(false),
});

export const registerFormBody = z.strictObject({ fields: z.array(formField).max(50) });

/** The register form with what each answer must look like, so a page can render it. */
export const registerFormResponse = z.object({
  registration: z.enum(['open', 'closed']),
  fields: z.array(
    z.object({
      attribute: z.string(),
      label: z.string(),
      required: z.boolean(),
      type: z.enum(attributeTypes),
      options: z.array(z.string()),
    }),
  ),
});

export const appRegisterBody = z.object({
  email: z.email().max(254),
  password: z.string().min(1).max(512),
  name: z.string().trim().min(1).max(200),
  answers: answers.default({}),
});

export const joinBody = z.object({ answers: answers.default({}) });

export const joinResponse = z.object({
  appId: z.uuid(),
  status: z.enum(['active', 'suspended']),
  roles: z.array(z.string()),
  attributes: z.record(z.string(), z.unknown()),
});

export type RegisterFormInput = z.infer<typeof registerFormBody>;
export type RegisterFormView = z.infer<typeof registerFormResponse>;
