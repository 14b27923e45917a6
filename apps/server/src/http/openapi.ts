import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { operationErrors } from './operation-errors.js';
import { OPERATION_IDS } from './operation-ids.js';
import { acceptedRights, apiKeyScopes, type RouteAccess } from './route-access.js';

/** The error body of DESIGN.md §9, for route response schemas; `Error` in the OpenAPI components. */
export const errorBody = z
  .object({
    error: z.object({
      code: z
        .string()
        .describe('Stable UPPER_SNAKE code; the response lists the codes this operation returns'),
      message: z.string().describe('What went wrong and what to do, in words for a person'),
      details: z
        .record(z.string(), z.unknown())
        .optional()
        .describe('Machine-readable specifics: the fields at fault, what is missing, a decision reference'),
      requestId: z
        .string()
        .describe('The request id, also in the x-request-id header; quote it when reporting'),
    }),
  })
  .meta({ id: 'Error', description: 'An error' });

/** A 204 answer: no body. */
export const noContent = z.null().describe('No content');

/** Shorthands for the error statuses routes document. */
export const errorResponses = {
  400: errorBody,
  401: errorBody,
  403: errorBody,
  404: errorBody,
  409: errorBody,
  503: errorBody,
} as const;

/** The credentials an operation accepts, named in `components.securitySchemes`. */
const SECURITY_SCHEMES = {
  session: {
    type: 'apiKey',
    in: 'cookie',
    name: 'charter.session_token',
    description: 'The session cookie set by POST /api/auth/login (browsers; writes need a trusted Origin).',
  },
  apiKey: {
    type: 'http',
    scheme: 'bearer',
    description:
      'An API key from POST /api/auth/api-keys, sent as `Authorization: Bearer <key>`; its scopes must cover the operation.',
  },
} as const;

/** Generates OpenAPI from the zod route schemas; serves it at /api/openapi.json and /api/docs. */
export async function registerOpenApi(app: FastifyInstance, version: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Charter API',
        version,
        description:
          'Accounts, companies, applications, rights, roles and data permissions for no-code apps.',
      },
      components: { securitySchemes: SECURITY_SCHEMES },
    },
    transform: describeOperation,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get(
    '/api/openapi.json',
    {
      config: { access: { kind: 'public', reason: 'API description' } },
      schema: { hide: true },
    },
    async () => app.swagger(),
  );
}

type TransformInput = Parameters<typeof jsonSchemaTransform>[0];
type OperationSchema = Record<string, unknown> & {
  response?: Record<string, unknown>;
  description?: string;
};

/**
 * One operation of the document: the zod schemas as JSON Schema, plus what a client generator
 * needs and the route already knows: a stable name, the credentials it takes, and the errors it
 * can answer, each status with its codes.
 */
function describeOperation(input: TransformInput): ReturnType<typeof jsonSchemaTransform> {
  const out = jsonSchemaTransform(input);
  const schema = out.schema as OperationSchema;
  if (schema.hide) return out;
  const method = [input.route.method].flat()[0] as string;
  const access = (input.route.config as { access?: RouteAccess } | undefined)?.access;
  const operationId = OPERATION_IDS[`${method} ${input.route.url}`];
  const errors = operationErrors({
    method,
    url: input.route.url,
    access,
    takesBody: Boolean(input.schema.body),
    viewAs: (input.route.config as { viewAs?: 'start' | 'control' } | undefined)?.viewAs,
  });
  const response: Record<string, unknown> = { ...schema.response };
  for (const [status, codes] of Object.entries(errors)) {
    response[status] = {
      description: `${STATUS_TEXT[status] ?? 'Error'}: ${codes.join(', ')}`,
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
    };
  }
  // Statuses a route declares that no derivation covers keep the plain error body.
  for (const status of Object.keys(response)) {
    if (Number(status) >= 400 && !errors[status]) {
      response[status] = {
        description: STATUS_TEXT[status] ?? 'Error',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
      };
    }
  }
  const upload = (input.route.config as { upload?: UploadBody } | undefined)?.upload;
  return {
    ...out,
    schema: {
      ...schema,
      ...(upload ? uploadBody(upload) : {}),
      ...(schema.params ? { params: describeParams(schema.params) } : {}),
      ...(operationId ? { operationId } : {}),
      security: securityOf(access),
      response,
      ...(access && access.kind !== 'public'
        ? { description: describeAccess(access, schema.description) }
        : {}),
    },
  };
}

// Public operations take no credential; the rest take a session, and an API key where the route
// names scopes (the same `apiKeyScopes` that authentication enforces).
function securityOf(access: RouteAccess | undefined): Record<string, string[]>[] {
  if (!access || access.kind === 'public') return [];
  const scopes = apiKeyScopes(access);
  return scopes.length > 0 ? [{ session: [] }, { apiKey: [...scopes] }] : [{ session: [] }];
}

// The access requirement in words, ahead of any description the route gives.
function describeAccess(access: Exclude<RouteAccess, { kind: 'public' }>, description?: string): string {
  const who =
    access.kind === 'platformAdmin'
      ? 'A platform owner or admin.'
      : access.kind === 'account'
        ? 'Any signed-in account.'
        : access.kind === 'company'
          ? acceptedRights(access).length > 0
            ? `A member of the company holding ${acceptedRights(access).join(' or ')}.`
            : 'Any member of the company.'
          : acceptedRights(access).length > 0
            ? `A caller holding ${acceptedRights(access).join(' or ')} in the application.`
            : 'Any user of the application.';
  const keys =
    apiKeyScopes(access).length === 0 ? ' API keys are refused: a signed-in person must call it.' : '';
  return `**Who may call it:** ${who}${keys}${description ? `\n\n${description}` : ''}`;
}

/** A route that reads a multipart upload (it has no JSON body schema): how its files are sent. */
export interface UploadBody {
  /** The form field name to send each file under. */
  field: string;
  /** Whether several files may be sent. */
  many: boolean;
  file: { description: string; format: 'binary' };
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Set on multipart upload routes, for the OpenAPI document. */
    upload?: UploadBody;
  }
}

// The multipart request body of an upload route, as the document shows it.
function uploadBody(upload: UploadBody): Record<string, unknown> {
  const file = { type: 'string', ...upload.file };
  return {
    consumes: ['multipart/form-data'],
    body: {
      type: 'object',
      required: [upload.field],
      properties: { [upload.field]: upload.many ? { type: 'array', items: file } : file },
    },
  };
}

/** What each path parameter names; the same name means the same thing on every route. */
const PATH_PARAMS: Record<string, string> = {
  company: "The company's id",
  app: "The application's id",
  accountId: "The account's id (the person's, across companies and apps)",
  collection: "The collection's key or id",
  field: "The field's key or id",
  record: "The record's id",
  role: "The role's key",
  right: "The custom right's key",
  attribute: "The user attribute's key",
  rule: "The rule's id",
  reference: 'The decision reference from a denied request',
  provider: 'The sign-in provider: google, microsoft, linkedin, facebook, or a company provider id',
  id: 'The id of the item the path names',
};

// Path parameters get their meaning from their name unless the route describes them itself.
function describeParams(params: unknown): unknown {
  const json = params as { properties?: Record<string, { description?: string }> } | undefined;
  if (!json?.properties) return params;
  const properties = Object.fromEntries(
    Object.entries(json.properties).map(([name, prop]) => [
      name,
      prop.description || !PATH_PARAMS[name] ? prop : { ...prop, description: PATH_PARAMS[name] },
    ]),
  );
  return { ...json, properties };
}

const STATUS_TEXT: Record<string, string> = {
  '400': 'The request is malformed or a value is invalid',
  '401': 'Not signed in',
  '403': 'Not allowed',
  '404': 'Not found, or not yours (they look the same)',
  '409': 'Conflicts with the current state',
  '413': 'The body is too large',
  '415': 'The body is not JSON',
  '429': 'Too many requests',
  '503': 'Not available right now',
};
