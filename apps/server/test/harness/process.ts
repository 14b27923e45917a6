import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

// Charter's real entry point in a child process, as `npm start` runs it.
export const MAIN = fileURLToPath(new URL('../../src/main.ts', import.meta.url));
export const CLI = fileURLToPath(new URL('../../src/cli/charter.ts', import.meta.url));
// The TypeScript loader, by absolute URL, because each child runs in a scratch directory.
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
// Its tsconfig maps @charter/policy to the engine's sources, so no build is needed first.
const TSCONFIG = fileURLToPath(new URL('../../../../tsconfig.check.json', import.meta.url));

export interface Started {
  child: ChildProcess;
  url: string;
  stdout: string[];
  stderr: string[];
  exited: Promise<number | null>;
}

/** Starts a child process; `untilListening` resolves with its URL once it serves. */
export function run(
  env: NodeJS.ProcessEnv,
  cwd: string,
  args: string[] = [MAIN],
): Started & { untilListening: Promise<string> } {
  const child = spawn(process.execPath, ['--import', TSX, ...args], {
    cwd,
    env: {
      PATH: process.env.PATH,
      PORT: '0',
      LOG_LEVEL: 'info',
      TSX_TSCONFIG_PATH: TSCONFIG,
      // fetch keeps its connections open: a short drain window keeps SIGTERM quick here.
      CHARTER_SHUTDOWN_DRAIN_MS: '1000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stdout: string[] = [];
  const stderr: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const untilListening = new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        stdout.push(line);
        const url = line.startsWith('{') ? (JSON.parse(line) as { url?: string }).url : undefined;
        if (url) resolve(url);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => stderr.push(...chunk.toString().split('\n').filter(Boolean)));
    exited.then((code) => reject(new Error(`exited with ${code}: ${stderr.join('\n')}`)));
  });
  return { child, url: '', stdout, stderr, exited, untilListening };
}

/** A started child process that is serving. */
export async function start(env: NodeJS.ProcessEnv, cwd: string): Promise<Started> {
  const started = run(env, cwd);
  started.url = await started.untilListening;
  return started;
}
