/**
 * Runs one guide on the live page: feeds the engine, finds each step's target, watches for the
 * step's advance signal, follows the target as the page scrolls or re-renders, and hands a plain
 * render model to the UI. Everything hangs off abort signals so nothing outlives the session.
 */
import { isShown } from '../portals/dom';
import type { FrameTargets } from '../page/frame-fields';
import type { PortalAdapter } from '../portals/types';
import { watchAdvance } from './advance';
import { findTarget, waitForTarget, type PageReads } from './anchor';
import { transition, viewOf, type GuideEvent, type GuideOutcome, type GuideState, type GuideView } from './engine';
import type { GuidePack } from './pack.schema';
import type { Box } from './placement';

export interface GuideRenderModel {
  pack: GuidePack;
  state: GuideState;
  view: GuideView;
  target: Box | null;
  waiting: boolean;
}

export interface GuideSessionDeps {
  pack: GuidePack;
  adapter: PortalAdapter;
  win: Window;
  state: GuideState;
  targetTimeoutMs: number;
  /** Fields inside a frame of the page (the MoJ declaration), for steps whose key is "eform:<caption>". */
  frames?: FrameTargets;
  /** The page hub's readings: a waiting step looks in these instead of reading the page itself. */
  reads?: PageReads;
  now(): number;
  save(state: GuideState): void;
  report(outcome: GuideOutcome): void;
  render(model: GuideRenderModel | null): void;
  /** The guide ended (completed or exited). */
  onEnd(state: GuideState): void;
}

/** Target keys of fields that live in a frame of the page. */
const FRAMED = 'eform:';

function boxOf(el: Element): Box {
  const r = el.getBoundingClientRect();
  return { top: r.top, left: r.left, width: r.width, height: r.height };
}

export class GuideSession {
  private state: GuideState;
  private step: AbortController | null = null;
  private stepKey = '';
  private el: Element | null = null;
  /** The step's field lives in a frame: its slug there (the highlight box comes from the frame's report). */
  private framed: string | null = null;
  private waiting = false;
  private frame = 0;
  private readonly life = new AbortController();

  constructor(private readonly deps: GuideSessionDeps) {
    this.state = deps.state;
    deps.save(this.state);
    this.enterStep();
  }

  get pack(): GuidePack {
    return this.deps.pack;
  }

  get current(): GuideState {
    return this.state;
  }

  dispatch(event: GuideEvent): void {
    const t = transition(this.deps.pack, this.state, event, this.deps.now());
    if (t.outcome) this.deps.report(t.outcome);
    if (t.state === this.state) return;
    this.state = t.state;
    this.deps.save(this.state);
    if (this.state.status !== 'running') {
      this.stop();
      this.deps.onEnd(this.state);
      return;
    }
    this.enterStep();
  }

  /** Answers the page itself gives (the case chosen on the portal): taken as the person's, when they differ. */
  pageAnswers(answers: Record<string, boolean>): void {
    for (const [question, value] of Object.entries(answers)) {
      if (this.state.status === 'running' && this.state.answers[question] !== value) this.dispatch({ type: 'answer', question, value });
    }
  }

  /** The page changed (new route, new step of the portal's stepper, late render). */
  pageChanged(routeChanged: boolean): void {
    if (this.state.status !== 'running') return;
    if (routeChanged) this.dispatch({ type: 'advance', signal: 'route-changed', stepId: this.state.stepId });
    // The portal re-rendered our target away (SPA route, stepper): look for it again.
    if (this.el && (!this.el.isConnected || !isShown(this.el))) this.enterStep(true);
  }

  stop(): void {
    this.step?.abort();
    this.life.abort();
    cancelAnimationFrame(this.frame);
    this.deps.render(null);
  }

  private enterStep(force = false): void {
    const view = viewOf(this.deps.pack, this.state);
    if (!view) return;
    const key = `${view.step.id}|${view.question ?? ''}|${view.degraded}`;
    // Same step, new state (an answer the page gave changed how many steps apply): repaint only.
    if (key === this.stepKey && !force) return this.paint();
    this.stepKey = key;
    this.step?.abort();
    const step = new AbortController();
    this.step = step;
    this.el = null;
    this.framed = null;
    this.waiting = false;
    const target = view.step.target;
    if (!target || view.question || view.degraded) {
      this.paint();
      return;
    }
    this.waiting = true;
    this.paint();
    if (target.key.startsWith(FRAMED)) {
      this.enterFramedStep(view, target.key.slice(FRAMED.length), step.signal);
      return;
    }
    if (view.step.advance === 'target-clicked') this.clickWhileWaiting(view, step.signal);
    void waitForTarget(target, this.deps.adapter, this.deps.win, { timeoutMs: this.deps.targetTimeoutMs, signal: step.signal, ...(this.deps.reads ? { reads: this.deps.reads } : {}) }).then((r) => {
      if (step.signal.aborted) return;
      this.waiting = false;
      if (!r.el) {
        this.dispatch({ type: 'target-missing', stepId: view.step.id });
        return;
      }
      this.el = r.el;
      this.bringIntoView(r.el);
      this.follow(r.el, step.signal);
      watchAdvance(view.step, r.el, this.deps.win, step.signal, (signal, trusted) => this.dispatch({ type: 'advance', signal, stepId: view.step.id, trusted }));
      this.paint();
    });
  }

  /**
   * A field inside the page's frame: the frame reports where its fields are (through the
   * background), is asked to bring this one into view, and says when it is filled.
   */
  private enterFramedStep(view: GuideView, slug: string, signal: AbortSignal): void {
    const frames = this.deps.frames;
    const { win } = this.deps;
    const missing = win.setTimeout(() => {
      if (!this.el && !signal.aborted) this.dispatch({ type: 'target-missing', stepId: view.step.id });
    }, this.deps.targetTimeoutMs);
    signal.addEventListener('abort', () => win.clearTimeout(missing), { once: true });
    if (!frames) return;
    const bind = () => {
      if (signal.aborted) return;
      if (this.el) return this.paint();
      const el = frames.element(slug);
      if (!el) return;
      win.clearTimeout(missing);
      this.el = el;
      this.framed = slug;
      this.waiting = false;
      frames.reveal(slug);
      this.follow(el, signal);
      this.paint();
    };
    frames.onReport(bind, signal);
    frames.onFilled((q) => {
      if (q.slug === slug && view.step.advance === 'field-filled') this.dispatch({ type: 'advance', signal: 'field-filled', stepId: view.step.id, trusted: q.trusted });
    }, signal);
    bind();
  }

  /**
   * A target can appear only after the portal handles the click that ended the last step (liên
   * thông relabels its one button "Hoàn thành"); until the guide has bound it (a render later), a
   * click on it still counts: the target is looked up at the moment of the click.
   */
  private clickWhileWaiting(view: GuideView, signal: AbortSignal): void {
    const { win, adapter } = this.deps;
    win.addEventListener('click', (e) => {
      if (this.el || !view.step.target) return; // bound: watchAdvance has it
      const hit = findTarget(view.step.target, adapter, win.document, new URL(win.location.href), {}, this.deps.reads?.latest());
      if (hit && e.composedPath().includes(hit.el)) this.dispatch({ type: 'advance', signal: 'target-clicked', stepId: view.step.id, trusted: e.isTrusted });
    }, { capture: true, signal });
  }

  private bringIntoView(el: Element): void {
    const b = boxOf(el);
    const { innerHeight, innerWidth } = this.deps.win;
    if (b.top < 0 || b.left < 0 || b.top + b.height > innerHeight || b.left + b.width > innerWidth) {
      el.scrollIntoView({ block: 'center', inline: 'nearest' });
    }
  }

  /** Keeps the highlight on the element through scrolling (any scroll container), resizing and reflow. */
  private follow(el: Element, signal: AbortSignal): void {
    const schedule = () => {
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.paint());
    };
    const opts = { capture: true, passive: true, signal } as const;
    this.deps.win.addEventListener('scroll', schedule, opts);
    this.deps.win.addEventListener('resize', schedule, opts);
    const Resize = (this.deps.win as Window & typeof globalThis).ResizeObserver;
    if (Resize) {
      const ro = new Resize(schedule);
      ro.observe(el);
      ro.observe(this.deps.win.document.documentElement);
      signal.addEventListener('abort', () => ro.disconnect(), { once: true });
    }
  }

  private paint(): void {
    const view = viewOf(this.deps.pack, this.state);
    if (!view) return this.deps.render(null);
    const target = !this.el || !this.el.isConnected ? null : this.framed !== null ? (this.deps.frames?.box(this.framed) ?? null) : boxOf(this.el);
    this.deps.render({ pack: this.deps.pack, state: this.state, view, target, waiting: this.waiting });
  }
}
