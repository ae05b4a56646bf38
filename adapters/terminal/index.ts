/** The terminal chat: one conversation on stdin/stdout, with the same Bot and follow-up context as the chat platforms. */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Adapter } from '../../src/bot/adapter.js';
import type { Bot } from '../../src/bot/bot.js';

export interface TerminalOptions {
  /** Default: process.stdin. */
  input?: Readable;
  /** Default: process.stdout. */
  output?: Writable;
  /** Default: `问> `. */
  prompt?: string;
}

export class TerminalAdapter implements Adapter {
  readonly name = 'terminal';
  private lines?: ReturnType<typeof createInterface>;
  private closedResolve?: () => void;
  /** Resolves when the user closes the input (Ctrl-D) or the adapter stops. */
  readonly closed = new Promise<void>((resolve) => (this.closedResolve = resolve));

  constructor(private readonly options: TerminalOptions = {}) {}

  async start(bot: Bot): Promise<void> {
    const output = this.options.output ?? process.stdout;
    const lines = createInterface({ input: this.options.input ?? process.stdin, output, terminal: false });
    this.lines = lines;
    const prompt = () => output.write(this.options.prompt ?? '问> ');
    let queue = Promise.resolve();
    lines.on('line', (text) => {
      queue = queue.then(async () => {
        if (text.trim()) {
          const reply = await bot.handle({ adapter: this.name, conversationId: 'terminal', userId: 'local', text, addressed: true });
          if (reply) output.write(`${reply.text}\n\n`);
        }
        prompt();
      });
    });
    lines.on('close', () => void queue.then(() => this.closedResolve?.()));
    prompt();
  }

  async stop(): Promise<void> {
    this.lines?.close();
  }
}
