export async function runPolicyLint(_args: string[]): Promise<number> {
  process.stderr.write('charter: policy lint is not available yet\n');
  return 2;
}
