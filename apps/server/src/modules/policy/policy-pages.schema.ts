// A page as the policy file holds it: the pages API's own page, with every reference to another
// page by its slug and no ids, so a file moves between apps (a staging copy, a template).
import { z } from 'zod';
import { pageBody, section } from '../pages/pages.schema.js';

const slug = pageBody.shape.slug;
const [collectionView, recordView, text, links] = section.options;
const noId = { id: true } as const;

/** A section in the file: as the pages API takes it, without its id, links by page slug. */
export const policySection = z.discriminatedUnion('kind', [
  collectionView.omit(noId),
  recordView.omit(noId),
  text.omit(noId),
  links.omit(noId).extend({
    links: z
      .array(
        z.strictObject({
          label: z.string().trim().min(1).max(200),
          page: slug.describe('The slug of a page in the file'),
        }),
      )
      .max(50),
  }),
]);

/** A page in the file, identified by its slug; `parent` is the slug of the page it sits under. */
export const policyPage = pageBody.extend({
  parent: slug.nullable().default(null).describe('The slug of the page it sits under; null at the top'),
  sections: z.array(policySection).max(50).default([]),
});

/** A page of a policy file as parsed (defaults filled in); the export writes exactly this shape. */
export type PolicyPage = z.infer<typeof policyPage>;
export type PolicySection = z.infer<typeof policySection>;

const propertyChange = z.object({ before: z.unknown(), after: z.unknown() });
const pageRef = z.object({ slug: z.string(), title: z.string() });

/** The pages part of an import's diff. */
export const pagesDiff = z.object({
  added: z.array(pageRef),
  removed: z.array(pageRef),
  changed: z.array(
    pageRef.extend({
      changes: z
        .record(z.string(), propertyChange)
        .describe('Each changed setting, e.g. visibility or sections[Open positions].filter'),
    }),
  ),
});
