/** The details an error may carry: field problems, limits, references. Never internals. */
export type ErrorDetails = Record<string, unknown>;

/**
 * The one error type domain modules throw. The error handler turns it into
 * `{ error: { code, message, details, requestId } }` with its status. Modules build it from their
 * catalogue (defineErrorCodes); it lives here so the catalogues and app-error.ts import one way.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: ErrorDetails,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** One code of a catalogue: its status, and its message, fixed or built from typed arguments. */
export interface ErrorCodeDefinition {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: each definition narrows its own arguments.
  message: string | ((...args: any[]) => string);
}

/** The arguments a code's factory takes: the message's own, then the details, if any. */
type FactoryArgs<M> = M extends (...args: infer P) => string
  ? [...P, details?: ErrorDetails]
  : [details?: ErrorDetails];

/** Builds the AppError of one code; carries its code and status for the OpenAPI lists and the tests. */
export type ErrorFactory<M> = ((...args: FactoryArgs<M>) => AppError) & {
  readonly code: string;
  readonly status: number;
};

/** A module's catalogue: one factory per code, named by the code. */
export type ErrorCatalogue<D extends Record<string, ErrorCodeDefinition>> = {
  readonly [C in keyof D]: ErrorFactory<D[C]['message']>;
};

/**
 * Declares a module's error codes once (better-auth's `defineErrorCodes`): `throw errors.LAST_OWNER()`
 * gives the same AppError as writing its status, code and message inline. A message function's
 * arguments come first; an optional details object follows them. The factory counts a message
 * function's parameters, so message functions take no default or rest parameters.
 */
export function defineErrorCodes<const D extends Record<string, ErrorCodeDefinition>>(
  definitions: D,
): ErrorCatalogue<D> {
  const catalogue: Record<string, unknown> = {};
  for (const [code, { status, message }] of Object.entries(definitions)) {
    const arity = typeof message === 'function' ? message.length : 0;
    const create = (...args: unknown[]): AppError => {
      const text = typeof message === 'function' ? message(...args.slice(0, arity)) : message;
      return new AppError(status, code, text, args[arity] as ErrorDetails | undefined);
    };
    catalogue[code] = Object.assign(create, { code, status });
  }
  return Object.freeze(catalogue) as ErrorCatalogue<D>;
}

/** Whether a value is one code of a catalogue, as the catalogue test collects them. */
export function isErrorFactory(value: unknown): value is ErrorFactory<string> {
  return typeof value === 'function' && typeof (value as { code?: unknown }).code === 'string';
}

/** The message of a code answered from many places, each call wording its own. */
export const said = (message: string) => message;

/** The codes every module shares, answered by http/ itself or by any module. */
export const sharedErrors = defineErrorCodes({
  /** The request breaks the declared input: `details.issues` names every field. */
  VALIDATION_FAILED: { status: 400, message: said },
  MALFORMED_JSON: { status: 400, message: said },
  /** A client error Fastify raised that no other code names. */
  BAD_REQUEST: { status: 400, message: said },
  FORBIDDEN: { status: 403, message: said },
  /** Missing, or hidden from the caller: both look the same. */
  NOT_FOUND: { status: 404, message: said },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'The request body is larger than the server accepts.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'The request body must be sent as application/json.' },
  INTERNAL: { status: 500, message: said },
  DATABASE_UNAVAILABLE: {
    status: 503,
    message: 'The database is unreachable or did not answer in time. Retry shortly.',
  },
  SHUTTING_DOWN: { status: 503, message: 'This server is shutting down; send the request again.' },
});
