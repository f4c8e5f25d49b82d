import 'server-only';
/**
 * Structured logs (pino, JSON lines on stdout): one line per CDS Hooks call, with the calling client, the service, the
 * hookInstance, the status and the latency, never patient data, tokens or request bodies. LOG_LEVEL sets the level.
 */
import pino, { type DestinationStream, type Logger } from 'pino';
import { env } from '@/lib/env';

let cached: { level: string; logger: Logger } | undefined;
let destination: DestinationStream | undefined;

export function logger(): Logger {
  const level = env().LOG_LEVEL;
  if (cached?.level !== level) {
    const options = { level, base: { app: 'gutskin-cds' }, timestamp: pino.stdTimeFunctions.isoTime };
    cached = { level, logger: destination ? pino(options, destination) : pino(options) };
  }
  return cached.logger;
}

/** For tests: send log lines to `stream` (undefined: back to stdout). */
export function useLogDestination(stream: DestinationStream | undefined): void {
  destination = stream;
  cached = undefined;
}
