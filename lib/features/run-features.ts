/**
 * Starts and stops features as the page changes: on every reading each feature's predicate is
 * checked again; a feature that no longer applies has its signal aborted. A feature that throws
 * (at start or later, in its own listeners) stops only itself.
 */
import type { Feature } from './define-feature';
import type { PageHub } from './page-hub';

export interface FeatureRun {
  /** Ids of the features running now. */
  running(): string[];
  /** Ids of features that failed to start, with the error's message (for tests and the bench). */
  failed(): ReadonlyMap<string, string>;
}

export function runFeatures(features: readonly Feature[], hub: PageHub): FeatureRun {
  const running = new Map<string, AbortController>();
  const failed = new Map<string, string>();
  const stop = (id: string) => {
    running.get(id)?.abort('page changed');
    running.delete(id);
  };
  const check = () => {
    const facts = { summary: hub.summary, portal: hub.adapter.id };
    for (const feature of features) {
      let applies = false;
      try {
        applies = !hub.life.signal.aborted && feature.runsOn(facts);
      } catch {
        applies = false;
      }
      if (!applies) {
        stop(feature.id);
        continue;
      }
      if (running.has(feature.id)) continue;
      const controller = new AbortController();
      running.set(feature.id, controller);
      hub.life.signal.addEventListener('abort', () => controller.abort('extension gone'), { once: true, signal: controller.signal });
      const fail = (e: unknown) => {
        failed.set(feature.id, e instanceof Error ? e.message : String(e));
        stop(feature.id);
      };
      try {
        const started = feature.init(controller.signal, hub);
        if (started instanceof Promise) started.catch(fail);
      } catch (e) {
        fail(e);
      }
    }
  };
  hub.beforeReading(check, hub.life.signal);
  check();
  return { running: () => [...running.keys()], failed: () => failed };
}
