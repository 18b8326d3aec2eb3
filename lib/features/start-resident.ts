/**
 * The resident part on a portal page: the page's adapter (from the family's own few), the page hub,
 * then the family's resident features (features/index.ts). The companion finds the hub later.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PortalAdapter } from '../portals/types';
import type { Feature } from './define-feature';
import { shareHub } from './companion-link';
import { startPageHub } from './page-hub';
import { runFeatures } from './run-features';

export function startResident(ctx: ContentScriptContext, adapters: readonly PortalAdapter[], features: readonly Feature[]): void {
  const adapter = adapters.find((a) => a.ownsHost(location.hostname));
  if (!adapter) return;
  const hub = startPageHub(adapter, ctx);
  shareHub(hub);
  runFeatures(features, hub);
}
