/**
 * `npm start`: the bot. Every chat platform whose configuration is complete starts; with none
 * configured, a terminal chat opens on the loaded disclosures. The document folders are watched
 * and reloaded on change (admins can also send `reload`). SIGINT/SIGTERM stop the adapters and
 * let answers in flight finish.
 */
import { fileURLToPath } from 'node:url';
import type { Adapter } from '../bot/adapter.js';
import { Bot } from '../bot/bot.js';
import { readConfig, type BotConfig } from '../bot/config.js';
import { jsonLogger, silentLogger } from '../bot/logger.js';
import { KnowledgeStore, reportText } from '../engine/store.js';
import { BudgetBotError } from '../errors.js';
import { banner } from './banner.js';
import { checkReport } from './facts.js';
import { parseArgs } from './options.js';

async function platformAdapters(config: BotConfig): Promise<Adapter[]> {
  const adapters: Adapter[] = [];
  if (config.slack) {
    const { SlackAdapter } = await import('../../adapters/slack/index.js');
    adapters.push(new SlackAdapter(config.slack));
  }
  if (config.discord) {
    const { DiscordAdapter } = await import('../../adapters/discord/index.js');
    adapters.push(new DiscordAdapter(config.discord));
  }
  return adapters;
}

async function main(): Promise<void> {
  let config: BotConfig;
  try {
    config = readConfig(process.env);
  } catch (error) {
    process.stderr.write(`error: ${error instanceof BudgetBotError ? error.message : String(error)}\n`);
    process.exit(1);
  }
  const options = parseArgs(process.argv.slice(2));
  const paths = options.docs;
  const store = new KnowledgeStore(paths, config.defaultDocument ? { defaultDocument: config.defaultDocument } : {});
  for (const error of store.startupErrors) process.stderr.write(`warning: ${error}\n`);
  const { documents } = store.engine;
  if (!documents.length) {
    process.stderr.write(`error: no disclosure could be loaded from ${paths.join(', ')}\n`);
    process.exit(2);
  }
  if (options.flags.has('checks')) process.stderr.write(`${documents.map(checkReport).join('\n')}\n`);
  const adapters = await platformAdapters(config);
  const terminalOnly = !adapters.length;
  // The terminal is the user's own screen: no JSON log lines between the answers.
  const logger = terminalOnly ? silentLogger : jsonLogger();
  const bot = new Bot(store, {
    logger,
    reload: () => reportText(store.reload()),
    ...(config.admins ? { admins: config.admins } : {}),
    ...(config.channelDocuments ? { channelDocuments: config.channelDocuments } : {}),
  });
  const stopWatching = store.watch((report) => logger.info('reloaded', { ...report }));
  // Load jieba's dictionary now rather than on the first question that needs the search index.
  setImmediate(() => store.engine.warmSearch());

  if (terminalOnly) {
    const { TerminalAdapter } = await import('../../adapters/terminal/index.js');
    const terminal = new TerminalAdapter();
    process.stdout.write(banner(documents));
    await terminal.start(bot);
    await terminal.closed;
    stopWatching();
    return;
  }

  for (const adapter of adapters) {
    await adapter.start(bot);
    logger.info('adapter_started', { adapter: adapter.name });
  }
  const shutdown = async (signal: string) => {
    logger.info('shutting_down', { signal });
    stopWatching();
    await Promise.allSettled(adapters.map((a) => a.stop()));
    await bot.drain();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
