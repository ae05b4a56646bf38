/**
 * `npm start`: the bot. Every chat platform whose configuration is complete starts; with none
 * configured, a terminal chat opens on the loaded disclosures. SIGINT/SIGTERM stop the adapters
 * and let answers in flight finish.
 */
import type { Adapter } from '../bot/adapter.js';
import { Bot } from '../bot/bot.js';
import { readConfig, type BotConfig } from '../bot/config.js';
import { jsonLogger } from '../bot/logger.js';
import { Engine } from '../engine/engine.js';
import { BudgetBotError } from '../errors.js';
import { checkReport } from './facts.js';
import { loadOrExit, parseArgs } from './options.js';
import type { ParsedDocument } from '../parse/document.js';

/** The banner: what is loaded, how much, and what the checks found. */
export function banner(documents: ParsedDocument[]): string {
  const lines = documents.map((d) => {
    const f = d.facts;
    const failed = d.checks.filter((c) => !c.ok);
    const counts = `${f.amounts.length} 项金额, ${f.projectTables.length} 张绩效目标表, ${f.procurement.items.length} 条采购明细, ${f.glossary.length} 个名词`;
    const warnings = failed.length ? `\n  ⚠ ${failed.map((c) => `${c.name}: ${c.detail}`).join('\n  ⚠ ')}` : '';
    return `• ${f.identity.department} ${f.identity.year ?? '?'}年${f.identity.kind}（${f.identity.file}）：${counts}；一致性检查 ${d.checks.length - failed.length}/${d.checks.length} 通过${warnings}`;
  });
  return `budget-bot — 已载入 ${documents.length} 份披露\n${lines.join('\n')}\n输入问题，例如「三公经费多少」「项目支出占比」；Ctrl-D 退出。\n`;
}

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
    await terminal.closed;
    return;
  }

  const logger = jsonLogger();
  const bot = new Bot(engine, { logger });
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

await main();
