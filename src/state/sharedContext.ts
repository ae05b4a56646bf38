/**
 * The engine keeps follow-up context in its own synchronous session store. Around each question
 * the conversation's shared context is copied into it, and what the answer leaves there is shared
 * back, so that a follow-up reaching another replica reads the same subject.
 */
import type { SessionStore } from '../engine/sessions.js';
import type { SharedState } from './sharedState.js';

export async function withSharedContext<T>(state: SharedState, local: SessionStore, session: string, ask: () => T): Promise<T> {
  const shared = await state.readContext(session);
  // null: none shared (expired, or set on no replica); undefined: nothing shared, the local one stands.
  if (shared === null) local.delete(session);
  else if (shared) local.set(session, shared);
  const before = local.get(session);
  const result = ask();
  const after = local.get(session);
  if (after && after !== before) await state.writeContext(session, after, local.ttlMs);
  return result;
}
