// Writes the admin app's API types from the OpenAPI document: `npm run generate:api`.
// A test regenerates them and fails when the committed file differs, so the client never drifts.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { openApiDocument } from '../apps/server/src/cli/openapi-document.js';

/** Where the generated types live, beside the client that uses them. */
export const API_TYPES_FILE = fileURLToPath(new URL('../apps/admin/src/api/schema.gen.ts', import.meta.url));

const HEADER = `// Generated from Charter's OpenAPI document by \`npm run generate:api\`. Do not edit.\n\n`;

/** The TypeScript types of a document's paths, operations and components. */
export async function generateApiTypes(document: Record<string, unknown>): Promise<string> {
  const ast = await openapiTS(document as never, { rootTypes: false, exportType: true });
  return HEADER + astToString(ast);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await writeFile(API_TYPES_FILE, await generateApiTypes(await openApiDocument()));
  process.stdout.write(`wrote ${API_TYPES_FILE}\n`);
}
