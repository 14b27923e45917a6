import { isStartupError, type PrepareServer, type RunningServer, startServer } from './server.js';

// Beyond the drain window (CHARTER_SHUTDOWN_DRAIN_MS), for the requests still in flight.
const SHUTDOWN_GRACE_MS = 15_000;

/** Runs the server until SIGTERM or SIGINT; exits 0 after a clean shutdown. */
export async function runServe(env: NodeJS.ProcessEnv, prepare?: PrepareServer): Promise<void> {
  let server: RunningServer;
  try {
    server = await startServer(env, prepare);
  } catch (error) {
    if (isStartupError(error)) {
      process.stderr.write(`charter: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) {
      process.stderr.write(`charter: ${signal} again, exiting without waiting\n`);
      process.exit(1);
    }
    stopping = true;
    // SIGTERM comes from an orchestrator whose load balancer may still send requests: drain first.
    const drainMs = signal === 'SIGTERM' ? server.ctx.config.shutdownDrainMs : 0;
    const limit = drainMs + SHUTDOWN_GRACE_MS;
    const force = setTimeout(() => {
      process.stderr.write(`charter: shutdown took longer than ${limit} ms, exiting\n`);
      process.exit(1);
    }, limit);
    force.unref();
    server.stop({ drainMs }).then(
      () => process.exit(0),
      (error: unknown) => {
        server.ctx.logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}
