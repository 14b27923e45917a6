import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { z } from 'zod';

/** The error body of DESIGN.md §9, for route response schemas. */
export const errorBody = z
  .object({
    error: z.object({
      code: z.string().describe('Stable UPPER_SNAKE code'),
      message: z.string(),
      details: z.record(z.string(), z.unknown()).optional(),
      requestId: z.string(),
    }),
  })
  .describe('An error');

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
    },
    transform: jsonSchemaTransform,
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
