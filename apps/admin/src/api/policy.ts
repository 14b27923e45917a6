import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from './client.js';
import type { Ok } from './types.js';

export type TestReport = Ok<'runPermissionTests'>;
export type TestResult = TestReport['results'][number];
export type MutationReport = Ok<'runMutationCheck'>;
export type ImportResult = Ok<'importPolicy'>;
export type LintWarning = Ok<'lintPolicy'>['warnings'][number];
export type PolicyRule = Ok<'listRules'>['items'][number];

/** The lint findings of the app's live policy. */
export const lintQuery = (app: string) =>
  queryOptions({
    queryKey: ['apps', app, 'policy', 'lint'],
    queryFn: () => unwrap(api.GET('/api/apps/{app}/policy/lint', { params: { path: { app } } })),
  });

/**
 * The policy file exactly as the API writes it: the text is kept byte for byte (the export is
 * stable, so two downloads of the same policy compare equal), not re-serialized by the client.
 */
export async function exportPolicyText(app: string): Promise<string> {
  const answer = await unwrap(
    api.GET('/api/apps/{app}/policy', { params: { path: { app } }, parseAs: 'text' }),
  );
  return answer as unknown as string;
}

// A fixture travels as it is written: YAML text, which the API reads as application/yaml. The
// client would otherwise JSON-encode the string.
const asYaml = {
  bodySerializer: (body: unknown) => body as string,
  headers: { 'content-type': 'application/yaml' },
} as const;

/** Runs a fixture (YAML or JSON text) against the app's live policy. */
export function runTests(app: string, fixture: string): Promise<TestReport> {
  return unwrap(
    api.POST('/api/apps/{app}/policy/test', { params: { path: { app } }, body: fixture, ...asYaml }),
  );
}

/** Breaks each rule in memory, one way at a time, and runs the fixture against each. */
export function runMutationCheck(app: string, fixture: string): Promise<MutationReport> {
  return unwrap(
    api.POST('/api/apps/{app}/policy/test/mutations', {
      params: { path: { app } },
      body: fixture,
      ...asYaml,
    }),
  );
}

/** Imports a policy file; with `dryRun`, reports what would change and saves nothing. */
export function importPolicy(
  app: string,
  document: Record<string, unknown>,
  options: { dryRun: boolean; prune?: boolean },
): Promise<ImportResult> {
  return unwrap(
    api.POST('/api/apps/{app}/policy/import', {
      params: {
        path: { app },
        query: {
          dryRun: String(options.dryRun) as 'true' | 'false',
          prune: options.prune ? 'true' : 'false',
        },
      },
      body: document,
    }),
  );
}

/** The address of a rule's editor. */
export function ruleHref(app: string, ruleId: string): string {
  return `/apps/${app}/rules/${ruleId}`;
}
