/**
 * The settings of what `npm start` runs beside the chat platforms, validated with zod like the
 * platforms' (config.ts): the web desk (WEB_PORT, WEB_HOST, WEB_RATE_LIMIT, ADMIN_TOKEN) and the
 * inbox (DATA_DIR, INBOX_RETENTION_DAYS). Unset DATA_DIR: no inbox.
 */
import { z } from 'zod';
import { BudgetBotError } from '../errors.js';

const blankIsUnset = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optional = z.preprocess(blankIsUnset, z.string().trim().min(1).optional());
const number = (min: number, max: number, fallback: number) => z.preprocess(blankIsUnset, z.coerce.number().int().min(min).max(max).default(fallback));

const ServiceEnv = z.object({
  /** 0: any free port, which the start-up line then names. */
  WEB_PORT: number(0, 65535, 8080),
  WEB_HOST: z.preprocess(blankIsUnset, z.string().trim().min(1).default('127.0.0.1')),
  WEB_RATE_LIMIT: number(1, 1_000_000, 60),
  /** Long enough not to be guessed in the time a rate limit allows. */
  ADMIN_TOKEN: z.preprocess(blankIsUnset, z.string().trim().min(16, 'must be at least 16 characters').optional()),
  DATA_DIR: optional,
  INBOX_RETENTION_DAYS: number(1, 36_500, 180),
});

export interface WebConfig {
  port: number;
  host: string;
  /** Requests to /api and /admin one address may make a minute. */
  rateLimit: number;
  /** Opens /admin/inbox. Absent: the page is off. */
  adminToken?: string;
}

export interface InboxConfig {
  dataDir: string;
  retentionDays: number;
}

export interface ServiceConfig {
  web: WebConfig;
  /** Absent: DATA_DIR is unset, and nothing is recorded. */
  inbox?: InboxConfig;
}

export function readServiceConfig(environment: Record<string, string | undefined>): ServiceConfig {
  const parsed = ServiceEnv.safeParse(environment);
  if (!parsed.success) {
    throw new BudgetBotError('CONFIG_INCOMPLETE', `invalid configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
  }
  const env = parsed.data;
  return {
    web: { port: env.WEB_PORT, host: env.WEB_HOST, rateLimit: env.WEB_RATE_LIMIT, ...(env.ADMIN_TOKEN ? { adminToken: env.ADMIN_TOKEN } : {}) },
    ...(env.DATA_DIR ? { inbox: { dataDir: env.DATA_DIR, retentionDays: env.INBOX_RETENTION_DAYS } } : {}),
  };
}
