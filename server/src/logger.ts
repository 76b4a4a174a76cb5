import pino, { type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs to stdout; details of failures go here, never to clients. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'budgetwatch' } });
}
