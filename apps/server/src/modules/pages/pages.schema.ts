// Pages and sections (DESIGN.md §6) as builders write them: collections, fields and conditions by
// name. They are stored by id, so renaming a field keeps every section that shows it working.
import { z } from 'zod';

/** Addresses the end-user app keeps for its own screens. */
const RESERVED_SLUGS = ['sign-in', 'register'];

export const PAGE_AUDIENCES = ['everyone', 'internal', 'external', 'roles'] as const;

const key = z.string().min(1).max(100);
const condition = z.string().trim().min(1).max(8192);

/** Who sees a page or section: an audience, and optionally a condition over the person. */
export const visibility = z
  .strictObject({
    audience: z
      .enum(PAGE_AUDIENCES)
      .default('everyone')
      .describe(
        "Every app user, internal users (Team Member), external users (clients), or holders of 'roles'",
      ),
    roles: z.array(key).max(100).default([]).describe("Role keys, for audience 'roles': any one of them"),
    condition: condition
      .nullable()
      .default(null)
      .describe('CEL over user.* and now, e.g. "app.reports.read" in user.rights; checked when saved'),
  })
  .describe('Convenience, not security: the records under a visible section still go through the data rules');

const EVERYONE = { audience: 'everyone' as const, roles: [], condition: null };

const sectionBase = {
  id: z.uuid().optional().describe('Kept across saves; given by the server to a new section'),
  title: z.string().trim().max(200).default(''),
  visibility: visibility.default(EVERYONE),
};

const fieldNames = z.array(key).max(200);

/** The kinds of section, each bound to the data plane: they show only what the API gives. */
export const section = z.discriminatedUnion('kind', [
  z.strictObject({
    ...sectionBase,
    kind: z.literal('collectionView'),
    collection: key.describe('The collection key'),
    layout: z.enum(['table', 'list', 'cards']).default('table'),
    fields: fieldNames.default([]).describe('The fields to show, in order; none shows every readable field'),
    sort: z
      .array(z.strictObject({ field: key, direction: z.enum(['asc', 'desc']).default('asc') }))
      .max(3)
      .default([]),
    filter: condition
      .nullable()
      .default(null)
      .describe(
        'Collection filter: CEL over record.* and user.*, ANDed on top of the data rules, never instead',
      ),
  }),
  z.strictObject({
    ...sectionBase,
    kind: z.literal('recordView'),
    collection: key.describe('The collection key'),
    mode: z.enum(['detail', 'edit', 'create']).default('detail'),
    fields: fieldNames
      .default([])
      .describe('The fields to show or offer, in order; none means every one the person may'),
  }),
  z.strictObject({
    ...sectionBase,
    kind: z.literal('text'),
    markdown: z.string().max(20_000).describe('Markdown; rendered without HTML'),
  }),
  z.strictObject({
    ...sectionBase,
    kind: z.literal('links'),
    links: z
      .array(z.strictObject({ label: z.string().trim().min(1).max(200), page: z.uuid() }))
      .max(50)
      .describe('Buttons to other pages; a link to a page the person cannot see is left out'),
  }),
]);

/** A page as builders save it; every save is a new version. */
export const pageBody = z.strictObject({
  title: z.string().trim().min(1).max(200),
  slug: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      error: 'expected lower-case letters and digits, words joined by -',
    })
    .max(100)
    .refine((s) => !RESERVED_SLUGS.includes(s), {
      error: "sign-in and register are the end-user app's own screens",
    })
    .describe('Its address in the end-user app: /a/<app>/<slug>'),
  icon: z.string().trim().max(50).nullable().default(null),
  parent: z.uuid().nullable().default(null).describe('The page it sits under; null at the top'),
  position: z.number().int().min(0).max(10_000).default(0).describe('Order among its siblings'),
  visibility: visibility.default(EVERYONE),
  sections: z.array(section).max(50).default([]),
});

/** A save of an existing page: the whole page, and the version it was edited from. */
export const pageUpdateBody = pageBody.extend({
  baseVersion: z
    .number()
    .int()
    .min(1)
    .optional()
    .describe('The version this edit started from: 409 PAGE_VERSION_CONFLICT when another save came first'),
});

export const pageParams = z.object({
  app: z.uuid(),
  page: z.string().min(1).max(100).describe('The page id, or its slug'),
});
/** `:version` is a version number; anything else is simply not found. */
export const pageVersionParams = pageParams.extend({
  version: z.string().min(1).max(100).describe('A version number of the page'),
});
export const pageDiffQuery = z.object({
  against: z.coerce
    .number()
    .int()
    .min(1)
    .optional()
    .describe('The other version; the current one if left out'),
});

export type Visibility = z.infer<typeof visibility>;
export type Section = z.infer<typeof section>;
export type PageInput = z.infer<typeof pageBody>;
export type PageUpdateInput = z.infer<typeof pageUpdateBody>;
/** A section once saved: it has its id. */
export type SavedSection = Section & { id: string };
/** A page's content in builders' terms, as saved. */
export type SavedPage = Omit<PageInput, 'sections'> & { sections: SavedSection[] };

/** A page as the API returns it to builders. */
export const pageResponse = z
  .object({
    id: z.uuid(),
    title: z.string(),
    slug: z.string(),
    icon: z.string().nullable(),
    parent: z.uuid().nullable(),
    position: z.number().int(),
    visibility,
    sections: z.array(section),
    version: z.number().int(),
    updatedAt: z.date(),
  })
  .describe('A page');

export const pageVersionResponse = z.object({
  version: z.number().int(),
  savedAt: z.date(),
  savedBy: z.object({ id: z.uuid(), email: z.string() }).nullable(),
  restoredFrom: z.number().int().nullable(),
});

export const pageDiffResponse = z.object({
  from: z.number().int(),
  to: z.number().int(),
  changes: z.array(
    z.object({
      path: z.string().describe('What changed, e.g. title or sections[Open positions].filter'),
      before: z.unknown(),
      after: z.unknown(),
    }),
  ),
});

const [collectionView, recordView, text, links] = section.options;
const visible = { visibility: true } as const;
const saved = { id: z.uuid() };

/** A section as the person it is shown to receives it: no visibility settings. */
export const uiSection = z.discriminatedUnion('kind', [
  collectionView.omit(visible).extend(saved),
  recordView.omit(visible).extend(saved),
  text.omit(visible).extend(saved),
  links.omit(visible).extend(saved),
]);

/** The pages the current person may see, and nothing of the others (DESIGN.md §6). */
export const uiResponse = z.object({
  app: z.object({ id: z.uuid(), name: z.string() }),
  user: z.object({ id: z.uuid(), email: z.string(), internal: z.boolean() }),
  pages: z.array(
    z.object({
      id: z.uuid(),
      title: z.string(),
      slug: z.string(),
      icon: z.string().nullable(),
      parent: z.uuid().nullable(),
      sections: z.array(uiSection),
    }),
  ),
});

export type UiSection = z.infer<typeof uiSection>;
export type Ui = z.infer<typeof uiResponse>;

const visibilityCheck = z.object({
  audience: z.enum(PAGE_AUDIENCES),
  roles: z.array(z.string()),
  inAudience: z.boolean().describe('Whether the person is in the audience'),
  condition: z
    .object({ text: z.string(), holds: z.boolean() })
    .nullable()
    .describe('The condition in builders’ terms, and whether it holds for the person'),
  visible: z.boolean(),
});

/** Whether a person sees a page and each of its sections, and why. */
export const pageVisibilityResponse = z.object({
  user: z.object({ id: z.uuid(), email: z.string() }),
  page: z.object({ id: z.uuid(), title: z.string(), slug: z.string() }),
  visible: z.boolean().describe('Shown to the person: its own rule and every page above it hold'),
  own: visibilityCheck,
  above: z
    .array(z.object({ id: z.uuid(), title: z.string(), check: visibilityCheck }))
    .describe('The pages above it, nearest first'),
  sections: z.array(
    z.object({
      id: z.uuid(),
      title: z.string(),
      kind: z.string(),
      visible: z.boolean(),
      check: visibilityCheck,
    }),
  ),
});

export const pageVisibilityQuery = z.object({
  user: z.string().trim().min(1).max(320).describe('The app user, by account id or email'),
});
