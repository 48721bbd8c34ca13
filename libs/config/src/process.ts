import { AppConfig } from './app-config.js';
import { ConfigValidationError } from './environment.js';
import { loadDotEnv } from './load-env.js';

/** EX_CONFIG from sysexits.h: the configuration is wrong, restarting will not help. */
export const EXIT_BAD_CONFIG = 78;

/**
 * Reads `.env` and the environment and validates them before Nest starts; a bad value stops the process
 * with a message that names every bad variable and why.
 */
export function loadConfigOrExit(processName: string): AppConfig {
  loadDotEnv();
  try {
    return AppConfig.fromEnv();
  } catch (error) {
    if (error instanceof ConfigValidationError) {
      process.stderr.write(`${processName}: ${error.message}\n`);
      process.exit(EXIT_BAD_CONFIG);
    }
    throw error;
  }
}

/**
 * Graceful shutdown has a bound: on the first SIGTERM/SIGINT a timer starts, and if the shutdown hooks
 * have not let the process end by then (a server that stopped answering, say), it exits anyway.
 */
export function armShutdownWatchdog(processName: string, boundMs: number): void {
  const arm = (signal: NodeJS.Signals) => {
    setTimeout(() => {
      process.stderr.write(`${processName}: still running ${boundMs} ms after ${signal}; exiting now\n`);
      process.exit(1);
    }, boundMs).unref();
  };
  process.once('SIGTERM', arm);
  process.once('SIGINT', arm);
}
