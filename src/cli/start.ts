/**
 * `npm start`: the bot. The web desk always starts (WEB_HOST:WEB_PORT), and every chat platform
 * whose configuration is complete; with none configured and a terminal on stdin, a terminal chat
 * opens on the loaded disclosures too. Run as a service (no terminal), it serves until a signal. The document folders are watched
 * and reloaded on change (admins can also send `reload`). SIGINT/SIGTERM stop the adapters and
 * let answers in flight finish.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Adapter } from '../bot/adapter.js';
import { Bot } from '../bot/bot.js';
import { readConfig, type BotConfig } from '../bot/config.js';
import { jsonLogger, silentLogger } from '../bot/logger.js';
import { readServiceConfig, type ServiceConfig } from '../bot/serviceConfig.js';
import { KnowledgeStore, reportText } from '../engine/store.js';
import { openState } from '../state/index.js';
import { Inbox } from '../inbox/inbox.js';
import { Journal } from '../inbox/journal.js';
import { Metrics } from '../metrics/metrics.js';
import { WebAdapter } from '../../adapters/web/index.js';
import { BudgetBotError } from '../errors.js';
import { banner } from './banner.js';
import { loadDotEnv } from './dotEnv.js';
import { checkReport } from './facts.js';
import { parseArgs } from './options.js';

/** How long a shutdown waits for answers in flight. Default 25 s, inside docker stop's 30 s. */
const SHUTDOWN_DEADLINE_MS = Number(process.env.BUDGET_BOT_SHUTDOWN_MS) || 25_000;

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
  loadDotEnv();
  // A platform library's promise that fails unhandled is logged as one line; the bot stays up.
  process.on('unhandledRejection', (reason) => process.stderr.write(`${JSON.stringify({ level: 'error', event: 'unhandled_rejection', error: String((reason as Error)?.message ?? reason) })}\n`));
  let config: BotConfig;
  let service: ServiceConfig;
  try {
    config = readConfig(process.env);
    service = readServiceConfig(process.env);
  } catch (error) {
    process.stderr.write(`error: ${error instanceof BudgetBotError ? error.message : String(error)}\n`);
    process.exit(1);
  }
  const options = parseArgs(process.argv.slice(2));
  // The bot takes no question on its command line: anything left over is a --docs path that does not exist.
  if (options.rest.length) {
    process.stderr.write(`error: no such file or folder: ${options.rest.join(', ')}\n`);
    process.exit(1);
  }
  const paths = options.docs;
  // BUDGET_BOT_DOCS is checked as --docs is: a path that is not there is one line and exit 1.
  const missing = paths.filter((path) => !existsSync(path));
  if (missing.length) {
    process.stderr.write(`error: no such file or folder: ${missing.join(', ')}\n`);
    process.exit(1);
  }
  // DATA_DIR is tried by the inbox first: one that cannot be used stops start-up with one line, before any parsing.
  const inbox = openInbox(service);
  const store = new KnowledgeStore(paths, { ...(config.defaultDocument ? { defaultDocument: config.defaultDocument } : {}), ...(config.dataDir ? { cacheDir: config.dataDir } : {}) });
  for (const error of store.startupErrors) process.stderr.write(`warning: ${error}\n`);
  const { documents } = store.engine;
  if (!documents.length) {
    process.stderr.write(`error: no disclosure could be loaded from ${paths.join(', ')}\n`);
    process.exit(2);
  }
  if (options.flags.has('checks')) process.stderr.write(`${documents.map(checkReport).join('\n')}\n`);
  const metrics = new Metrics();
  const platforms = await platformAdapters(config);
  const web = new WebAdapter(service.web, { documents: () => store.engine.documents, metrics, ...(inbox ? { inbox } : {}) });
  // The desk first: its server is built before a platform's events can arrive, and a port in use
  // stops start-up before any platform connects.
  const adapters: Adapter[] = [web, ...platforms];
  // The terminal chat needs a terminal: run as a service (stdin a pipe, /dev/null or closed), every other channel serves on.
  const chat = process.stdin.isTTY === true && !platforms.length;
  // The terminal is the user's own screen: no JSON log lines between the answers.
  const logger = chat ? silentLogger : jsonLogger();
  const state = await openState(config, logger);
  // A reload announced by another replica is done here too, so that every replica serves the same version.
  state.onReload((generation) => void store.reloadInBackground().then((report) => logger.info('reloaded', { source: 'peer', generation, ...report })));
  const bot = new Bot(store, {
    logger,
    state,
    sessions: store.engine.sessions,
    // In a worker: a reload over hundreds of documents never holds up the acknowledgement or other answers.
    reload: async () => {
      const report = await store.reloadInBackground();
      if (report.replaced) await state.announceReload();
      return reportText(report);
    },
    observers: [metrics, ...(inbox ? [new Journal(inbox)] : [])],
    ...(config.admins ? { admins: config.admins } : {}),
    ...(config.channelDocuments ? { channelDocuments: config.channelDocuments } : {}),
  });
  const stopWatching = store.watch((report) => logger.info('reloaded', { ...report }));
  // Load jieba's dictionary now rather than on the first question that needs the search index.
  setImmediate(() => store.engine.warmSearch());

  for (const adapter of adapters) {
    try {
      await adapter.start(bot);
    } catch (error) {
      // A bad token, an unreachable platform or a port in use: one line that says which, not a stack trace.
      const e = error as { code?: unknown; data?: { error?: unknown }; message?: unknown };
      process.stderr.write(`error: ${adapter.name} could not start: ${String(e.data?.error ?? e.message ?? error)}${e.code ? ` (${String(e.code)})` : ''}\n`);
      process.exit(1);
    }
  }
  // Logged once all are up, so that one that fails leaves its one error line alone on stderr.
  for (const adapter of adapters) logger.info('adapter_started', { adapter: adapter.name });
  // How the knowledge came: parsed, or unparsed from the cache (DATA_DIR).
  logger.info('knowledge_loaded', { documents: documents.length, ...store.startup });
  const deskLine = `desk: ${web.url}${inbox ? '' : ' (inbox off: DATA_DIR is not set)'}\n`;
  // New questions are refused from the signal on; answers in flight are delivered (up to the
  // deadline) before the adapters' connections close, and what the deadline cut off is counted.
  const shutdown = async (signal: string) => {
    logger.info('shutting_down', { signal });
    stopWatching();
    await Promise.allSettled(adapters.map((a) => a.stopIntake?.()));
    const dropped = await bot.drain(SHUTDOWN_DEADLINE_MS);
    if (dropped) logger.error('shutdown_deadline_passed', { dropped, deadlineMs: SHUTDOWN_DEADLINE_MS });
    await Promise.allSettled(adapters.map((a) => a.stop()));
    await state.close();
    inbox?.close();
    logger.info('stopped', { delivered_all: dropped === 0 });
    process.exit(0);
  };
  // A signal is often delivered twice (`timeout` or a service manager signals the whole process
  // group, and npm forwards it again): the first starts the shutdown, which ends by its own
  // deadline, and the repeats are ignored rather than killing it halfway.
  let stopping = false;
  const onSignal = (signal: string) => {
    if (stopping) return;
    stopping = true;
    void shutdown(signal);
  };
  process.on('SIGINT', () => onSignal('SIGINT'));
  process.on('SIGTERM', () => onSignal('SIGTERM'));

  if (!chat) {
    process.stdout.write(deskLine);
    return;
  }
  const { TerminalAdapter } = await import('../../adapters/terminal/index.js');
  const terminal = new TerminalAdapter();
  process.stdout.write(banner(documents) + deskLine);
  await terminal.start(bot);
  // Ctrl-D ends the session, and with it the desk this terminal started.
  await terminal.closed;
  onSignal('end of input');
}

/** The inbox when DATA_DIR is set; a database that cannot be opened stops start-up with one line. */
function openInbox(service: ServiceConfig): Inbox | undefined {
  if (!service.inbox) return undefined;
  try {
    return new Inbox(service.inbox.dataDir, { retentionDays: service.inbox.retentionDays });
  } catch (error) {
    process.stderr.write(`error: ${(error as Error).message}\n`);
    process.exit(1);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
