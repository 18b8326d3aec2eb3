/**
 * What the background tells the content scripts of a portal tab, now that they cannot read or
 * follow extension storage themselves (storage.local is for trusted contexts only where the browser
 * allows it; issue 18 §5). The other direction is protocol.ts. Content scripts register these
 * handlers; only the background sends them (tabs.sendMessage reaches no other context).
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Draft } from '../authoring/draft';
import type { FrameFilled, FrameReport } from '../page/frame-report';
import type { Settings } from './protocol';

export interface TabProtocolMap {
  /** The person changed the mode in the popup or on the dashboard. */
  'tab/settings'(settings: Settings): void;
  /** A draft was put up for preview on this tab (its code), or taken down (null). */
  'tab/preview'(q: { procedureCode: string | null }): void;
  /** A draft was saved elsewhere (the drafts page, the step editor). */
  'tab/draft'(draft: Draft): void;
  /** To the wizard page: what its declaration frame reported (see eform/report). */
  'tab/eform-report'(r: FrameReport): void;
  /** To the wizard page: a field in its declaration frame was filled. */
  'tab/eform-filled'(q: FrameFilled): void;
  /** To the declaration frame: bring this field into view. */
  'tab/eform-reveal'(q: { slug: string }): void;
}

export const { sendMessage: sendToTab, onMessage: onTabMessage } = defineExtensionMessaging<TabProtocolMap>();
