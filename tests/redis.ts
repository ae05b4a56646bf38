/**
 * A real Redis for the tests: the one .ci/run starts (REDIS_TEST_URL), else a redis-server started
 * here on a free loopback port. Without either, the tests that need it skip with a loud message,
 * except in CI (CI=true), where a missing Redis is a failure.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { freePort } from './fakes/http.js';

export interface RedisServer {
  url: string;
  /** Stops a server started here; the one .ci/run started is left running. */
  stop(): Promise<void>;
}

const hasBinary = () => spawnSync('redis-server', ['--version']).status === 0;

/** A redis-server of this test's own, on a free port (one the test may stop and start again). */
export async function startRedisServer(port?: number): Promise<RedisServer> {
  const bound = port ?? (await freePort());
  const child: ChildProcess = spawn('redis-server', ['--port', String(bound), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
  // A test process that ends without stopping it (a timeout, a crash) takes its server with it.
  const orphaned = () => child.kill('SIGKILL');
  process.once('exit', orphaned);
  child.once('exit', () => process.off('exit', orphaned));
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk) => {
      out += chunk;
      if (out.includes('Ready to accept connections')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}: ${out.slice(-500)}`)));
  });
  return {
    url: `redis://127.0.0.1:${bound}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
}

/** The Redis the tests use, or undefined (after a loud message) where there is none outside CI. */
export async function testRedis(): Promise<RedisServer | undefined> {
  if (process.env.REDIS_TEST_URL) return { url: process.env.REDIS_TEST_URL, stop: async () => {} };
  if (hasBinary()) return startRedisServer();
  if (process.env.CI === 'true') throw new Error('CI=true but no Redis: .ci/run installs redis-server and sets REDIS_TEST_URL');
  console.warn('\n*** SKIPPING the Redis tests: no REDIS_TEST_URL and no redis-server on PATH (apt-get install redis-server, or run .ci/run) ***\n');
  return undefined;
}

/** Whether redis-server can be started here, for tests that stop and restart their own server. */
export const canStartRedis = hasBinary;
