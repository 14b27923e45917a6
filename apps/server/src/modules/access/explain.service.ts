// Explain (DESIGN.md §7): why a user may or may not do something, from the engine's own trace.
import {
  type Action,
  anonymousPrincipal,
  buildPrincipal,
  type Explanation,
  type Principal,
  relationPaths,
  renderSqlForDisplay,
} from '@charter/policy';
import { type Kysely, sql } from 'kysely';
import type { AppContext } from '../../context.js';
import type { DatabaseSchema } from '../../db/schema.js';
import type { AppError } from '../../http/app-error.js';
import { isUuid } from '../../lib/uuid.js';
import { loadAppPrincipal } from '../app-users/app-principal.js';
import { findAccount } from '../auth/accounts.repository.js';
import type { AppPolicy } from '../data/policy-engines.js';
import { loadRecordWithRelations } from '../records/record-graph.js';
import { runSql } from '../records/record-read.js';
import { resolveCollection } from '../records/record-scope.js';
import { kyselySql, tableSql } from '../records/record-sql.js';
import { withClientErrors } from '../records/records.errors.js';
import { accessErrors } from './access.errors.js';
import { explainLinks, type LinkReadability, linkNotes } from './explain-links.js';

/** What a builder asks: a user (null: an anonymous visitor), an action, and a record or a list. */
export interface ExplainRequest {
  user: string | null;
  action: Action;
  collection: string;
  record?: string | undefined;
  list?: { filter?: string | undefined; search?: string | undefined } | undefined;
}

/** The engine's trace, plus what the SQL path answered for the same record, and the list's query. */
export interface AccessExplanation {
  user: { id: string; email: string } | null;
  trace: Explanation;
  record?: {
    id: string;
    exists: boolean;
    allowed: boolean;
    /** The answer of the SQL path the API itself uses; the two must agree. */
    sqlAllowed: boolean;
    agrees: boolean;
    /** Why the record is not allowed (or not in the list); empty when it is. */
    reasons: string[];
    /** On a read the user may make: its readable link fields, with the targets the user cannot read. */
    links?: LinkReadability[];
    /** What the user sees differently from a builder, e.g. links whose targets stay bare ids. */
    notes?: string[];
  };
  list?: { sql: string; includesRecord?: boolean };
}

/** The `user` of a request names no active user of this app. */
export function appUserNotFound(): AppError {
  return accessErrors.APP_USER_NOT_FOUND({ field: 'user' });
}

/** The principal of an app user named by account id or email; 404 when no active app user matches. */
export async function explainedPrincipal(
  ctx: AppContext,
  policy: AppPolicy,
  user: string | null,
): Promise<{ principal: Principal; user: AccessExplanation['user'] }> {
  if (user === null) return { principal: anonymousPrincipal(), user: null };
  const db = ctx.database.db;
  const account = await findAccount(db, isUuid(user) ? { id: user } : { email: user });
  const loaded = account ? await loadAppPrincipal(db, policy.appId, account.id) : null;
  if (!loaded) throw appUserNotFound();
  return { principal: buildPrincipal(loaded, policy.ruleSet), user: { id: loaded.id, email: loaded.email } };
}

/** Explains one decision for a resolved principal: the trace, and the record or list it concerns. */
export async function explainForPrincipal(
  db: Kysely<DatabaseSchema>,
  policy: AppPolicy,
  input: Omit<ExplainRequest, 'user'> & { principal: Principal; now: number },
): Promise<Omit<AccessExplanation, 'user'>> {
  const { principal, action, now } = input;
  const { key: collection } = resolveCollection(policy, input.collection);
  const engine = policy.engine;
  const id = input.record?.toLowerCase();
  const graph =
    id && isUuid(id)
      ? await loadRecordWithRelations(
          db,
          policy.schema.schema.collections,
          { collection, id },
          relationPaths(engine.planAccess(principal, action, collection)),
        )
      : null;
  const trace = engine.explain(principal, action, collection, graph ?? undefined, { now });
  const result: Omit<AccessExplanation, 'user'> = { trace };
  let inList: boolean | undefined;
  if (input.list) {
    const request = { filter: input.list.filter, search: input.list.search, now };
    const query = withClientErrors(() => engine.compileListQuery(principal, collection, request));
    result.list = { sql: renderSqlForDisplay(query.sql) };
    if (graph && id) {
      const one = withClientErrors(() =>
        engine.compileListQuery(principal, collection, { ...request, id, limit: 1 }),
      );
      inList = (await runSql(db, one.sql)).length > 0;
      result.list.includesRecord = inList;
    }
  }
  if (id !== undefined) {
    const allowed = trace.record?.allowed ?? false;
    const sqlAllowed = graph ? await sqlAllows(db, policy, principal, action, collection, id, now) : false;
    const reasons = !graph
      ? [`no record with id ${input.record} exists in ${collection}`]
      : !allowed
        ? [...(trace.record?.reasons ?? [])]
        : inList === false
          ? ['the rules allow the record, but the list filter or search excludes it']
          : [];
    result.record = {
      id,
      exists: graph !== null,
      allowed,
      sqlAllowed,
      agrees: allowed === sqlAllowed,
      reasons,
    };
    if (graph && action === 'read' && allowed) {
      const links = await explainLinks(db, policy, { principal, collection, id, now });
      result.record.links = links;
      result.record.notes = linkNotes(links);
    }
  }
  return result;
}

// The plan's WHERE on this one row, as the records API runs it.
async function sqlAllows(
  db: Kysely<DatabaseSchema>,
  policy: AppPolicy,
  principal: Principal,
  action: Action,
  collection: string,
  id: string,
  now: number,
): Promise<boolean> {
  const def = policy.schema.schema.collections[collection]!;
  const where = policy.engine.compileWhere(principal, action, collection, { alias: 'r', now });
  const rows =
    await sql`select 1 from ${tableSql(def)} as "r" where "r"."id" = ${id}::uuid and (${kyselySql(where)})`.execute(
      db,
    );
  return rows.rows.length > 0;
}

/** The builder's explain endpoint: resolves the user, then explains. */
export async function explainAccess(
  ctx: AppContext,
  policy: AppPolicy,
  request: ExplainRequest,
): Promise<AccessExplanation> {
  const { principal, user } = await explainedPrincipal(ctx, policy, request.user);
  const explained = await explainForPrincipal(ctx.database.db, policy, {
    ...request,
    principal,
    now: ctx.clock.now().getTime(),
  });
  return { user, ...explained };
}
