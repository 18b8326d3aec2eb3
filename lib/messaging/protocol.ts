/**
 * Every message between the extension's parts, typed. The background registers their handlers
 * from the pillars' own handlers.ts (entrypoints/background.ts); payload types live in their pillars.
 */
import type { FrameFilled, FrameReport } from '../page/frame-report';
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { GuideOutcome, GuideState } from '../guides/engine';
import type { Draft } from '../authoring/draft';
import type { SaveResult } from '../authoring/draft-store';
import type { LoadedPack } from '../guides/pack-store';
import type { OnceOnlyRequest, OnceOnlyView } from '../once-only/views';
import type { SeenFinding } from '../once-only/report';
import type { AddressSuggestion } from '../admin-units/suggest';
import type { StepTextPatch } from '../authoring/step-options';
import type { ImportResult, PackListing } from '../guides/pack-store';
import type { PageReport, PageReportAnswer } from '../page/page-report';
import type { RecognisedPage } from '../page/recognised-page';
import type { PageSummary, PortalId } from '../portals/types';
import type { AddPortalResult } from '../provinces/added-portals';
import type { Settings } from '../settings/settings';
import type { ContentTimingEvent } from '../timings/journey';

// What the extension's pages and content scripts name with the messages (the types stay in their pillars).
export type { AddPortalResult, AddressSuggestion, ContentTimingEvent, ImportResult, PackListing, RecognisedPage, Settings, StepTextPatch };
export { DEFAULT_SETTINGS, settingsFrom } from '../settings/settings';

export interface ProtocolMap {
  /** Resident content script → background: inject the companion (panel, guide, badges) into this frame, once. */
  'companion/load'(): void;
  /**
   * Resident content script → background, once per page reading: the recognition, the once-only
   * labels (when they changed) and the guide question together, answered together.
   */
  'page/reading'(report: PageReport): PageReportAnswer;
  /** Content script → background: what the adapter recognised on this tab (null: nothing). */
  'page/recognised'(summary: PageSummary | null): void;
  /** The MoJ declaration frame → background → the wizard page: the frame's fields and their boxes. */
  'eform/report'(r: FrameReport): void;
  /** The declaration frame: a field was filled (a guide step's signal). */
  'eform/filled'(q: FrameFilled): void;
  /** The wizard page → background → the declaration frame: bring this field into view. */
  'eform/reveal'(slug: string): void;
  /** Popup → background: what was recognised on a tab. */
  'page/current'(tabId: number): RecognisedPage | null;
  /** Dashboard → background: this session's recognitions, newest first. */
  'page/history'(): RecognisedPage[];
  /** Popup/dashboard → background: built-in hosts and the provinces the user added. */
  'portals/list'(): { supported: string[]; added: string[] };
  /** Popup → background, after the user granted the host permission: start running there. */
  'portals/add'(hostname: string): AddPortalResult;
  'portals/remove'(hostname: string): { removed: boolean };
  /** Content → background: the validated pack for a procedure on a portal (imported first, then bundled). */
  'guides/pack'(q: { procedureCode: string; portal?: PortalId }): LoadedPack | null;
  /** Content → background: open the printable checklist page in a new tab. */
  'guides/open-checklist'(procedureCode: string): void;
  /** Content → background: the running guide's state for this tab, so a reload resumes it. */
  'guides/state-save'(q: { procedureCode: string; state: GuideState | null }): void;
  'guides/state-load'(procedureCode: string): GuideState | null;
  /** Content → background: completed / exited / failed, for the timings pillar to count. */
  'guides/outcome'(outcome: GuideOutcome): void;
  /**
   * Content → background: is this typed address an old one? The text is used in memory for the
   * answer and never stored or logged. Null unless commune and district both match.
   */
  'lookup/suggest'(typedAddress: string): AddressSuggestion | null;
  /** Content → background: open the after-merger look-up page in a new tab. */
  'lookup/open'(): void;
  /** Dashboard → background. */
  'guides/list'(): PackListing[];
  'guides/import'(q: { text: string; replaceBundled?: boolean }): ImportResult;
  'guides/export'(procedureCode: string): string | null;
  'guides/remove'(procedureCode: string): { removed: boolean };
  'guides/outcomes'(): GuideOutcome[];
  /**
   * Content → background: which of the page's requested papers (its own labels, never typed values)
   * ask for data already in a national database. The host is taken from the sender, not the page.
   */
  'onceOnly/check'(q: Omit<OnceOnlyRequest, 'host'>): OnceOnlyView[];
  /** Report page → background: every finding seen so far, and clearing them. */
  'onceOnly/findings'(): SeenFinding[];
  'onceOnly/clear'(): void;
  /** Content → background: open the findings report page. */
  'onceOnly/open-report'(): void;
  /**
   * Content → background: what the page timed (navigation, form ready, file sizes chosen, a submit
   * click, the page kind and step), the events of one task together. The host is taken from the
   * sender, not from the message.
   */
  'timings/events'(events: ContentTimingEvent[]): void;
  /** Popup → background: turn guide authoring on in this tab (kept on across its page loads). */
  'authoring/start'(tabId: number): { ok: boolean };
  /** Authoring panel → background: authoring is off in this tab. */
  'authoring/stop'(): void;
  /** Authoring panel → background: open the drafts page (pack details, export). */
  'authoring/open-drafts'(): void;
  /** Authoring panel → background: the draft being recorded (a new one when there is none). */
  'authoring/draft-current'(procedureCode: string): Draft;
  /** Authoring panel → background: keep this edit of the draft. */
  'authoring/draft-save'(draft: Draft): SaveResult;
  /**
   * Step editor → background: the draft it edits. The editor is an extension page framed by a
   * portal page, where the browser keeps it from the extension's IndexedDB (third-party storage).
   */
  'authoring/draft-get'(draftId: string): Draft | null;
  /** Step editor → background: change what one step says or does, applied to the stored draft. */
  'authoring/step-update'(q: { draftId: string; stepId: string; patch: StepTextPatch }): SaveResult;
  /** Authoring panel → background: run this draft (checked as a pack) as this tab's guide, or stop (null). */
  'authoring/preview-set'(pack: unknown): { ok: boolean };
  /** Authoring panel → background: is a draft under preview now? */
  'authoring/preview-get'(): boolean;
  /** Content script / popup → background: the person's settings (content scripts cannot read storage). */
  'settings/get'(): Settings;
  /** Popup → background: keep the settings and tell every portal tab. */
  'settings/set'(settings: Settings): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
