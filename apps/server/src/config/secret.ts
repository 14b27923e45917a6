import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

const SECRET_FILE = 'secret';

/**
 * Returns the configured secret, or in embedded mode the one kept in the data directory,
 * generating it (mode 0600) on the first start so that a fresh install needs no setup.
 */
export async function resolveSecret(configured: string | undefined, dataDir: string): Promise<string> {
  if (configured) return configured;
  const file = path.join(dataDir, SECRET_FILE);
  try {
    return validSecret(await fs.readFile(file, 'utf8'), file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await fs.mkdir(dataDir, { recursive: true, mode: 0o700 });
  const secret = randomBytes(32).toString('base64url');
  // 'wx' fails if another process created the file meanwhile; then we read theirs.
  try {
    await fs.writeFile(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return validSecret(await fs.readFile(file, 'utf8'), file);
  }
}

// A truncated or hand-edited secret file must stop the start, not silently weaken sessions.
function validSecret(content: string, file: string): string {
  const secret = content.trim();
  if (secret.length < 32) throw new Error(`${file} holds no valid secret (expected at least 32 characters)`);
  return secret;
}
