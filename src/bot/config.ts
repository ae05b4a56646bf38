/**
 * Configuration from the environment, validated with zod at start. Every adapter whose settings
 * are complete starts; a partial one is an error that names what is missing. Secrets never appear
 * in messages or logs.
 */
import { z } from 'zod';
import { BudgetBotError } from '../errors.js';

/** An unset variable, or one set to nothing (KEY= in .env), is absent. */
const optional = z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), z.string().trim().min(1).optional());
/** An endpoint: an http(s) URL, for government or enterprise deployments and for black-box testing against fakes. */
const endpoint = z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), z.string().trim().url().optional());

export const Env = z.object({
  SLACK_BOT_TOKEN: optional,
  SLACK_SIGNING_SECRET: optional,
  SLACK_APP_TOKEN: optional,
  DISCORD_TOKEN: optional,
  DISCORD_APP_ID: optional,
  DISCORD_GUILD_ID: optional,
  SLACK_API_URL: endpoint,
  DISCORD_API_URL: endpoint,
  /** The gateway shards this process runs, `0,1` or `0-3`, out of DISCORD_SHARD_COUNT. */
  DISCORD_SHARDS: z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), z.string().trim().regex(/^\d+(?:-\d+)?(?:,\d+(?:-\d+)?)*$/, 'must look like 0,1 or 0-3').optional()),
  DISCORD_SHARD_COUNT: z.preprocess((value) => (value === '' ? undefined : value), z.coerce.number().int().min(1).optional()),
  PORT: z.preprocess((value) => (value === '' ? undefined : value), z.coerce.number().int().min(0).max(65535).default(3000)),
  BUDGET_BOT_DOCS: optional,
  BUDGET_BOT_DEFAULT_DOC: optional,
  BUDGET_BOT_CHANNEL_DOCS: optional,
  BUDGET_BOT_ADMINS: optional,
  REDIS_URL: z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), z.string().trim().regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL').optional()),
  REDIS_KEY_PREFIX: optional,
  DATA_DIR: optional,
});
export type Env = z.infer<typeof Env>;

export type SlackConfig = {
  botToken: string;
  port: number;
  /** The Web API base (Bolt's slackApiUrl, as GovSlack needs). Default: Slack's. */
  apiUrl?: string;
} & ({ mode: 'socket'; appToken: string } | { mode: 'http'; signingSecret: string });
export interface DiscordConfig {
  token: string;
  appId: string;
  guildId?: string;
  /** The REST base; the gateway URL then comes from its /gateway/bot. Default: Discord's. */
  apiUrl?: string;
  /** The gateway shards this process runs, of `shardCount` in all. Default: every shard, or what discord.js's ShardingManager assigns. */
  shards?: { ids: number[]; count: number };
}

/** `0,2-3` → [0, 2, 3]. */
function shardIds(spec: string): number[] {
  return spec.split(',').flatMap((part) => {
    const [from, to = from] = part.split('-').map(Number);
    return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
  });
}

export interface BotConfig {
  slack?: SlackConfig;
  discord?: DiscordConfig;
  defaultDocument?: string;
  /** conversation id → document, from `C123=file.txt;C456=江苏省高级人民法院`. */
  channelDocuments?: Record<string, string>;
  /** `adapter:userId` entries allowed to reload. */
  admins?: string[];
  /** Where replicas share state (src/state). Absent: this process's memory only. */
  redisUrl?: string;
  /** Put before every Redis key, for several bots on one Redis. */
  redisPrefix?: string;
  /** Where parsed fact bases are kept between starts (src/cache). Absent: every start parses. */
  dataDir?: string;
}

const list = (value: string | undefined, separator: RegExp) => value?.split(separator).map((s) => s.trim()).filter(Boolean) ?? [];

export function readConfig(environment: Record<string, string | undefined>): BotConfig {
  const parsed = Env.safeParse(environment);
  if (!parsed.success) {
    throw new BudgetBotError('CONFIG_INCOMPLETE', `invalid configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
  }
  const env = parsed.data;
  const problems: string[] = [];
  // BUDGET_BOT_DOCS is read with the command line's --docs (src/cli/options.ts); it is validated here.
  const config: BotConfig = {};
  if (env.BUDGET_BOT_DEFAULT_DOC) config.defaultDocument = env.BUDGET_BOT_DEFAULT_DOC;
  const channels = list(env.BUDGET_BOT_CHANNEL_DOCS, /;/).map((pair) => pair.split('='));
  if (channels.some((pair) => pair.length !== 2 || !pair[0] || !pair[1])) problems.push('BUDGET_BOT_CHANNEL_DOCS must look like C123=file.txt;C456=部门名');
  else if (channels.length) config.channelDocuments = Object.fromEntries(channels);
  if (env.BUDGET_BOT_ADMINS) config.admins = list(env.BUDGET_BOT_ADMINS, /,/);
  if (env.REDIS_URL) config.redisUrl = env.REDIS_URL;
  if (env.REDIS_KEY_PREFIX) config.redisPrefix = env.REDIS_KEY_PREFIX;
  if (env.DATA_DIR) config.dataDir = env.DATA_DIR;

  const anySlack = env.SLACK_BOT_TOKEN || env.SLACK_SIGNING_SECRET || env.SLACK_APP_TOKEN;
  if (anySlack) {
    const common = { port: env.PORT, ...(env.SLACK_API_URL ? { apiUrl: env.SLACK_API_URL.replace(/\/?$/, '/') } : {}) };
    if (!env.SLACK_BOT_TOKEN) problems.push('Slack needs SLACK_BOT_TOKEN');
    else if (env.SLACK_APP_TOKEN) config.slack = { ...common, botToken: env.SLACK_BOT_TOKEN, mode: 'socket', appToken: env.SLACK_APP_TOKEN };
    else if (env.SLACK_SIGNING_SECRET) config.slack = { ...common, botToken: env.SLACK_BOT_TOKEN, mode: 'http', signingSecret: env.SLACK_SIGNING_SECRET };
    else problems.push('Slack needs SLACK_SIGNING_SECRET (HTTP Events API) or SLACK_APP_TOKEN (Socket Mode) besides SLACK_BOT_TOKEN');
  }
  const anyDiscord = env.DISCORD_TOKEN || env.DISCORD_APP_ID || env.DISCORD_GUILD_ID;
  if (anyDiscord) {
    const missing = [!env.DISCORD_TOKEN && 'DISCORD_TOKEN', !env.DISCORD_APP_ID && 'DISCORD_APP_ID'].filter(Boolean);
    const shards = env.DISCORD_SHARDS ? { ids: shardIds(env.DISCORD_SHARDS), count: env.DISCORD_SHARD_COUNT ?? 0 } : undefined;
    if (shards && !shards.ids.every((id) => id < shards.count)) problems.push('DISCORD_SHARDS needs DISCORD_SHARD_COUNT greater than every shard it lists');
    if (missing.length) problems.push(`Discord needs ${missing.join(' and ')}`);
    else config.discord = { token: env.DISCORD_TOKEN as string, appId: env.DISCORD_APP_ID as string, ...(env.DISCORD_GUILD_ID ? { guildId: env.DISCORD_GUILD_ID } : {}), ...(env.DISCORD_API_URL ? { apiUrl: env.DISCORD_API_URL.replace(/\/$/, '') } : {}), ...(shards ? { shards } : {}) };
  }
  if (problems.length) throw new BudgetBotError('CONFIG_INCOMPLETE', `incomplete configuration: ${problems.join('; ')}. See .env.example.`);
  return config;
}
