/**
 * A fake Slack on 127.0.0.1: the Web API methods Bolt calls (auth.test, chat.postMessage,
 * apps.connections.open) and a Socket Mode websocket that sends hello and envelopes and records acks.
 */
import { createServer, type Server } from 'node:http';
import { readBody } from './http.js';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface PostedMessage {
  channel: string;
  text: string;
  thread_ts?: string;
  blocks?: { type: string; text?: { text: string }; elements?: { text?: unknown; value?: string }[] }[];
}

export class FakeSlack {
  readonly posted: PostedMessage[] = [];
  readonly acks: { envelope_id: string; payload?: unknown }[] = [];
  /** The views published with views.publish (the App Home tab), as sent. */
  readonly published: { user_id: string; view: { type: string; blocks: { type: string; text?: { text: string }; elements?: { action_id?: string; value?: string }[] }[] } }[] = [];
  /** What was sent to an interaction's response_url (`${apiUrl}respond`). */
  readonly responded: { text?: string; response_type?: string; replace_original?: boolean }[] = [];
  /** What the next chat.postMessage calls meet instead of success: a 429 with Retry-After, a 500, or ok:false. */
  readonly failures: ({ status: 429; retryAfter: number } | { status: 500 } | { error: string })[] = [];
  /** chat.postMessage calls received, failed ones included. */
  postAttempts = 0;
  /** What auth.test answers instead of success (invalid_auth: a bad token). */
  authError?: string;
  /** How long chat.postMessage takes to answer, as a slow or distant API would. */
  latencyMs = 0;
  private server?: Server;
  private sockets?: WebSocketServer;
  private socket?: WebSocket;
  private waiters: (() => void)[] = [];
  port = 0;

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  async start(): Promise<void> {
    this.server = createServer(async (req, res) => {
      const body = await readBody(req);
      const method = req.url?.replace(/^\/api\//, '').split('?')[0];
      const params = req.headers['content-type']?.includes('json') ? JSON.parse(body || '{}') : Object.fromEntries(new URLSearchParams(body));
      res.setHeader('content-type', 'application/json');
      if (method === 'auth.test') return res.end(JSON.stringify(this.authError ? { ok: false, error: this.authError } : { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1' }));
      if (method === 'apps.connections.open') return res.end(JSON.stringify({ ok: true, url: `ws://127.0.0.1:${this.port}/socket` }));
      if (method === 'chat.postMessage') {
        this.postAttempts++;
        if (this.latencyMs) await new Promise((r) => setTimeout(r, this.latencyMs));
        const failure = this.failures.shift();
        if (failure && 'status' in failure) {
          res.statusCode = failure.status;
          if (failure.status === 429) res.setHeader('retry-after', String(failure.retryAfter));
          return res.end(JSON.stringify({ ok: false, error: failure.status === 429 ? 'ratelimited' : 'internal_error' }));
        }
        if (failure) return res.end(JSON.stringify({ ok: false, error: failure.error }));
        const blocks = typeof params.blocks === 'string' ? JSON.parse(params.blocks) : params.blocks;
        this.posted.push({ ...params, blocks });
        this.notify();
        return res.end(JSON.stringify({ ok: true, channel: params.channel, ts: '1700000000.000100' }));
      }
      if (method === 'views.publish') {
        this.published.push({ ...params, view: typeof params.view === 'string' ? JSON.parse(params.view) : params.view });
        this.notify();
        return res.end(JSON.stringify({ ok: true, view: { id: 'V1' } }));
      }
      if (method === 'respond') {
        this.responded.push(params);
        this.notify();
        return res.end(JSON.stringify({ ok: true }));
      }
      res.end(JSON.stringify({ ok: false, error: 'unknown_method' }));
    });
    this.sockets = new WebSocketServer({ server: this.server, path: '/socket' });
    this.sockets.on('connection', (socket) => {
      this.socket = socket;
      socket.on('message', (data) => {
        const message = JSON.parse(String(data));
        if (message.envelope_id) {
          this.acks.push(message);
          this.notify();
        }
      });
      socket.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake', approximate_connection_time: 3600 }, connection_info: { app_id: 'A1' } }));
      this.notify();
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  /** Sends a Socket Mode envelope to the connected client. */
  send(envelope: object): void {
    if (!this.socket) throw new Error('no Socket Mode client connected');
    this.socket.send(JSON.stringify(envelope));
  }

  get connected(): boolean {
    return !!this.socket;
  }

  private notify(): void {
    const waiters = this.waiters;
    this.waiters = [];
    waiters.forEach((w) => w());
  }

  /** Resolves once `condition` holds, checking after every request, ack or connection. */
  async until(condition: () => boolean, timeoutMs = 3000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error('timed out waiting for the fake Slack');
      await Promise.race([new Promise<void>((r) => this.waiters.push(r)), new Promise((r) => setTimeout(r, 50))]);
    }
  }

  async stop(): Promise<void> {
    for (const client of this.sockets?.clients ?? []) client.terminate();
    this.sockets?.close();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}
