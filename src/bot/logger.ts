/** Structured log lines (one JSON object a line, on stderr): which adapter did what, and how long it took. */
export interface Logger {
  info(event: string, fields?: Record<string, unknown>): void;
  error(event: string, fields?: Record<string, unknown>): void;
}

export function jsonLogger(write: (line: string) => void = (line) => process.stderr.write(line)): Logger {
  const log = (level: string) => (event: string, fields: Record<string, unknown> = {}) =>
    write(`${JSON.stringify({ time: new Date().toISOString(), level, event, ...fields })}\n`);
  return { info: log('info'), error: log('error') };
}

/** For tests and quiet runs. */
export const silentLogger: Logger = { info: () => {}, error: () => {} };
