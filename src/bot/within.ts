/**
 * Waits for work up to a deadline: whether it settled in time, and its value if it did. The timer
 * is cleared either way, so a quick answer leaves nothing holding the process open.
 */
export type Outcome<T> = { settled: true; value: T } | { settled: false };

export async function within<T>(work: Promise<T>, ms: number): Promise<Outcome<T>> {
  if (!Number.isFinite(ms)) return { settled: true, value: await work };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<Outcome<T>>((resolve) => {
    timer = setTimeout(() => resolve({ settled: false }), Math.max(0, ms));
  });
  try {
    return await Promise.race([work.then((value): Outcome<T> => ({ settled: true, value })), late]);
  } finally {
    clearTimeout(timer);
  }
}
