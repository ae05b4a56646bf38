/**
 * `npm start`: the bot. Every chat platform whose configuration is complete starts; with none
 * configured, a terminal chat opens on the loaded disclosures. SIGINT/SIGTERM stop the adapters
 * and let answers in flight finish.
 */
import { fileURLToPath } from 'node:url';
import type { Adapter } from '../bot/adapter.js';
import { Bot } from '../bot/bot.js';
import { readConfig, type BotConfig } from '../bot/config.js';
import { jsonLogger } from '../bot/logger.js';
import { Engine } from '../engine/engine.js';
import { BudgetBotError } from '../errors.js';
import { banner } from './banner.js';
import { checkReport } from './facts.js';
import { loadOrExit, parseArgs } from './options.js';

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
  const { documents } = loadOrExit(config.docs.length && !process.argv.includes('--docs') ? config.docs : options.docs);
  if (options.flags.has('checks')) process.stderr.write(`${documents.map(checkReport).join('\n')}\n`);
  const engine = new Engine(documents);
  const adapters = await platformAdapters(config);

  if (!adapters.length) {
    const { TerminalAdapter } = await import('../../adapters/terminal/index.js');
    const terminal = new TerminalAdapter();
    process.stdout.write(banner(documents));
    // The terminal is the user's own screen: no JSON log lines between the answers.
    await terminal.start(new Bot(engine));
    setImmediate(() => engine.warmSearch());
    await terminal.closed;
    return;
  }

  const logger = jsonLogger();
  const bot = new Bot(engine, { logger });
  // Load jieba's dictionary now rather than on the first question that needs the search index.
  setImmediate(() => engine.warmSearch());
  for (const adapter of adapters) {
    await adapter.start(bot);
    logger.info('adapter_started', { adapter: adapter.name });
  }
  const shutdown = async (signal: string) => {
    logger.info('shutting_down', { signal });
    await Promise.allSettled(adapters.map((a) => a.stop()));
    await bot.drain();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
