// Who gains and loses seeing a page before it is saved: the body and the answer of the page preview,
// and the audience change a policy import reports for each page.
import { z } from 'zod';
import { pageBody } from '../pages/pages.schema.js';

const userList = z
  .object({
    count: z.number().int().describe('How many users in all'),
    users: z
      .array(z.object({ id: z.uuid(), email: z.string(), name: z.string() }))
      .describe('The first 50 of them, by email'),
  })
  .describe('Some app users: how many, and the first of them');

const audienceChange = {
  gains: userList.describe('Users who do not see it now and would'),
  losses: userList.describe('Users who see it now and would not'),
};

/** Who starts and who stops seeing one page and its sections. */
export const pageAudienceChange = z.object({
  page: z.object({
    id: z.uuid().nullable().describe('Null for a page not saved yet'),
    slug: z.string(),
    title: z.string(),
  }),
  before: z.number().int().describe('How many app users see the page now'),
  after: z.number().int().describe('How many would see it after the change'),
  ...audienceChange,
  sections: z.array(
    z.object({
      id: z.uuid().nullable().describe('Null for a section not saved yet'),
      title: z.string(),
      kind: z.string(),
      ...audienceChange,
    }),
  ),
});

export const pagePreviewBody = z.strictObject({
  page: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .describe('The page being edited, by id or slug; left out for a page not created yet'),
  proposed: pageBody.describe('The page as it would be saved'),
});

const lintWarning = z.object({
  code: z.string(),
  severity: z.enum(['warning', 'info']),
  message: z.string(),
  page: z.string().optional(),
  section: z.string().optional(),
  role: z.string().optional(),
  collection: z.string().optional(),
});

/** The answer of the page preview. Nothing is saved. */
export const pagePreviewResponse = z.object({
  users: z.number().int().describe('The active app users compared'),
  page: pageAudienceChange.describe('The page itself, with every section'),
  pagesBelow: z
    .array(pageAudienceChange)
    .describe('Pages under it whose audience changes with it, with the sections that change'),
  warnings: z.array(lintWarning).describe("Lint's warnings about the page as proposed"),
});

export type PagePreviewInput = z.infer<typeof pagePreviewBody>;
export type PagePreview = z.infer<typeof pagePreviewResponse>;
