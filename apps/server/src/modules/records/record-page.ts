// A page of records as the API answers it: the engine's list, then expanded links and, on request,
// what the caller may do with each record. Shared by the records API and the end-user app's views.
import type { FastifyRouteSchemaDef } from 'fastify/types/schema.js';
import { serializerCompiler } from 'fastify-type-provider-zod';
import { expandRecords, parseExpand } from './record-expand.js';
import { withMeta } from './record-meta.js';
import { type ListInput, listRecords, type RecordView } from './record-read.js';
import type { RecordScope } from './record-scope.js';

/** What a page or a point read may ask for besides the rows. */
export interface Decoration {
  expand?: string | undefined;
  meta?: 'can' | undefined;
}

/** One page of the records the scope's principal may read, decorated as asked. */
export async function listRecordPage(scope: RecordScope, input: ListInput & Decoration) {
  const page = await listRecords(scope, input);
  return { ...page, items: await decorateRecords(scope, page.items, input) };
}

// Expansion first (it replaces link ids in place), then the per-record permissions.
export async function decorateRecords(scope: RecordScope, items: RecordView[], query: Decoration) {
  if (query.expand) await expandRecords(scope, items, parseExpand(query.expand));
  return query.meta === 'can' ? withMeta(scope, items) : items;
}

// A record's schema is "field name → any value": validating a page of them again would only copy
// every record. They are built field by field from the engine's masked row (record-read.ts), so
// a read answer is written out as it is; error answers keep the checked path.
// (Fastify passes the schema of one response status; its types say the route's, hence the cast.)
export function plainRecords<S>(route: FastifyRouteSchemaDef<S>): (data: unknown) => string {
  return route.httpStatus === '200' ? (data) => JSON.stringify(data) : serializerCompiler(route as never);
}
