/**
 * A loopback load balancer: each request goes to the next target in turn, as a round-robin
 * balancer in front of bot replicas sends it. It records which target took each request.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readBody } from './http.js';

export class RoundRobin {
  /** The index of the target that took each request, in order. */
  readonly served: number[] = [];
  private server?: Server;
  private next = 0;
  port = 0;

  constructor(private readonly targets: string[]) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.server = createServer(async (req, res) => {
      const target = this.next++ % this.targets.length;
      this.served.push(target);
      const headers = Object.fromEntries(Object.entries(req.headers).filter(([name, value]) => typeof value === 'string' && name !== 'host' && name !== 'content-length')) as Record<string, string>;
      try {
        const body = await readBody(req);
        const reply = await fetch(`${this.targets[target]}${req.url}`, { method: req.method, headers, ...(body ? { body } : {}) });
        res.writeHead(reply.status, { 'content-type': reply.headers.get('content-type') ?? 'text/plain' });
        res.end(Buffer.from(await reply.arrayBuffer()));
      } catch (error) {
        res.writeHead(502);
        res.end(String(error));
      }
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}
