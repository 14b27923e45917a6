import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from './client.js';
import type { BodyOf, Ok } from './types.js';

export type ExplainBody = BodyOf<'explainAccess'>;
export type ExplainAnswer = Ok<'explainAccess'>;
export type ReferenceAnswer = Ok<'getExplanation'>;
export type ViewAs = Ok<'startViewAs'>;
export type Action = ExplainBody['action'];

export const ACTIONS: readonly Action[] = ['read', 'create', 'update', 'delete'];

/** A condition's outcome on a record, in three-valued logic (`unknown`: a null decided it). */
export type Outcome = 'true' | 'false' | 'unknown' | 'error';

/** One grant, guard or field condition in a trace (docs/builder-tools.md §1). */
export interface RuleTrace {
  ruleId: string;
  name: string;
  kind: 'grant' | 'guard' | 'fieldCondition';
  /** As written, with field names; null when the rule has none. */
  condition: string | null;
  compiles: boolean;
  error?: { code: string; message: string };
  /** With the user's own values folded in, as the SQL and the point checks use it. */
  folded: string;
  fields?: string[] | 'all';
  result?: Outcome;
  /** The smallest part that did not hold on the record. */
  failedAt?: string;
}

/** A role (`role:key`) or audience (`audience:everyone`) with its grants for the action. */
export interface UnitTrace {
  unit: string;
  grants: RuleTrace[];
  fields: string[] | 'all';
  result?: Outcome;
}

/** The engine's trace as the API passes it on; the server documents it, the schema leaves it open. */
export interface Trace {
  collection: string;
  action: Action;
  version: string;
  principal: {
    id: string | null;
    roles: string[];
    ignoredRoles: string[];
    audiences: string[];
    allData: boolean;
    anonymous: boolean;
  };
  restricted: boolean;
  gate: { right: string; held: boolean } | null;
  bypass: 'allData' | 'unrestricted' | null;
  plan: { kind: 'allow' | 'deny' | 'where'; condition: string; fields: Record<string, string> };
  units: UnitTrace[];
  unitsWithoutGrants: string[];
  guards: RuleTrace[];
  fieldConditions: RuleTrace[];
  record?: {
    allowed: boolean;
    fields: string[];
    hiddenFields: { field: string; reason: string }[];
    reasons: string[];
  };
}

/** What the explain card shows, whether it came from a question or from a decision reference. */
export type Explained = Omit<ExplainAnswer, 'trace' | 'user'> & {
  trace: Trace;
  /** Null for an anonymous visitor; a reference may name an account since deleted, without its email. */
  user: { id: string; email: string | null } | null;
};

/** The question behind an explanation, as the screen's search params hold it. */
export interface ExplainQuestion {
  /** An email or account id, or ANONYMOUS for a visitor who is not signed in. */
  person: string;
  action: Action;
  collection: string;
  record?: string | undefined;
  /** "Why is this record not in their list?" rather than "may they do this to it?". */
  list?: boolean | undefined;
  /** The list's own filter (CEL), checked as the person's: the rules may allow what it drops. */
  filter?: string | undefined;
}

/** The person of a question who is not signed in: no email or id reads like this word. */
export const ANONYMOUS = 'anonymous';

export const explainQuery = (app: string, q: ExplainQuestion) =>
  queryOptions({
    queryKey: ['apps', app, 'explain', q],
    queryFn: async (): Promise<Explained> => {
      const body: ExplainBody = {
        user: q.person === ANONYMOUS ? null : q.person,
        action: q.list ? 'read' : q.action,
        collection: q.collection,
        ...(q.record ? { record: q.record } : {}),
        ...(q.list ? { list: q.filter ? { filter: q.filter } : {} } : {}),
      };
      const answer = await unwrap(
        api.POST('/api/apps/{app}/access/explain', { params: { path: { app } }, body }),
      );
      return answer as unknown as Explained;
    },
    // An explanation is of the rules as they are now: ask again when the builder comes back.
    staleTime: 0,
  });

export const referenceQuery = (app: string, reference: string) =>
  queryOptions({
    queryKey: ['apps', app, 'explanations', reference],
    queryFn: async () => {
      const answer = await unwrap(
        api.GET('/api/apps/{app}/access/explanations/{reference}', {
          params: { path: { app, reference } },
        }),
      );
      return answer as unknown as Omit<ReferenceAnswer, 'trace'> & { trace: Trace };
    },
  });

/** The view-as in force for this browser session, if any; the banner reads it. */
export const viewAsQuery = queryOptions({
  queryKey: ['view-as'],
  queryFn: () => unwrap(api.GET('/api/view-as')),
});

/** How long a view may last: the API takes 1 to 60 minutes. */
export const VIEW_AS_MINUTES = [5, 15, 30, 60] as const;

/** The explain screen's search params: a question, or a decision reference, so it can be linked. */
export interface ExplainSearch {
  person?: string | undefined;
  action?: Action | undefined;
  collection?: string | undefined;
  record?: string | undefined;
  list?: true | undefined;
  filter?: string | undefined;
  reference?: string | undefined;
  /** "Why can't they see this page?": the page's id or slug, asked with `person`. */
  page?: string | undefined;
}
