import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { API_TYPES_FILE, generateApiTypes } from '../../../scripts/generate-api-client.js';
import { openApiDocument } from '../src/cli/openapi-document.js';
import { ROUTE_ERRORS } from '../src/http/route-errors.js';

interface Operation {
  operationId?: string;
  security?: Record<string, string[]>[];
  parameters?: { name: string; in: string; description?: string }[];
  responses: Record<string, { description: string; content?: Record<string, { schema: unknown }> }>;
}
type Document = {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown>; securitySchemes: Record<string, { type: string }> };
};

// The admin app's client is generated from the document; a generator of anyone's choosing must
// be able to do the same, so the document names every operation, credential and error.
describe('the OpenAPI document and the generated client', () => {
  let doc: Document;
  const operations = () =>
    Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ id: `${method.toUpperCase()} ${path}`, op })),
    );

  beforeAll(async () => {
    doc = (await openApiDocument()) as unknown as Document;
  });

  it('names every operation once, with a stable operationId', () => {
    const ids = operations().map(({ id, op }) => op.operationId ?? `missing on ${id}`);
    expect(ids.filter((id) => id.startsWith('missing'))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(operations().length).toBeGreaterThan(100);
  });

  it('says which credentials each operation takes: none, a session, or an API key with its scopes', () => {
    expect(doc.components.securitySchemes.session?.type).toBe('apiKey');
    expect(doc.components.securitySchemes.apiKey?.type).toBe('http');
    const byId = Object.fromEntries(operations().map(({ op }) => [op.operationId, op]));
    expect(byId.getHealth?.security).toEqual([]);
    // Forms check a new password before anyone is signed in.
    expect(byId.checkPassword?.security).toEqual([]);
    expect(byId.checkPassword?.responses['401']).toBeUndefined();
    expect(byId.listRoles?.security).toEqual([
      { session: [] },
      { apiKey: ['company.users.manage', 'app.dataformats.read'] },
    ]);
    // Creating an API key needs a person: keys are not offered.
    expect(byId.createApiKey?.security).toEqual([{ session: [] }]);
    for (const { id, op } of operations()) expect(op.security, id).toBeDefined();
  });

  it('lists the error codes of each response and describes every parameter', () => {
    const byId = Object.fromEntries(operations().map(({ op }) => [op.operationId, op]));
    const forbidden = byId.createRole?.responses['403'];
    expect(forbidden?.description).toContain('FORBIDDEN');
    expect(forbidden?.description).toContain('INSUFFICIENT_SCOPE');
    expect(forbidden?.content?.['application/json']?.schema).toEqual({ $ref: '#/components/schemas/Error' });
    // A route's own refusals are listed with those its declarations imply.
    expect(byId.leaveCompany?.responses['409']?.description).toContain('LAST_OWNER');
    expect(byId.deleteRole?.responses['409']?.description).toContain('ROLE_IN_USE');
    expect(byId.getMe?.responses['403']?.description).toContain('VIEW_AS_RESTRICTED');
    // Stopping a view is what a viewer may always do.
    expect(byId.stopViewAs?.responses['403']?.description ?? '').not.toContain('VIEW_AS_RESTRICTED');
    // A public route has no authentication errors to list.
    expect(byId.getHealth?.responses['401']).toBeUndefined();
    expect(doc.components.schemas.Error).toBeDefined();
    const undescribed = operations().flatMap(({ id, op }) =>
      (op.parameters ?? []).filter((p) => !p.description).map((p) => `${id} ${p.in}:${p.name}`),
    );
    expect(undescribed).toEqual([]);
  });

  it('lists own error codes only for operations that exist', () => {
    const known = new Set(operations().map(({ id }) => id.replace(/\{(\w+)\}/g, ':$1')));
    expect(Object.keys(ROUTE_ERRORS).filter((route) => !known.has(route))).toEqual([]);
  });

  it('the committed client types are those the document generates (run `npm run generate:api`)', async () => {
    const committed = await readFile(API_TYPES_FILE, 'utf8');
    expect(await generateApiTypes(doc as never)).toBe(committed);
  });
});
