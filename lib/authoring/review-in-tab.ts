/**
 * From the dashboard: check a pack's steps on the portal page open in a tab. The authoring script
 * is injected there without its panel, asked for a review, and answers with step ids and states
 * only (no page text comes back).
 */
import { browser } from 'wxt/browser';
import type { GuidePack } from '../guides/pack.schema';
import { isProvincialPortalHost, SUPPORTED_HOSTS } from '../portals/hosts';
import { ensureAuthoringScript } from './authoring-tabs';
import type { PackReview } from './review';
import type { AuthoringWorld } from './world';

export interface TabReview {
  host: string;
  review: PackReview;
}

/** The portal tab the person used last, if any. */
async function portalTab(): Promise<{ id: number; host: string } | null> {
  const tabs = await browser.tabs.query({});
  const portals = tabs
    .map((t) => ({ t, host: (() => { try { return new URL(t.url ?? '').hostname; } catch { return ''; } })() }))
    .filter(({ t, host }) => t.id !== undefined && host && (SUPPORTED_HOSTS.includes(host) || isProvincialPortalHost(host)))
    .sort((a, b) => (b.t.lastAccessed ?? 0) - (a.t.lastAccessed ?? 0));
  const best = portals[0];
  return best ? { id: best.t.id!, host: best.host } : null;
}

export async function reviewInOpenTab(pack: GuidePack): Promise<TabReview | null> {
  const tab = await portalTab();
  if (!tab) return null;
  const target = { tabId: tab.id };
  await ensureAuthoringScript(tab.id, 'review');
  const [result] = await browser.scripting.executeScript({
    target,
    func: (p: GuidePack) => (globalThis as AuthoringWorld).__dvcAuthoring?.review(p) ?? null,
    args: [pack],
  });
  const review = result?.result as PackReview | null | undefined;
  return review ? { host: tab.host, review } : null;
}
