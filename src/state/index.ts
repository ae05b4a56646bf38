/** The shared state a process uses: Redis when REDIS_URL is set, else its own memory. */
import type { Logger } from '../bot/logger.js';
import { RATE_LIMIT, RATE_WINDOW_MS } from '../bot/rateLimiter.js';
import { MemoryState } from './memoryState.js';
import { RedisState } from './redisState.js';
import type { SharedState } from './sharedState.js';

export interface StateSettings {
  redisUrl?: string;
  redisPrefix?: string;
}

export async function openState(settings: StateSettings, logger: Logger): Promise<SharedState> {
  const limits = { limit: RATE_LIMIT, windowMs: RATE_WINDOW_MS };
  if (!settings.redisUrl) return new MemoryState(limits);
  const state = new RedisState({ ...limits, url: settings.redisUrl, logger, ...(settings.redisPrefix ? { prefix: settings.redisPrefix } : {}) });
  await state.connect();
  return state;
}
