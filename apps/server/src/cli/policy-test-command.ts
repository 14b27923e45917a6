export async function runPolicyTest(_args: string[]): Promise<number> {
  process.stderr.write('charter: policy test is not available yet\n');
  return 2;
}
