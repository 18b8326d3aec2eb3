/**
 * The guide's step state machine. Pure: no DOM, no browser, no clock (times are passed in).
 * The content script feeds it events (buttons, advance signals seen on the page, a target that
 * could not be found) and persists the state, so a reload or a portal redirect resumes the guide.
 */
import { FILING_PAGES } from '../portals/page-predicates';
import type { PortalId } from '../portals/types';
// Types only: the schema (zod) stays out of the content script; packs arrive validated.
import type { GuidePack, GuideStep } from './pack.schema';

export type AdvanceSignal = 'target-clicked' | 'field-filled' | 'route-changed' | 'upload-finished';

export interface GuideState {
  procedureCode: string;
  portal: PortalId;
  /**
   * 'handed-over': this portal's part ended with the click that leads to another portal (the
   * national portal's "Nộp trực tuyến" card); the pack's steps there pick up on arrival.
   */
  status: 'running' | 'completed' | 'exited' | 'handed-over';
  stepId: string;
  answers: Record<string, boolean>;
  /** Steps whose target could not be found (each reported once). */
  failed: string[];
  updatedAt: number;
}

export type GuideEvent =
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'skip' }
  | { type: 'exit' }
  | { type: 'finish' }
  | { type: 'answer'; question: string; value: boolean }
  /**
   * The page showed the step's signal. `trusted`: the person's own input caused it (a trusted DOM
   * event); portal frameworks fire synthetic events, so an untrusted signal still moves the guide on,
   * but it never counts as the person completing the guide.
   */
  | { type: 'advance'; signal: AdvanceSignal; stepId: string; trusted?: boolean }
  | { type: 'target-missing'; stepId: string };

/** What the timings pillar counts; no personal data, only ids. */
export interface GuideOutcome {
  procedureCode: string;
  portal: PortalId;
  outcome: 'completed' | 'exited' | 'failed';
  stepId: string | null;
  at: number;
}

export interface GuideView {
  step: GuideStep;
  /** 1-based position among the steps that apply, and how many apply (as known so far). */
  index: number;
  count: number;
  /** A question to answer before this step can be shown (its condition depends on it). */
  question: string | null;
  degraded: boolean;
  isFirst: boolean;
  isLast: boolean;
}

/** The pack's steps for one portal (a single-portal pack need not name it on each step). */
export function stepsFor(pack: GuidePack, portal: string): GuideStep[] {
  return pack.steps.filter((s) => (s.portal ?? pack.portals[0]) === portal);
}

/** Pages where filing happens (any pack for the portal can start there): lib/portals/page-predicates.ts. */
export { FILING_PAGES };

/**
 * Whether a guide can start on this kind of page: on filing pages, or on another kind (the
 * national portal's procedure page) when the pack has steps written for it on this portal.
 */
export function guideStartsOn(pack: GuidePack, portal: string, pageKind: string): boolean {
  return FILING_PAGES.has(pageKind) || stepsFor(pack, portal).some((s) => s.page === pageKind);
}

/** Whether a step belongs on this page: its portal (the pack's only one when it names none) and its page kind (a filing page when it names none). */
export function stepOnPage(step: GuideStep, defaultPortal: string | undefined, portal: string, pageKind: string): boolean {
  return (step.portal ?? defaultPortal) === portal && (step.page ? step.page === pageKind : FILING_PAGES.has(pageKind));
}

/** Steps for this portal whose condition holds or is not yet answered. */
export function sequence(pack: GuidePack, portal: PortalId, answers: Record<string, boolean>): GuideStep[] {
  return stepsFor(pack, portal).filter((s) => !s.when || answers[s.when.question] === undefined || answers[s.when.question] === s.when.is);
}

/**
 * Answers the page gives by itself: the case chosen on the portal's case select answers each
 * question that names its case codes (yes when the case is one of them, no for any other case).
 */
export function answersFromCase(pack: GuidePack, portalCase: string | null): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  if (!portalCase) return out;
  for (const q of pack.questions ?? []) if (q.fromCase) out[q.id] = q.fromCase.includes(portalCase);
  return out;
}

export function startGuide(pack: GuidePack, portal: PortalId, now: number): GuideState | null {
  const first = sequence(pack, portal, {})[0];
  if (!first) return null;
  return { procedureCode: pack.procedureCode, portal, status: 'running', stepId: first.id, answers: {}, failed: [], updatedAt: now };
}

/** How long a hand-over waits for the next portal's page (a VNeID sign-in comes between). */
export const HANDOVER_MS = 30 * 60_000;

/** A saved state the content script keeps: a running guide, or one handed over to the next portal. */
export function keepsState(state: GuideState): boolean {
  return state.status === 'running' || state.status === 'handed-over';
}

/** A saved state read back after a reload: still valid for this pack? Otherwise start over. */
export function resumeGuide(pack: GuidePack, saved: GuideState | null, portal: PortalId, now: number): GuideState | null {
  if (saved && saved.status === 'handed-over' && saved.procedureCode === pack.procedureCode && saved.portal !== portal && now - saved.updatedAt <= HANDOVER_MS) {
    const start = startGuide(pack, portal, now);
    // The answers are the pack's, whichever portal asked: "nộp thay theo ủy quyền?" holds on both.
    return start && { ...start, answers: saved.answers };
  }
  if (!saved || saved.status !== 'running' || saved.procedureCode !== pack.procedureCode || saved.portal !== portal) return null;
  const steps = sequence(pack, portal, saved.answers);
  if (!steps.some((s) => s.id === saved.stepId)) return startGuide(pack, portal, now);
  return { ...saved, updatedAt: now };
}

export function viewOf(pack: GuidePack, state: GuideState): GuideView | null {
  if (state.status !== 'running') return null;
  const steps = sequence(pack, state.portal, state.answers);
  const i = steps.findIndex((s) => s.id === state.stepId);
  if (i < 0) return null;
  const step = steps[i]!;
  const pending = step.when && state.answers[step.when.question] === undefined ? step.when.question : null;
  return {
    step,
    index: i + 1,
    count: steps.length,
    question: pending,
    degraded: state.failed.includes(step.id),
    isFirst: i === 0,
    isLast: i === steps.length - 1,
  };
}

export interface Transition {
  state: GuideState;
  outcome: GuideOutcome | null;
}

export function transition(pack: GuidePack, state: GuideState, event: GuideEvent, now: number): Transition {
  const same: Transition = { state, outcome: null };
  if (state.status !== 'running') return same;
  const record = (outcome: GuideOutcome['outcome'], stepId: string | null): GuideOutcome => ({
    procedureCode: state.procedureCode,
    portal: state.portal,
    outcome,
    stepId,
    at: now,
  });
  const moveBy = (delta: 1 | -1, answers = state.answers): Transition => {
    const steps = sequence(pack, state.portal, answers);
    const i = steps.findIndex((s) => s.id === state.stepId);
    const target = steps[i + delta];
    if (delta === 1 && !target) {
      return { state: { ...state, answers, status: 'completed', updatedAt: now }, outcome: record('completed', null) };
    }
    if (!target) return same;
    return { state: { ...state, answers, stepId: target.id, updatedAt: now }, outcome: null };
  };
  const view = viewOf(pack, state);
  switch (event.type) {
    case 'next':
    case 'skip':
      // A step behind an unanswered question cannot be passed by: answer it first.
      return view?.question ? same : moveBy(1);
    case 'back':
      return moveBy(-1);
    case 'finish':
      return { state: { ...state, status: 'completed', updatedAt: now }, outcome: record('completed', null) };
    case 'exit':
      return { state: { ...state, status: 'exited', updatedAt: now }, outcome: record('exited', state.stepId) };
    case 'answer': {
      const answers = { ...state.answers, [event.question]: event.value };
      const current = pack.steps.find((s) => s.id === state.stepId);
      // Answered "no" to the current step's own condition: that step drops out, go on to the next one.
      if (current?.when?.question === event.question && current.when.is !== event.value) {
        const before = sequence(pack, state.portal, state.answers);
        const i = before.findIndex((s) => s.id === state.stepId);
        const after = sequence(pack, state.portal, answers);
        const nextStep = before.slice(i + 1).find((s) => after.some((a) => a.id === s.id));
        if (!nextStep) return { state: { ...state, answers, status: 'completed', updatedAt: now }, outcome: record('completed', null) };
        return { state: { ...state, answers, stepId: nextStep.id, updatedAt: now }, outcome: null };
      }
      // A new answer (a case changed on the page) can bring back a step already passed by: go to it.
      const before = sequence(pack, state.portal, state.answers);
      const after = sequence(pack, state.portal, answers);
      const at = after.findIndex((s) => s.id === state.stepId);
      const reopened = at > 0 ? after.slice(0, at).find((s) => !before.some((b) => b.id === s.id)) : undefined;
      return { state: { ...state, answers, ...(reopened ? { stepId: reopened.id } : {}), updatedAt: now }, outcome: null };
    }
    case 'advance': {
      if (!view || view.question || event.stepId !== state.stepId || view.step.advance !== event.signal) return same;
      const moved = moveBy(1);
      // The last step here was the person's click that leads on to another portal of the pack: hand over.
      if (moved.state.status === 'completed' && event.trusted === true && pack.steps.some((s) => (s.portal ?? pack.portals[0]) !== state.portal)) {
        return { state: { ...moved.state, status: 'handed-over' }, outcome: null };
      }
      // Only the person finishes a guide: a script's event (or a route change) ends it uncounted.
      return moved.outcome?.outcome === 'completed' && event.trusted !== true ? { ...moved, outcome: null } : moved;
    }
    case 'target-missing': {
      if (event.stepId !== state.stepId || state.failed.includes(event.stepId)) return same;
      return { state: { ...state, failed: [...state.failed, event.stepId], updatedAt: now }, outcome: record('failed', event.stepId) };
    }
  }
}
