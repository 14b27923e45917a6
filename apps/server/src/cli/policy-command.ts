import { runPolicyExport, runPolicyImport } from './policy-io-command.js';
import { runPolicyLint } from './policy-lint-command.js';
import { runPolicyTest } from './policy-test-command.js';

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
