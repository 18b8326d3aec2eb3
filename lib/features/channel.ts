/**
 * A value one feature writes and others follow (the findings count, whether the panel is open).
 * Shared between the resident part and the companion through the page hub; no DOM, no browser API.
 */
export interface Channel<T> {
  get(): T;
  set(value: T): void;
  /** Called on every set until the signal ends (features pass their own). */
  watch(listener: (value: T) => void, signal: AbortSignal): void;
}

export function channel<T>(initial: T): Channel<T> {
  let value = initial;
  const listeners = new Set<(value: T) => void>();
  return {
    get: () => value,
    set(next) {
      value = next;
      for (const listener of [...listeners]) {
        try {
          listener(next);
        } catch {
          // One feature's failure must not keep the others from hearing the change.
        }
      }
    },
    watch(listener, signal) {
      if (signal.aborted) return;
      listeners.add(listener);
      signal.addEventListener('abort', () => listeners.delete(listener), { once: true });
    },
  };
}

/** One listener for a change of any of these channels (a feature that paints on each). */
export function watchAll(channels: readonly Channel<unknown>[], listener: () => void, signal: AbortSignal): void {
  for (const c of channels) c.watch(listener, signal);
}
