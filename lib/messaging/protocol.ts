/** Every message between the extension's parts. Only entrypoints/background.ts registers handlers. */
import type { FrameFilled, FrameReport } from '../page/frame-report';
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { GuideOutcome, GuideState } from '../guides/engine';
import type { PackProblem } from '../guides/pack';
import type { GuidePack, GuideStep } from '../guides/pack.schema';
import type { Draft } from '../authoring/draft';
import type { SaveResult } from '../authoring/draft-store';
import type { LoadedPack } from '../guides/pack-store';
import type { OnceOnlyRequest, OnceOnlyView } from '../once-only/views';
import type { SeenFinding } from '../once-only/report';
import type { TimingEvent } from '../timings/journey';
import type { PageSummary, PortalId } from '../portals/types';

export interface RecognisedPage {
  at: number;
  tabId: number;
  /** Host only: no path, query or fragment is kept (they can carry ids). */
  host: string;
  summary: PageSummary;
}

export interface PackListing {
  procedureCode: string;
  title: GuidePack['title'];
  portals: PortalId[];
  origin: 'bundled' | 'imported';
  stepCount: number;
  verified: boolean;
  lastReviewed: string;
  /** Target keys per step, to show which portal pages each step anchors to. */
  targets: { stepId: string; portal: PortalId; key: string | null; page: string | null }[];
}

export type ImportResult =
  | { ok: true; procedureCode: string; replaced: boolean }
  | { ok: false; problems: PackProblem[] }
  /** The file would stand in for the bundled pack of this code: nothing stored until the person confirms. */
  | { ok: false; confirm: 'replaces-bundled'; procedureCode: string };

export interface AddressSuggestion {
  old: { commune: string; district: string; province: string };
  targets: { name: string; province: string; resolution: string; clause: number | null }[];
}

export interface Settings {
  /** staff: compact, checklist first; citizen: large text, one step at a time. */
  mode: 'staff' | 'citizen';
}
export const DEFAULT_SETTINGS: Settings = { mode: 'staff' };

/** Settings from whatever is stored: anything unknown falls back to the default. */
export function settingsFrom(value: unknown): Settings {
  return { mode: (value as Partial<Settings> | null | undefined)?.mode === 'citizen' ? 'citizen' : 'staff' };
}

export type AddPortalResult = { ok: true; host: string } | { ok: false; reason: 'invalid' | 'already-supported' | 'not-granted' };

export interface ProtocolMap {
  /** Resident content script → background: inject the companion (panel, guide, badges) into this frame, once. */
  'companion/load'(): void;
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
   * click, the page kind and step). The host is taken from the sender, not from the message.
   */
  'timings/event'(e: ContentTimingEvent): void;
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

/** What the step editor may change in a step: its words, its action and when the guide moves on. */
export type StepTextPatch = Partial<Pick<GuideStep, 'text' | 'action' | 'advance'>>;

/** Timing events a content script may send: without host (the background adds it from the sender). */
export type ContentTimingEvent = DistributiveOmit<Extract<TimingEvent, { type: 'page' | 'nav' | 'upload-bytes' | 'submit-click' | 'portal-error' }>, 'host'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
