import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { beforeAll, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestApp, LogCapture } from '../../test/harness/app.js';
import { describeDb } from '../../test/harness/database.js';
import { buildApp } from '../app.js';
import { AppError } from './app-error.js';
import { takeUndocumentedErrors } from './error-docs.js';
import { UndeclaredAccessError } from './route-access.js';

const ERROR_SHAPE = {
  error: {
    code: expect.stringMatching(/^[A-Z_]+$/),
    message: expect.any(String),
    requestId: expect.any(String),
  },
};

// Test-only routes that exercise the contract: a validated body, and a handler that fails unexpectedly.
function addProbeRoutes(app: FastifyInstance): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.post(
    '/api/test/echo',
    {
      config: { access: { kind: 'public', reason: 'test' } },
      schema: {
        body: z.object({ name: z.string().min(2), age: z.number().int().min(0), email: z.email() }),
        querystring: z.object({ verbose: z.enum(['yes', 'no']).optional() }),
      },
    },
    async (request) => ({ received: request.body }),
  );
  typed.post('/api/test/refuse', { config: { access: { kind: 'public', reason: 'test' } } }, async () => {
    throw new AppError(409, 'PROBE_REFUSED', 'A refusal no description lists.');
  });
  typed.get('/api/test/crash', { config: { access: { kind: 'public', reason: 'test' } } }, async () => {
    throw new Error('connection string postgres://admin:hunter2@db leaked');
  });
}

describeDb('the HTTP error contract', (database) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    ({ app } = await createTestApp(database(), { env: { CHARTER_BODY_LIMIT: '2048' } }));
    addProbeRoutes(app);
    await app.ready();
  });

  it('accepts a valid body', async () => {
    const body = { name: 'Ada', age: 36, email: 'ada@example.com' };
    const res = await app.inject({ method: 'POST', url: '/api/test/echo', payload: body });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ received: body });
  });

  it('names every offending field and what was expected', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/test/echo',
      payload: { name: 'A', age: 'old' },
    });
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', requestId: res.headers['x-request-id'] });
    const fields = error.details.issues.map((i: { field: string }) => i.field).sort();
    expect(fields).toEqual(['age', 'email', 'name']);
    const age = error.details.issues.find((i: { field: string }) => i.field === 'age');
    expect(age).toMatchObject({ location: 'body', message: expect.stringMatching(/expected number/i) });
  });

  it('validates the query string too', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/test/echo?verbose=maybe',
      payload: { name: 'Ada', age: 1, email: 'a@b.co' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.issues).toEqual([
      expect.objectContaining({ location: 'querystring', field: 'verbose' }),
    ]);
  });

  it('answers a malformed JSON body with 400 MALFORMED_JSON', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/test/echo',
      headers: { 'content-type': 'application/json' },
      payload: '{"name": "Ada",',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject(ERROR_SHAPE);
    expect(res.json().error.code).toBe('MALFORMED_JSON');
  });

  it('answers an unsupported content type with 415', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/test/echo',
      headers: { 'content-type': 'application/xml' },
      payload: '<name>Ada</name>',
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().error).toMatchObject({
      code: 'UNSUPPORTED_MEDIA_TYPE',
      details: { expected: 'application/json' },
    });
  });

  it('answers an oversized body with 413', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/test/echo',
      payload: { name: 'x'.repeat(5000), age: 1, email: 'a@b.co' },
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('notes a refusal the operation does not document, so the test provoking it fails', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/test/refuse' });
    expect(res.statusCode).toBe(409);
    expect(takeUndocumentedErrors()).toEqual([
      { operation: 'POST /api/test/refuse', status: 409, code: 'PROBE_REFUSED' },
    ]);
    // A documented one is not noted.
    await app.inject({ method: 'POST', url: '/api/test/echo', payload: { name: 'x' } });
    expect(takeUndocumentedErrors()).toEqual([]);
  });

  it('answers unknown routes with 404 in the same shape', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/no/such/thing?x=1' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject(ERROR_SHAPE);
    expect(res.json().error).toMatchObject({
      code: 'NOT_FOUND',
      message: 'No route matches GET /api/no/such/thing.',
    });
  });

  it('answers unexpected errors with 500 and only the request id', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/test/crash' });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({
      error: {
        code: 'INTERNAL',
        message: 'An unexpected error occurred. Quote the request id when reporting it.',
        requestId: res.headers['x-request-id'],
      },
    });
    expect(res.body).not.toContain('hunter2');
  });

  it('keeps a well-formed upstream request id and replaces a malformed one', async () => {
    const kept = await app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-request-id': 'edge-12345678' },
    });
    expect(kept.headers['x-request-id']).toBe('edge-12345678');
    const replaced = await app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-request-id': 'a b\n<x>' },
    });
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describeDb('OpenAPI', (database) => {
  it('is generated from the route schemas and browsable', async () => {
    const { app } = await createTestApp(database());
    const spec = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(spec.statusCode).toBe(200);
    const doc = spec.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(
      doc.paths['/api/ready'].get.responses['200'].content['application/json'].schema.properties,
    ).toHaveProperty('instanceId');
    expect(doc.paths['/api/ready'].get.responses).toHaveProperty('503');
    const docs = await app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toMatch(/text\/html/);
  });
});

describeDb('route access declarations', (database) => {
  it('every /api route is in the access table with a declared requirement', async () => {
    const { app } = await createTestApp(database());
    await app.ready();
    const ids = app.accessTable.map((r) => `${r.method} ${r.url}`);
    expect(ids).toEqual(
      expect.arrayContaining(['GET /api/health', 'GET /api/ready', 'GET /api/openapi.json']),
    );
    for (const route of app.accessTable)
      expect(route.access.kind, `${route.method} ${route.url}`).toBeTruthy();
  });

  it('an app with an undeclared /api route refuses to build', async () => {
    const { ctx } = await createTestApp(database());
    const app = await buildApp(ctx);
    expect(() => app.get('/api/oops', async () => 'x')).toThrow(UndeclaredAccessError);
  });
});

describeDb('request logs', (database) => {
  it('carry the request id on every line and never a credential', async () => {
    const logs = new LogCapture();
    const { app } = await createTestApp(database(), { logs });
    addProbeRoutes(app);
    await app.ready();
    await app.inject({
      method: 'POST',
      url: '/api/test/echo?token=tok-SECRET-1&verbose=yes',
      headers: { authorization: 'Bearer key-SECRET-2', cookie: 'charter_session=sess-SECRET-3' },
      payload: { name: 'A', age: 1, email: 'x', password: 'pw-SECRET-4' },
    });
    await app.inject({ method: 'GET', url: '/api/test/crash' });
    const text = logs.lines.join('\n');
    expect(text).not.toMatch(/SECRET|hunter2/);
    const requestLines = logs.records().filter((r) => r.req || r.res || r.err || r.code);
    expect(requestLines.length).toBeGreaterThanOrEqual(5);
    for (const record of requestLines) expect(record.reqId).toEqual(expect.any(String));
    expect(text).toContain('[redacted]');
  });
});

describeDb('the admin app', (database) => {
  it('is served at / with SPA fallback, while unknown /api paths stay JSON 404s', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'charter-admin-'));
    try {
      await fs.writeFile(
        path.join(dir, 'index.html'),
        '<!doctype html><title>Charter</title><div id="root"></div>',
      );
      const { ctx } = await createTestApp(database());
      const app = await buildApp(ctx, { adminDir: dir });
      for (const url of ['/', '/apps/recruiting/roles']) {
        const res = await app.inject({ method: 'GET', url });
        expect(res.statusCode, url).toBe(200);
        expect(res.body).toContain('<title>Charter</title>');
      }
      const api = await app.inject({ method: 'GET', url: '/api/unknown' });
      expect(api.statusCode).toBe(404);
      expect(api.json().error.code).toBe('NOT_FOUND');
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});

describeDb('unknown fields', (database) => {
  it('are named one by one', async () => {
    const { app } = await createTestApp(database());
    app.withTypeProvider<ZodTypeProvider>().post(
      '/api/test/strict',
      {
        config: { access: { kind: 'public', reason: 'test' } },
        schema: { body: z.strictObject({ name: z.string(), nested: z.strictObject({ a: z.number() }) }) },
      },
      async () => ({ ok: true }),
    );
    const res = await app.inject({
      method: 'POST',
      url: '/api/test/strict',
      payload: { name: 'x', isAdmin: true, nested: { a: 1, __proto__x: 2 } },
    });
    expect(res.statusCode).toBe(400);
    const fields = res
      .json()
      .error.details.issues.map((i: { field: string }) => i.field)
      .sort();
    expect(fields).toEqual(['isAdmin', 'nested.__proto__x']);
  });
});
