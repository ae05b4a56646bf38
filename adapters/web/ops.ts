/** GET /healthz for load balancers and GET /metrics for Prometheus. */
import type { FastifyInstance } from 'fastify';
import type { LoadedDocument } from '../../src/engine/engine.js';
import type { Metrics } from '../../src/metrics/metrics.js';

export function installOps(app: FastifyInstance, metrics: Metrics, documents: () => LoadedDocument[]): void {
  app.get('/healthz', async () => ({ ok: true, documents: documents().length }));
  app.get('/metrics', async (_request, reply) => reply.type(metrics.contentType).send(await metrics.text()));
}
