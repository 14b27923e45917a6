import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The journeys test the admin app as shipped: build it once before they run. */
export default function setup(): void {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    stdio: 'inherit',
    // Vitest sets NODE_ENV=test, which would ship React's development build: test what ships.
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
