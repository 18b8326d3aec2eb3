/**
 * The recorder's brain, pure: events from a tab (its page readings, what the content script timed,
 * the background's view of the tab's requests) in, timing records out. The background keeps one
 * TabState per tab in session storage, so a service worker stopped mid-journey picks up again.
 */
import { toMinute, twoSignificant } from '../privacy/coarsen';
import type { PageKind, PortalId } from '../portals/types';
import type { ErrorRecord, HangRecord, JourneyRecord, PageRecord, SubmitRecord, TimingRecord, UploadRecord } from './record.schema';

export type RequestRole = 'upload' | 'submit' | 'other';

export type TimingEvent =
  /** A recognised page or a new step (from the content script's adapter reading). */
  | { type: 'page'; at: number; portal: PortalId; host: string; kind: PageKind; code: string | null; step: number | null }
  /** Navigation timing of a full load, or a route change until the view was read. */
  | {
      type: 'nav';
      at: number;
      portal: PortalId;
      host: string;
      kind: PageKind;
      code: string | null;
      nav: 'load' | 'route';
      ttfbMs: number | null;
      domContentLoadedMs: number | null;
      loadMs: number | null;
      formReadyMs: number | null;
      longTasks: number;
      longTaskMs: number;
    }
  /** Sizes of the files just chosen for an upload slot (never their names); the slot's 1-based row, when known. */
  | { type: 'upload-bytes'; at: number; bytes: number; files: number; slot?: number | null }
  | { type: 'submit-click'; at: number }
  /** The portal put up an error message (a toast): a submit or an upload it refused. */
  | { type: 'portal-error'; at: number; cause?: 'payment' }
  | { type: 'guide'; at: number; outcome: 'completed' | 'exited' | 'failed' }
  /** A request of the tab that ended, seen by the background (webRequest). */
  | { type: 'request'; at: number; start: number; role: RequestRole; resource: string; mainFrame: boolean; status: number | null; error: string | null; reloadedSince: boolean; post?: boolean }
  /** A request still pending when the tab closed. */
  | { type: 'tab-gone'; at: number; pending: { start: number; resource: string }[] };

export interface JourneyState {
  startedAt: number;
  portal: PortalId;
  host: string;
  code: string | null;
  lastActivity: number;
  /** Step index → ms spent; the current step and since when. */
  steps: { index: number; ms: number }[];
  step: number | null;
  stepSince: number;
  firstSubmitAt: number | null;
  submits: number;
  guide: JourneyRecord['guide'];
}

export interface TabState {
  portal: PortalId | null;
  host: string | null;
  kind: PageKind;
  code: string | null;
  journey: JourneyState | null;
  pendingSubmit: { at: number; attempt: number; status: number | null } | null;
  pendingUpload: { at: number; bytes: number; files: number; slot?: number | null } | null;
}

export interface RecorderSettings {
  /** A request pending longer than this is a hang ("treo trang"). */
  hangMs: number;
  /** Submit click with no receipt or answer after this: "no answer". */
  submitTimeoutMs: number;
  /** A journey idle this long is over. */
  journeyIdleMs: number;
}

export const DEFAULT_RECORDER_SETTINGS: RecorderSettings = { hangMs: 15_000, submitTimeoutMs: 120_000, journeyIdleMs: 30 * 60_000 };

export function emptyTab(): TabState {
  return { portal: null, host: null, kind: 'other', code: null, journey: null, pendingSubmit: null, pendingUpload: null };
}

const FILING = new Set<PageKind>(['filing-form', 'upload']);
/** An error message this soon after files were chosen, with no upload request between, is the portal refusing them. */
const PORTAL_REFUSAL_MS = 10_000;
/** Sizes chosen longer ago than this do not belong to the upload now starting. */
const UPLOAD_PAIRING_MS = 120_000;

export interface Step {
  state: TabState;
  records: TimingRecord[];
}

type NewRecord = Omit<PageRecord, 'id'> | Omit<UploadRecord, 'id'> | Omit<SubmitRecord, 'id'> | Omit<HangRecord, 'id'> | Omit<ErrorRecord, 'id'> | Omit<JourneyRecord, 'id'>;

export function reduce(prev: TabState, e: TimingEvent, settings: RecorderSettings, newId: () => string): Step {
  const out: NewRecord[] = [];
  let s: TabState = { ...prev };
  const base = () => (s.portal && s.host ? { portal: s.portal, host: s.host, kind: s.kind, code: s.code } : null);

  // Time-outs are settled by whatever event comes next.
  if (s.pendingSubmit && e.at - s.pendingSubmit.at > settings.submitTimeoutMs) {
    const b = base();
    if (b) out.push({ ...b, type: 'submit', at: s.pendingSubmit.at, latencyMs: settings.submitTimeoutMs, outcome: 'no-answer', status: s.pendingSubmit.status, attempt: s.pendingSubmit.attempt });
    s.pendingSubmit = null;
  }
  if (s.journey && e.at - s.journey.lastActivity > settings.journeyIdleMs) {
    out.push(closeJourney(s.journey, s.journey.lastActivity, 'abandoned'));
    s.journey = null;
  }

  switch (e.type) {
    case 'page': {
      s = { ...s, portal: e.portal, host: e.host, kind: e.kind, code: e.code ?? (e.host === s.host ? s.code : null) };
      if (s.journey && (e.host !== s.journey.host || (e.code && s.journey.code && e.code !== s.journey.code))) {
        out.push(closeJourney(s.journey, e.at, 'abandoned'));
        s.journey = null;
      }
      if (!s.journey && FILING.has(e.kind)) {
        s.journey = { startedAt: e.at, portal: e.portal, host: e.host, code: e.code, lastActivity: e.at, steps: [], step: e.step, stepSince: e.at, firstSubmitAt: null, submits: 0, guide: null };
      }
      if (s.journey) {
        const j = { ...s.journey, lastActivity: e.at, code: s.journey.code ?? e.code };
        if (e.step !== j.step) {
          j.steps = addStepTime(j.steps, j.step, e.at - j.stepSince);
          j.step = e.step;
          j.stepSince = e.at;
        }
        s.journey = j;
      }
      // The portal's own dossier list right after a submit click, on the same portal, is its answer
      // too (the residence forms land there): the dossier went in.
      const listAfterSubmit = e.kind === 'dossier-tracking' && s.pendingSubmit !== null && s.journey?.host === e.host;
      if (e.kind === 'receipt' || listAfterSubmit) {
        const b = base()!;
        if (s.pendingSubmit) {
          out.push({ ...b, type: 'submit', at: s.pendingSubmit.at, latencyMs: e.at - s.pendingSubmit.at, outcome: 'receipt', status: s.pendingSubmit.status, attempt: s.pendingSubmit.attempt });
          s.pendingSubmit = null;
        }
        if (s.journey) {
          out.push(closeJourney(s.journey, e.at, 'submitted'));
          s.journey = null;
        }
      }
      break;
    }
    case 'nav': {
      s = { ...s, portal: e.portal, host: e.host, kind: e.kind, code: e.code ?? s.code };
      out.push({
        type: 'page',
        at: e.at,
        portal: e.portal,
        host: e.host,
        kind: e.kind,
        code: e.code,
        nav: e.nav,
        ttfbMs: e.ttfbMs,
        domContentLoadedMs: e.domContentLoadedMs,
        loadMs: e.loadMs,
        formReadyMs: e.formReadyMs,
        longTasks: e.longTasks,
        longTaskMs: e.longTaskMs,
      });
      break;
    }
    case 'upload-bytes':
      s.pendingUpload = { at: e.at, bytes: e.bytes, files: e.files, slot: e.slot ?? null };
      break;
    case 'portal-error': {
      const b = base();
      if (!b) break;
      // An error toast after the submit click is a failed attempt, never a receipt.
      if (s.pendingSubmit) {
        const outcome = e.cause === 'payment' ? 'payment-failed' : 'error';
        out.push({ ...b, type: 'submit', at: s.pendingSubmit.at, latencyMs: Math.max(0, e.at - s.pendingSubmit.at), outcome, status: s.pendingSubmit.status, attempt: s.pendingSubmit.attempt });
        s.pendingSubmit = null;
      } else if (s.pendingUpload && e.at - s.pendingUpload.at <= PORTAL_REFUSAL_MS) {
        // Files chosen and refused by the portal before any request (format, size): an upload that never left.
        const sizes = s.pendingUpload;
        s.pendingUpload = null;
        out.push({ ...b, type: 'upload', at: sizes.at, bytes: twoSignificant(sizes.bytes), files: sizes.files, slot: sizes.slot ?? null, durationMs: Math.max(0, e.at - sizes.at), throughputKBps: null, outcome: 'rejected', status: null });
      }
      if (s.journey) s.journey = { ...s.journey, lastActivity: e.at };
      break;
    }
    case 'submit-click': {
      if (s.journey) {
        s.journey = { ...s.journey, submits: s.journey.submits + 1, firstSubmitAt: s.journey.firstSubmitAt ?? e.at, lastActivity: e.at };
      }
      // A second click before any answer is a re-submit, timed from the first.
      if (!s.pendingSubmit) s.pendingSubmit = { at: e.at, attempt: s.journey?.submits ?? 1, status: null };
      break;
    }
    case 'guide':
      if (s.journey) s.journey = { ...s.journey, guide: e.outcome, lastActivity: e.at };
      break;
    case 'request': {
      const b = base();
      if (!b) break;
      const durationMs = Math.max(0, e.at - e.start);
      const aborted = e.error === 'net::ERR_ABORTED';
      if (durationMs > settings.hangMs) {
        out.push({ ...b, type: 'hang', at: e.start, pendingMs: durationMs, resource: e.resource, outcome: aborted ? (e.reloadedSince ? 'reloaded' : 'gave-up') : 'waited', failed: e.error !== null || (e.status ?? 0) >= 400 });
      }
      const sizes = s.pendingUpload && e.start - s.pendingUpload.at <= UPLOAD_PAIRING_MS && e.start >= s.pendingUpload.at - 1000 ? s.pendingUpload : null;
      // A portal whose upload endpoint no evidence names: the first POST after files were chosen is the upload.
      const upload = e.role === 'upload' || (e.role === 'other' && e.post === true && sizes !== null && e.start - sizes.at <= 10_000);
      if (upload) {
        s.pendingUpload = null;
        // Kept to two significant figures, and the speed from that size: the exact size would say whose file it was.
        const bytes = sizes ? twoSignificant(sizes.bytes) : null;
        out.push({
          ...b,
          type: 'upload',
          at: e.start,
          bytes,
          files: sizes?.files ?? null,
          slot: sizes?.slot ?? null,
          durationMs,
          throughputKBps: bytes !== null && durationMs > 0 ? bytes / 1024 / (durationMs / 1000) : null,
          outcome: uploadOutcome(e.status, e.error),
          status: e.status,
        });
      } else if (e.role === 'submit') {
        if (s.pendingSubmit) {
          if ((e.status ?? 0) >= 400 || (e.error && !aborted)) {
            out.push({ ...b, type: 'submit', at: s.pendingSubmit.at, latencyMs: Math.max(0, e.at - s.pendingSubmit.at), outcome: 'error', status: e.status, attempt: s.pendingSubmit.attempt });
            s.pendingSubmit = null;
          } else s.pendingSubmit = { ...s.pendingSubmit, status: e.status };
        }
      } else if ((e.status ?? 0) >= 400) {
        out.push({ ...b, type: 'error', at: e.start, status: e.status, resource: e.resource, cause: e.mainFrame ? 'portal-page' : 'http' });
      } else if (e.error && !aborted) {
        out.push({ ...b, type: 'error', at: e.start, status: null, resource: e.resource, cause: 'network' });
      }
      if (s.journey) s.journey = { ...s.journey, lastActivity: e.at };
      break;
    }
    case 'tab-gone': {
      const b = base();
      if (b) {
        for (const p of e.pending) {
          if (e.at - p.start > settings.hangMs) out.push({ ...b, type: 'hang', at: p.start, pendingMs: e.at - p.start, resource: p.resource, outcome: 'gave-up', failed: true });
        }
      }
      if (s.journey) out.push(closeJourney(s.journey, e.at, 'abandoned'));
      s = emptyTab();
      break;
    }
  }
  // Records keep the minute they happened in (lib/privacy/coarsen.ts); durations were measured above.
  return { state: s, records: out.map((r) => ({ ...r, at: toMinute(r.at), id: newId() }) as TimingRecord) };
}

function uploadOutcome(status: number | null, error: string | null): UploadRecord['outcome'] {
  if (error === 'net::ERR_ABORTED') return 'aborted';
  if (error === 'net::ERR_TIMED_OUT' || error === 'NS_ERROR_NET_TIMEOUT') return 'timeout';
  if (error) return 'failed';
  if (status === 413) return 'too-large';
  if (status !== null && status >= 400) return 'http-error';
  return 'ok';
}

function addStepTime(steps: JourneyState['steps'], index: number | null, ms: number): JourneyState['steps'] {
  if (index === null || ms <= 0) return steps;
  const found = steps.find((x) => x.index === index);
  if (found) return steps.map((x) => (x.index === index ? { index, ms: x.ms + ms } : x));
  return steps.length >= 50 ? steps : [...steps, { index, ms }];
}

function closeJourney(j: JourneyState, at: number, outcome: JourneyRecord['outcome']): Omit<JourneyRecord, 'id'> {
  const steps = addStepTime(j.steps, j.step, at - j.stepSince);
  return {
    type: 'journey',
    at: j.startedAt,
    portal: j.portal,
    host: j.host,
    kind: 'filing-form',
    code: j.code,
    durationMs: Math.max(0, at - j.startedAt),
    steps,
    timeToFirstSubmitMs: j.firstSubmitAt === null ? null : j.firstSubmitAt - j.startedAt,
    submits: j.submits,
    guide: j.guide,
    outcome,
  };
}

/** Timing events a content script may send: without host (the background adds it from the sender). */
export type ContentTimingEvent = DistributiveOmit<Extract<TimingEvent, { type: 'page' | 'nav' | 'upload-bytes' | 'submit-click' | 'portal-error' }>, 'host'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
