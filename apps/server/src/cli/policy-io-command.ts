export async function runPolicyExport(_args: string[]): Promise<number> {
  process.stderr.write('charter: policy export is not available yet\n');
  return 2;
}

export async function runPolicyImport(_args: string[]): Promise<number> {
  process.stderr.write('charter: policy import is not available yet\n');
  return 2;
}
