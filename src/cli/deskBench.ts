/**
 * The desk API under load, for `npm run bench`: the real `npm start` in a child process (desk on a
 * free loopback port, its rate limit lifted), and 200 concurrent keep-alive clients asking the
 * seed's questions over HTTP. Reports client-side p50/p99 and requests a second; target p99 ≤ 5 ms.
 * Then the floor: the same load on a Fastify route that answers a constant, in a child of its own,
 * so the figures show how much of the latency is the machine and the HTTP stack rather than the bot.
 */
import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CONCURRENCY = 200;
const REQUESTS = 20_000;
const WARM_UP = 2_000;
const QUESTIONS = ['三公经费多少', '机关运行费多少', '项目支出占比', '基本支出多少', '政府采购预算是多少', '食堂几点开门'];

function post(agent: Agent, url: URL, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on('end', () => (res.statusCode === 200 ? resolve(performance.now() - started) : reject(new Error(`HTTP ${res.statusCode}`))));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** `count` requests, `CONCURRENCY` at a time; the latency of each. */
async function load(agent: Agent, url: URL, count: number): Promise<number[]> {
  const times: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const q = QUESTIONS[next++ % QUESTIONS.length];
      times.push(await post(agent, url, JSON.stringify({ q })));
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return times.sort((a, b) => a - b);
}

/** A Fastify server whose one route answers a constant the size of a short answer. */
const CONSTANT_SERVER = `
import Fastify from 'fastify';
const app = Fastify();
const answer = { answered: true, text: '${'答'.repeat(200)}' };
app.post('/api/ask', async () => answer);
console.log('desk: ' + (await app.listen({ port: 0, host: '127.0.0.1' })) + '/');
`;

/** Runs `args` in a child until it prints the desk's address, loads it, and prints the figures under `title`. */
async function measure(title: string, args: string[]): Promise<void> {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, WEB_PORT: '0', WEB_HOST: '127.0.0.1', WEB_RATE_LIMIT: '1000000', DATA_DIR: '', SLACK_BOT_TOKEN: '', DISCORD_TOKEN: '' },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  try {
    let out = '';
    const address = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk) => {
        out += chunk;
        const found = /desk: (http:\/\/\S+\/)/.exec(out);
        if (found) resolve(found[1]);
      });
      child.on('exit', () => reject(new Error(`${title}: exited before serving: ${out}`)));
    });
    const url = new URL('api/ask', address);
    const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
    await load(agent, url, WARM_UP);
    const started = performance.now();
    const times = await load(agent, url, REQUESTS);
    const seconds = (performance.now() - started) / 1000;
    agent.destroy();
    const at = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))].toFixed(2);
    console.log(`${title}: p50 ${at(50)} ms, p99 ${at(99)} ms, ${(REQUESTS / seconds).toFixed(0)} requests/s`);
  } finally {
    child.kill('SIGTERM');
  }
}

export async function deskBench(): Promise<void> {
  console.log(`\n== desk API: ${REQUESTS} POST /api/ask, ${CONCURRENCY} concurrent keep-alive clients on loopback (client and server share this machine's ${availableParallelism()} cores); target p99 ≤ 5 ms`);
  await measure('the bot (npm start)', ['src/cli/launch.mjs', 'src/cli/start.ts']);
  await measure('floor (a Fastify route answering a constant)', ['--input-type=module', '--eval', CONSTANT_SERVER]);
}
