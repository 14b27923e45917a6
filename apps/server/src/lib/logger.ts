import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

// Query parameters whose values are credentials in links Charter sends (verification, reset, OIDC).
const SECRET_PARAMS = /^(token|code|password|secret|key|api_key|apikey|state|id_token|access_token)$/i;

// Object keys that must never reach a log line, wherever they appear (pino redact paths).
const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.token',
  '*.secret',
  '*.apiKey',
  'password',
  'token',
  'secret',
];

/**
 * The structured JSON logger. Request lines carry `reqId` (Fastify binds it to request.log);
 * URLs are logged with credential-bearing query values replaced.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'charter' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      serializers: {
        req: (req: { method: string; url: string; ip?: string }) => ({
          method: req.method,
          url: redactQuery(req.url),
          remoteAddress: req.ip,
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
        err: (err: Error) => scrubError(pino.stdSerializers.err(err)),
      },
    },
    destination,
  );
}

/** Replaces the values of credential-like query parameters. */
export function redactQuery(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const params = new URLSearchParams(url.slice(q + 1));
  for (const name of [...params.keys()]) if (SECRET_PARAMS.test(name)) params.set(name, '[redacted]');
  return `${url.slice(0, q)}?${params.toString()}`;
}

// Credentials that error messages from drivers and libraries are known to embed.
const CREDENTIAL_PATTERNS: [RegExp, string][] = [
  [/(\b[a-z][a-z0-9+.-]*:\/\/[^:\s/@]+:)[^@\s]+@/gi, '$1[redacted]@'],
  [/\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]+/gi, '$1 [redacted]'],
];

/** Removes URL passwords and authorization values from text bound for the log. */
export function scrubCredentials(text: string): string {
  return CREDENTIAL_PATTERNS.reduce((acc, [pattern, replacement]) => acc.replace(pattern, replacement), text);
}

function scrubError<T extends { message: string; stack: string }>(serialized: T): T {
  return {
    ...serialized,
    message: scrubCredentials(serialized.message),
    stack: scrubCredentials(serialized.stack),
  };
}

const INCOMING_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Keeps a well-formed upstream `x-request-id` (for tracing through proxies), else makes one. */
export function generateRequestId(req: IncomingMessage): string {
  const incoming = req.headers['x-request-id'];
  return typeof incoming === 'string' && INCOMING_ID.test(incoming) ? incoming : randomUUID();
}
