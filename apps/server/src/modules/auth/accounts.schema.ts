import { z } from 'zod';

// Generous bounds on raw input; the password policy gives the precise, friendly verdict.
const password = z.string().min(1).max(512);
const email = z.email().max(254);

/** The signed-in account, as `me` and sign-in return it. */
export const meResponse = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    emailVerified: z.boolean(),
    status: z.enum(['active', 'suspended', 'deactivated']),
    platformRole: z.enum(['owner', 'admin']).nullable(),
    mustChangePassword: z.boolean(),
    mfa: z.object({ enabled: z.boolean() }),
  })
  .describe('An account');

export const registerBody = z.object({
  email,
  password,
  name: z.string().trim().min(1).max(200),
});

/** The same answer whether or not the address already had an account. */
export const registerResponse = z.object({ status: z.literal('verification_sent'), message: z.string() });

export const loginBody = z.object({ email, password, rememberMe: z.boolean().optional() });

export const loginResponse = z.discriminatedUnion('status', [
  z.object({ status: z.literal('signed_in'), account: meResponse }),
  z.object({ status: z.literal('mfa_required'), methods: z.array(z.enum(['totp', 'backup_code'])) }),
]);

// A link opened from a mail: mail tools may add parameters of their own (tracking), so this
// query string, unlike the API's, tolerates them.
export const verifyEmailQuery = z.looseObject({
  token: z.string().min(1).max(4096).describe('The token from the confirmation link'),
  callbackURL: z
    .string()
    .optional()
    .describe('Carried by the mailed link; not used by the confirmation itself'),
});

export const emailOnlyBody = z.object({ email });

export const acceptedResponse = z.object({ status: z.literal('accepted'), message: z.string() });

export const resetPasswordBody = z.object({ token: z.string().min(1).max(4096), newPassword: password });

export const changePasswordBody = z.object({
  currentPassword: password,
  newPassword: password,
  revokeOtherSessions: z.boolean().default(true),
});

/**
 * A password to judge as it is typed. The bound is far above the policy's 128 characters, so an
 * over-long password still gets the policy's own advice; only absurd input is refused outright.
 */
export const checkPasswordBody = z.object({
  password: z.string().max(1024).describe('The password being typed'),
  email: z.string().max(254).optional().describe("The person's email address, if known"),
  name: z.string().max(200).optional().describe("The person's name, if known"),
  companyName: z.string().max(200).optional().describe("The company's name, if known"),
});

/** The policy's verdict, the same one a registration, reset or change would give. */
export const checkPasswordResponse = z
  .discriminatedUnion('ok', [
    z.object({
      ok: z.literal(true),
      score: z.number().int().min(0).max(4).describe('zxcvbn score, 3 or 4 when accepted'),
    }),
    z.object({
      ok: z.literal(false),
      code: z.enum(['PASSWORD_TOO_SHORT', 'PASSWORD_TOO_LONG', 'PASSWORD_TOO_WEAK']),
      message: z.string().describe('What is wrong and what to change, in words for a person'),
      suggestions: z.array(z.string()),
      score: z.number().int().min(0).max(4).optional().describe('Absent when the length is refused'),
    }),
  ])
  .describe('Whether the password would be accepted, and advice when not');

export const changeEmailBody = z.object({ newEmail: email, currentPassword: password });

export const sessionResponse = z.object({
  id: z.uuid(),
  current: z.boolean(),
  createdAt: z.date(),
  expiresAt: z.date(),
  ipAddress: z.string().nullable(),
  userAgent: z.string().nullable(),
});

export const idParams = z.object({ id: z.uuid() });

export const updateMeBody = z.strictObject({
  name: z.string().trim().min(1).max(200).describe('The name companies and apps show for me'),
});
