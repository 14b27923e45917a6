import { z } from 'zod';
import { roleResponse } from '../roles/roles.schema.js';

const name = z.string().trim().min(1).max(200);
const description = z.string().max(2000);
const registration = z.enum(['open', 'closed']).describe('Whether end users may register themselves');

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected lower-case letters and digits, words joined by -' })
  .min(2)
  .max(63)
  .describe('Where its end-user app lives: /a/<slug>; unique among all applications');

/** Colours an end-user app's sign-in screen may take (the web app's palette). */
export const LOGIN_COLORS = [
  'blue',
  'indigo',
  'violet',
  'grape',
  'pink',
  'red',
  'orange',
  'yellow',
  'lime',
  'green',
  'teal',
  'cyan',
  'gray',
] as const;

// Only https: the screen loads it for anyone at the address, so no mixed content, scripts or data.
function isLogoAddress(value: string): boolean {
  if (value === '') return true;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname !== '' && !url.username && !url.password;
  } catch {
    return false;
  }
}

const signInMethodId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, { error: 'expected a sign-in method id' })
  .describe('`password`, or an identity provider id');

const loginTemplateParts = {
  title: z.string().trim().max(200).describe('The heading; the app name when empty'),
  subtitle: z.string().trim().max(500),
  color: z.enum(LOGIN_COLORS).describe('The accent colour of the sign-in screen and the header'),
  logo: z
    .string()
    .trim()
    .max(2000)
    .refine(isLogoAddress, { error: 'expected an https:// image address, or nothing' })
    .describe('An https:// image address shown above the heading; empty for none'),
  methods: z
    .array(signInMethodId)
    .min(1, { error: 'choose at least one way to sign in' })
    .max(20)
    .refine((ids) => new Set(ids).size === ids.length, { error: 'names a method twice' })
    .describe(
      'The ways the sign-in screen offers, in order: `password`, and the ids of identity providers this server has configured (`GET /api/apps/:app` lists them in `signInMethods`)',
    ),
};

/** What the end-user app's sign-in screen shows. */
export const loginTemplate = z
  .strictObject({
    title: loginTemplateParts.title.default(''),
    subtitle: loginTemplateParts.subtitle.default(''),
    color: loginTemplateParts.color.default('blue'),
    logo: loginTemplateParts.logo.default(''),
    methods: loginTemplateParts.methods.default(['password']),
  })
  .describe("The end-user app's sign-in screen");

/** A change to the sign-in screen: what it names changes, the rest stays as it is. */
const loginTemplatePatch = z
  .strictObject({
    title: loginTemplateParts.title.optional(),
    subtitle: loginTemplateParts.subtitle.optional(),
    color: loginTemplateParts.color.optional(),
    logo: loginTemplateParts.logo.optional(),
    methods: loginTemplateParts.methods.optional(),
  })
  .describe("A change to the end-user app's sign-in screen: settings left out keep their value");

/** The login template as the API answers it. */
const loginTemplateView = z.object({
  title: z.string(),
  subtitle: z.string(),
  color: z.enum(LOGIN_COLORS),
  logo: z.string().describe('An https:// image address; empty for none'),
  methods: z.array(z.string()).describe('The ways to sign in the screen offers, in order'),
});

/** One way to sign in that this server offers an app's sign-in screen. */
export const signInMethodView = z.object({
  id: z.string().describe('What a login template names it by'),
  name: z.string(),
  kind: z.enum(['password', 'social', 'oidc']),
});

export const createAppBody = z.strictObject({
  name,
  description: description.default(''),
  registration: registration.default('closed'),
  slug: slug.optional().describe('Made from the name when left out'),
});

export const updateAppBody = z.strictObject({
  name: name.optional(),
  description: description.optional(),
  registration: registration.optional(),
  slug: slug.optional(),
  loginTemplate: loginTemplatePatch.optional(),
});

/** An application as the API returns it. */
export const appResponse = z
  .object({
    id: z.uuid(),
    companyId: z.uuid(),
    name: z.string(),
    description: z.string(),
    registration: z.enum(['open', 'closed']),
    slug: z.string().describe('Its end-user app: /a/<slug>'),
    loginTemplate: loginTemplateView,
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

export const appDetailResponse = appResponse.extend({
  you: standingResponse,
  signInMethods: z
    .array(signInMethodView)
    .describe("The ways to sign in this server offers the app's sign-in screen, to choose from"),
});

export const createdAppResponse = z.object({ app: appResponse, roles: z.array(roleResponse) });

export const myAppResponse = appResponse.extend({
  status: z.enum(['active', 'suspended']),
  roles: z.array(z.object({ key: z.string(), name: z.string() })),
});

export type CreateAppInput = z.infer<typeof createAppBody>;
export type UpdateAppInput = z.infer<typeof updateAppBody>;
export type AppView = z.infer<typeof appResponse>;

/** What anyone may know of an app from its end-user app's address: enough to show its sign-in screen. */
export const publicAppResponse = z.object({
  id: z.uuid(),
  name: z.string(),
  slug: z.string(),
  registration: z.enum(['open', 'closed']),
  loginTemplate: appResponse.shape.loginTemplate,
});

export const publicAppParams = z.object({
  slug: z.string().min(1).max(100).describe("The app's address: its end-user app is /a/<slug>"),
});
