/**
 * How the companion finds the resident part's page hub: a property of the content scripts' own
 * global, in the extension's isolated world. The portal page's script has another global and
 * cannot see it, and nothing here is a web-accessible resource a page could probe for.
 */
import type { PageHub } from './page-hub';

const KEY = '__dvcPageHub';

export function shareHub(hub: PageHub): void {
  (globalThis as Record<string, unknown>)[KEY] = hub;
}

export function sharedHub(): PageHub | null {
  const hub = (globalThis as Record<string, unknown>)[KEY] as PageHub | undefined;
  return hub && !hub.life.signal.aborted ? hub : null;
}
