import { z } from 'zod';
import { COMPANY_RIGHT_KEYS, type CompanyRight } from '../rights/catalogue.js';

const companyRight = z.enum(COMPANY_RIGHT_KEYS as [CompanyRight, ...CompanyRight[]]);

export const companyParams = z.object({ company: z.string() });
export const memberParams = z.object({ company: z.string(), accountId: z.uuid() });
export const invitationParams = z.object({ company: z.string(), id: z.uuid() });

export const companyView = z.object({
  id: z.uuid(),
  name: z.string(),
  properties: z.record(z.string(), z.unknown()),
  mfaRequired: z.boolean(),
  createdAt: z.date(),
});

export const companyWithStanding = companyView.extend({
  me: z.object({ isOwner: z.boolean(), rights: z.array(z.string()) }),
});

export const myCompany = z.object({
  id: z.uuid(),
  name: z.string(),
  isOwner: z.boolean(),
  rights: z.array(z.string()),
});

export const createCompanyBody = z.object({ name: z.string().trim().min(1).max(200) });

export const updateCompanyBody = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    properties: z
      .record(z.string().min(1).max(100), z.union([z.string().max(2000), z.number(), z.boolean(), z.null()]))
      .refine((p) => Object.keys(p).length <= 100, { error: 'at most 100 properties' })
      .optional(),
  })
  .refine((b) => b.name !== undefined || b.properties !== undefined, { error: 'send name or properties' });

export const securityBody = z.object({ mfaRequired: z.boolean() });

export const billingView = z.object({
  billingEmail: z.string().nullable(),
  address: z.record(z.string(), z.string()),
  vatId: z.string().nullable(),
  plan: z.string(),
  updatedAt: z.date(),
});

export const billingBody = z.object({
  billingEmail: z.email().max(254).nullable().optional(),
  address: z
    .object({
      line1: z.string().max(200).optional(),
      line2: z.string().max(200).optional(),
      city: z.string().max(100).optional(),
      postalCode: z.string().max(20).optional(),
      region: z.string().max(100).optional(),
      country: z.string().length(2).toUpperCase().optional(),
    })
    .optional(),
  vatId: z
    .string()
    .regex(/^[A-Z]{2}[A-Z0-9]{2,13}$/, { error: 'expected a VAT id such as NL123456789B01' })
    .nullable()
    .optional(),
  plan: z.enum(['free', 'team', 'enterprise']).optional(),
});

export const memberView = z.object({
  accountId: z.uuid(),
  email: z.string(),
  name: z.string(),
  isOwner: z.boolean(),
  rights: z.array(z.string()),
  preset: z.enum(['owner', 'admin', 'editor', 'custom']),
  joinedAt: z.date(),
});

export const listMembersQuery = z.object({
  search: z.string().max(200).optional().describe('Part of the email or name'),
  limit: z.coerce.number().int().min(1).max(200).default(50).describe('Members per page, 1 to 200'),
  after: z.string().max(600).optional().describe('The cursor `next` of the previous page'),
});

export const memberPage = z.object({
  items: z.array(memberView),
  next: z.string().nullable(),
  total: z.number().int().describe('How many members the company has (every page, no search)'),
  owners: z.number().int().describe('How many of them are owners'),
});

/** Rights by list, or by Ninox-style preset (Owner is given through ownership). */
export const rightsBody = z.union([
  z.object({ rights: z.array(companyRight).max(4) }),
  z.object({ preset: z.enum(['admin', 'editor']) }),
]);

export const ownershipBody = z.object({ owner: z.boolean() });
export const transferBody = z.object({ accountId: z.uuid() });

export const inviteBody = z.union([
  z.object({ email: z.email().max(254), rights: z.array(companyRight).max(4) }),
  z.object({ email: z.email().max(254), preset: z.enum(['admin', 'editor']) }),
]);

export const invitationView = z.object({
  id: z.uuid(),
  email: z.string(),
  rights: z.array(z.string()),
  status: z.enum(['pending', 'accepted', 'revoked', 'expired']),
  expiresAt: z.date(),
  createdAt: z.date(),
  lastSentAt: z.date(),
});

export const listInvitationsQuery = z.object({
  open: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true'))
    .describe('true: only those not yet accepted or revoked (waiting or expired); false: only the others'),
  limit: z.coerce.number().int().min(1).max(200).default(50).describe('Invitations per page, 1 to 200'),
  after: z.string().max(200).optional().describe('The cursor `next` of the previous page'),
});

export const invitationPage = z.object({ items: z.array(invitationView), next: z.string().nullable() });

export const tokenBody = z.object({ token: z.string().min(20).max(200) });
