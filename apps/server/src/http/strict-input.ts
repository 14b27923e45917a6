import type { FastifyInstance, FastifyRequest } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { type ZodType, z } from 'zod';
import { type FieldIssue, validationError } from './app-error.js';

/**
 * One behaviour for input a route does not know: refuse it, naming each unknown key.
 * - Bodies and query strings that a route describes are validated strictly, at every depth: an
 *   object refuses keys outside its shape (`400 VALIDATION_FAILED`, "is not a known field"),
 *   unless the schema opens it on purpose (`z.looseObject`, a catchall, a record).
 * - A body sent to a route that takes none, and query parameters sent to a non-public route that
 *   takes none, are refused the same way. Public routes are entered through links made
 *   elsewhere (identity providers, mail), which may carry parameters of their own.
 * Validation is compiled once per route, when it is registered.
 */
export function installStrictInput(app: FastifyInstance): void {
  app.setValidatorCompiler((route) => {
    const strict = route.httpPart === 'body' || route.httpPart === 'querystring';
    const schema = strict ? strictInput(route.schema) : route.schema;
    return validatorCompiler({ ...route, schema } as Parameters<typeof validatorCompiler>[0]);
  });
  app.addHook('preValidation', async (request) => {
    const issues = [...undeclaredBody(request), ...undeclaredQuery(request)];
    if (issues.length > 0) throw validationError(issues);
  });
}

/** The schema with every object that strips unknown keys made to refuse them, at any depth. */
export function strictInput<T>(schema: T): T {
  return isZod(schema) ? (strictCopy(schema) as T) : schema;
}

function isZod(value: unknown): value is ZodType {
  return typeof value === 'object' && value !== null && '_zod' in value;
}

// Wrappers whose one inner schema describes the input.
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'nonoptional', 'catch']);

// Rebuilds only what changes; `parent` keeps the original's metadata (descriptions) on the copy.
function strictCopy(schema: ZodType): ZodType {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  const copy = (changes: Record<string, unknown>) =>
    schema.clone({ ...def, ...changes } as typeof schema._zod.def, { parent: true });
  const inner = (value: unknown) => (isZod(value) ? strictCopy(value) : value);
  switch (def.type) {
    case 'object': {
      const shape = Object.fromEntries(
        Object.entries(def.shape as Record<string, ZodType>).map(([key, value]) => [key, strictCopy(value)]),
      );
      // A catchall is a deliberate choice (looseObject, passthrough, catchall): it stays.
      return copy({ shape, catchall: def.catchall ?? z.never() });
    }
    case 'array':
      return copy({ element: inner(def.element) });
    case 'pipe':
      return copy({ in: inner(def.in) });
    case 'union':
      return copy({ options: (def.options as ZodType[]).map(strictCopy) });
    case 'intersection':
      // zod reconciles strict sides: a key is unknown only when neither side knows it.
      return copy({ left: inner(def.left), right: inner(def.right) });
    case 'record':
      return copy({ valueType: inner(def.valueType) });
    case 'tuple':
      return copy({
        items: (def.items as ZodType[]).map(strictCopy),
        rest: def.rest ? inner(def.rest) : def.rest,
      });
    default:
      return WRAPPERS.has(def.type) ? copy({ innerType: inner(def.innerType) }) : schema;
  }
}

function keysOf(value: unknown): string[] {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.keys(value) : [];
}

function unknownKeys(location: string, keys: string[]): FieldIssue[] {
  return keys.map((field) => ({ location, field, message: 'is not a known field' }));
}

function undeclaredBody(request: FastifyRequest): FieldIssue[] {
  if (!request.routeOptions.config.access || request.routeOptions.schema?.body) return [];
  return unknownKeys('body', keysOf(request.body));
}

function undeclaredQuery(request: FastifyRequest): FieldIssue[] {
  const access = request.routeOptions.config.access;
  if (!access || access.kind === 'public' || request.routeOptions.schema?.querystring) return [];
  return unknownKeys('querystring', keysOf(request.query));
}
