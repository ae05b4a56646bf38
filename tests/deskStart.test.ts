/**
 * `npm start` run as a service (standard input closed, no chat platform configured): it serves the
 * desk on the port it names, records what it could not answer under DATA_DIR, and stops on SIGTERM;
 * a DATA_DIR whose database cannot be opened stops it with one line.
 */
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Inbox } from '../src/inbox/inbox.js';
import { ROOT, tempDir } from './helpers.js';

const SERVICE_ENV = { SLACK_BOT_TOKEN: '', SLACK_SIGNING_SECRET: '', SLACK_APP_TOKEN: '', DISCORD_TOKEN: '', DISCORD_APP_ID: '', WEB_PORT: '0', WEB_HOST: '' };

describe('npm start as a service', () => {
  it('serves the desk with stdin closed, records refusals under DATA_DIR, and exits 0 on SIGTERM', async () => {
    const dataDir = tempDir('start-data-');
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/start.ts'], { cwd: ROOT, env: { ...process.env, ...SERVICE_ENV, DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let log = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (log += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const deadline = Date.now() + 30_000;
      while (!/desk: http:\/\/127\.0\.0\.1:\d+\//.test(out) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      const url = /desk: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out)?.[1];
      expect(url, log).toBeDefined();
      expect(out).not.toContain('inbox off');
      const ask = (q: string) => fetch(`${url}api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ q }) }).then((r) => r.json() as Promise<{ answered: boolean; body: string }>);
      expect((await ask('机关运行费多少')).body).toContain('78.66 万元');
      expect((await ask('食堂几点开门')).answered).toBe(false);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(log).toContain('"event":"stopped"');
      const inbox = new Inbox(dataDir);
      expect(inbox.groups().map((g) => g.question)).toEqual(['食堂几点开门']);
      inbox.close();
    } finally {
      child.kill('SIGKILL');
    }
  }, 60_000);

  it('stops with one line when the inbox database cannot be opened', () => {
    const notAFolder = join(tempDir('start-bad-'), 'file');
    writeFileSync(notAFolder, 'x');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/start.ts'], { cwd: ROOT, encoding: 'utf8', input: '', env: { ...process.env, ...SERVICE_ENV, DATA_DIR: notAFolder } });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^error: the inbox database .*file\/inbox\.sqlite could not be opened/);
  }, 60_000);

  it('stops with one line when the desk port is taken', async () => {
    const { createServer } = await import('node:net');
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    try {
      const port = (taken.address() as { port: number }).port;
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/start.ts'], { cwd: ROOT, encoding: 'utf8', input: '', env: { ...process.env, ...SERVICE_ENV, WEB_PORT: String(port), DATA_DIR: '' } });
      expect(run.status).toBe(1);
      expect(run.stderr.trim()).toMatch(/^error: web could not start: .*EADDRINUSE/);
    } finally {
      taken.close();
    }
  }, 60_000);
});
