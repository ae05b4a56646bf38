/**
 * `npm run inbox`: the questions the bot could not answer (refused, asked back, or rated 👎),
 * grouped by their normalised text, most frequent first, with counts, when last seen and on which
 * channels. `--csv` prints CSV instead; `--purge` empties the inbox; `--limit N` (default 50).
 * Reads DATA_DIR as `npm start` does.
 */
import { BudgetBotError } from '../errors.js';
import { readServiceConfig } from '../bot/serviceConfig.js';
import { Inbox } from '../inbox/inbox.js';
import { groupsCsv, groupsTable } from '../inbox/report.js';
import { loadDotEnv } from './dotEnv.js';

function fail(message: string): never {
  process.stderr.write(`error: ${message}\n`);
  process.exit(1);
}

function main(): void {
  loadDotEnv();
  const args = process.argv.slice(2);
  const limitAt = args.indexOf('--limit');
  const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : 50;
  if (!Number.isInteger(limit) || limit < 1) fail('--limit takes a whole number of groups, e.g. --limit 20');
  let inbox: Inbox;
  try {
    const config = readServiceConfig(process.env).inbox;
    if (!config) fail('DATA_DIR is not set, so there is no inbox: set it (in .env or the environment) where npm start runs');
    inbox = new Inbox(config.dataDir, { retentionDays: config.retentionDays });
  } catch (error) {
    fail(error instanceof BudgetBotError ? error.message : String(error));
  }
  try {
    if (args.includes('--purge')) process.stdout.write(`purged ${inbox.purge()} entries from ${inbox.path}\n`);
    else process.stdout.write(args.includes('--csv') ? groupsCsv(inbox.groups(limit)) : groupsTable(inbox.groups(limit)));
  } finally {
    inbox.close();
  }
}

main();
