import { runPolicyExport, runPolicyImport } from './policy-io-command.js';
import { runPolicyLint } from './policy-lint-command.js';
import { runPolicyTest } from './policy-test-command.js';

export const POLICY_USAGE = `  policy export --app ID|NAME [--out FILE]
                                         write the app's policy as versioned JSON
  policy import --app ID|NAME FILE [--dry-run] [--prune]
                                         apply a policy file in one transaction (or show its diff)
  policy test FILE [--app ID|NAME]       run a permission-test fixture (exit 1 on a failure)
  policy lint --app ID|NAME              warn about rules and roles that are likely mistakes`;

/** `charter policy <command>`: returns the exit code, or null when the command is unknown. */
export async function runPolicyCommand(args: string[]): Promise<number | null> {
  const [command, ...rest] = args;
  switch (command) {
    case 'export':
      return runPolicyExport(rest);
    case 'import':
      return runPolicyImport(rest);
    case 'test':
      return runPolicyTest(rest);
    case 'lint':
      return runPolicyLint(rest);
    default:
      return null;
  }
}
