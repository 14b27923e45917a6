// `GET /api/apps/:app/data/collections`: the collections a caller may read or add records to, with
// the fields their rules let them read, create and update. A field one may write but never read
// (an applicant's form) is listed with `read: 'never'`, so a form can offer it. A records screen needs the field types to
// build its table and form, and the data model (app.dataformats.read) is a builder's right that
// an interviewer does not hold; this answer shows only what the caller's own plans open.
import { type AccessPlan, isAlways } from '@charter/policy';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../http/openapi.js';
import { loadCollectionViews } from '../collections/collection-views.js';
import { USERS_COLLECTION_KEY } from '../data-model/users-collection.js';
import { appParams } from '../tenancy/tenant-params.js';
import { recordsReadAccess, recordsTags, type ScopeOf } from './record-scope.js';

const access = z
  .enum(['always', 'some', 'never'])
  .describe('`always`: on every record you may reach; `some`: a condition decides per record; `never`');

const readableField = z.object({
  name: z.string(),
  label: z.string(),
  type: z.string(),
  required: z.boolean(),
  unique: z.boolean(),
  default: z.unknown(),
  options: z.array(z.string()),
  target: z.object({ key: z.string(), name: z.string() }).nullable(),
  read: access,
  create: access,
  update: access,
});

const readableCollection = z.object({
  key: z.string(),
  name: z.string(),
  description: z.string(),
  users: z.boolean().describe("The app's users collection: read here, changed through app users"),
  can: z.object({
    read: z
      .boolean()
      .describe('False for a collection you may only add records to, as with an application form'),
    create: z.boolean().describe('A create rule opens the collection (its condition may still refuse)'),
    update: z.boolean(),
    delete: z.boolean(),
  }),
  fields: z
    .array(readableField)
    .describe('Only fields you may read, create or update on some record, in data-model order'),
});

export type ReadableCollection = z.infer<typeof readableCollection>;

function fieldAccess(plan: AccessPlan, name: string): z.infer<typeof access> {
  if (plan.kind === 'deny') return 'never';
  const mask = plan.fields.get(name);
  if (!mask) return 'never';
  return isAlways(mask) ? 'always' : 'some';
}

/** The route: one engine scope per collection, the same plans the records API applies. */
export function readableCollectionsRoutes(scopeOf: ScopeOf): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/apps/:app/data/collections',
      {
        config: { access: recordsReadAccess },
        schema: {
          tags: recordsTags,
          summary:
            'The collections you may read or add records to, with the fields you may read, create and update',
          params: appParams,
          response: { 200: z.object({ items: z.array(readableCollection) }), ...errorResponses },
        },
      },
      async (request) => {
        const scopeFor = (collection: string) =>
          scopeOf({
            auth: request.auth,
            tenant: request.tenant,
            params: { app: request.params.app, collection },
          });
        // The users collection always exists: its scope also answers "not an app user" first.
        const first = await scopeFor(USERS_COLLECTION_KEY);
        const views = await loadCollectionViews(first.ctx.database.db, request.params.app);
        const items: ReadableCollection[] = [];
        for (const view of views) {
          const key = view.system === 'users' ? USERS_COLLECTION_KEY : view.key;
          const scope = key === USERS_COLLECTION_KEY ? first : await scopeFor(key);
          const plan = (action: 'read' | 'create' | 'update' | 'delete') =>
            scope.policy.engine.planAccess(scope.principal, action, key);
          const read = plan('read');
          const users = view.system === 'users';
          const [create, update, remove] = users
            ? [null, null, null]
            : [plan('create'), plan('update'), plan('delete')];
          if (read.kind === 'deny' && (create === null || create.kind === 'deny')) continue;
          const opens = (p: AccessPlan | null, name: string) =>
            p !== null && fieldAccess(p, name) !== 'never';
          const never = () => 'never' as const;
          items.push({
            key,
            name: view.name,
            description: view.description,
            users,
            can: {
              read: read.kind !== 'deny',
              create: create !== null && create.kind !== 'deny',
              update: update !== null && update.kind !== 'deny',
              delete: remove !== null && remove.kind !== 'deny',
            },
            fields: view.fields
              .filter((f) => opens(read, f.name) || opens(create, f.name) || opens(update, f.name))
              .map((f) => ({
                name: f.name,
                label: f.label,
                type: f.type,
                required: f.required,
                unique: f.unique,
                default: f.default,
                options: f.options,
                target: f.target ? { key: f.target.key, name: f.target.name } : null,
                read: fieldAccess(read, f.name),
                create: create ? fieldAccess(create, f.name) : never(),
                update: update ? fieldAccess(update, f.name) : never(),
              })),
          });
        }
        return { items };
      },
    );
  };
}
