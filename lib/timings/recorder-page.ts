/**
 * The recorder's page half, kept small (it loads on every portal page): navigation timing, when the
 * adapter first sees a usable filing form, long tasks, the sizes of files chosen (never names), and
 * clicks on the portal's submit control. It only listens (passive, capture) and reads timing
 * entries; it wraps none of the page's objects. Everything goes to the background in small events.
 */
import type { ContentTimingEvent } from './journey';
import type { PageKind, PageReading, PortalId } from '../portals/types';

const FILING = new Set<PageKind>(['filing-form', 'upload']);
/** A filing page whose form never becomes usable is reported anyway after this long. */
const FORM_WAIT_MS = 15_000;

function usable(r: PageReading): boolean {
  return FILING.has(r.kind) && r.fields.length + r.uploadSlots.length > 0;
}

export class PageTimer {
  private reading: PageReading | null = null;
  private lastPage = '';
  private loadSent = false;
  private formReadyAt: number | null = null;
  private routeStart: number | null = null;
  private longTasks = 0;
  private longTaskMs = 0;
  private longTasksAtRoute = { count: 0, ms: 0 };
  /** The upload row whose own button was pressed last (rows that share one file input). */
  private armedSlot: number | null = null;
  private errorsShown = 0;
  private paymentErrorsShown = 0;

  constructor(
    private readonly win: Window,
    private readonly portal: PortalId,
    private readonly send: (e: ContentTimingEvent) => void,
    signal: AbortSignal,
  ) {
    try {
      const observer = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          this.longTasks++;
          this.longTaskMs += e.duration;
        }
      });
      observer.observe({ type: 'longtask', buffered: true });
      signal.addEventListener('abort', () => observer.disconnect());
    } catch {
      /* no long-task timing in this browser (Firefox): counted as none */
    }
    const doc = win.document;
    const opts = { capture: true, passive: true, signal } as const;
    doc.addEventListener('change', (e) => this.filesChosen((e.target as HTMLInputElement | null)?.files, this.slotOf(e.target)), opts);
    doc.addEventListener('drop', (e) => this.filesChosen((e as DragEvent).dataTransfer?.files, this.slotOf(e.target)), opts);
    doc.addEventListener(
      'click',
      (e) => {
        const submit = this.reading?.submit;
        if (!(e.target instanceof Node)) return;
        if (submit && submit.contains(e.target)) this.send({ type: 'submit-click', at: Date.now() });
        const slots = this.reading?.uploadSlots ?? [];
        const row = slots.findIndex((s) => s.trigger?.contains(e.target as Node));
        if (row >= 0) this.armedSlot = row + 1;
      },
      opts,
    );
    win.addEventListener('load', () => this.maybeSendLoad(), opts);
    win.setTimeout(() => this.maybeSendLoad(true), FORM_WAIT_MS);
  }

  /** The 1-based row of the upload slot a file input or drop target belongs to. */
  private slotOf(target: EventTarget | null): number | null {
    const slots = this.reading?.uploadSlots ?? [];
    if (!(target instanceof Node)) return null;
    const own = slots.filter((s) => s.input === target || (s.row ?? s.input).contains(target));
    // One input per row: that row. One input shared by all rows: the row whose button was pressed.
    if (own.length === 1) return slots.indexOf(own[0]!) + 1;
    return own.length > 1 ? this.armedSlot : null;
  }

  private filesChosen(files: FileList | null | undefined, slot: number | null): void {
    if (!files || !files.length) return;
    let bytes = 0;
    for (let i = 0; i < files.length; i++) bytes += files[i]!.size;
    this.send({ type: 'upload-bytes', at: Date.now(), bytes, files: files.length, slot });
  }

  routeChanged(): void {
    this.routeStart = this.win.performance.now();
    this.longTasksAtRoute = { count: this.longTasks, ms: this.longTaskMs };
  }

  onReading(r: PageReading): void {
    this.reading = r;
    // One more error message than before (toasts come and go, several at once): the background pairs it with a submit or an upload.
    // A new payment-window failure is told apart: a commune counts how often filing breaks there.
    if (r.portalErrors > this.errorsShown) this.send({ type: 'portal-error', at: Date.now(), ...(r.paymentErrors > this.paymentErrorsShown ? { cause: 'payment' as const } : {}) });
    this.errorsShown = r.portalErrors;
    this.paymentErrorsShown = r.paymentErrors;
    const key = `${r.kind}|${r.procedureCode ?? ''}|${r.step?.index ?? ''}`;
    if (key !== this.lastPage) {
      this.lastPage = key;
      this.send({ type: 'page', at: Date.now(), portal: this.portal, kind: r.kind, code: r.procedureCode, step: r.step?.index ?? null });
    }
    const now = this.win.performance.now();
    if (this.formReadyAt === null && usable(r)) this.formReadyAt = now;
    this.maybeSendLoad();
    if (this.routeStart !== null && r.kind !== 'other' && (!FILING.has(r.kind) || usable(r))) {
      const viewMs = now - this.routeStart;
      this.routeStart = null;
      this.sendNav(r, 'route', { ttfbMs: null, domContentLoadedMs: null, loadMs: viewMs, formReadyMs: FILING.has(r.kind) ? viewMs : null }, this.longTasks - this.longTasksAtRoute.count, this.longTaskMs - this.longTasksAtRoute.ms);
    }
  }

  /** One record per full load: once the page has loaded and the form is usable (or it is not a form). */
  private maybeSendLoad(timedOut = false): void {
    const r = this.reading;
    if (this.loadSent || !r) return;
    const nav = this.win.performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    if (!nav || nav.loadEventEnd <= 0) return;
    if (FILING.has(r.kind) && this.formReadyAt === null && !timedOut) return;
    this.loadSent = true;
    this.sendNav(
      r,
      'load',
      {
        ttfbMs: nav.responseStart > 0 ? nav.responseStart - nav.startTime : null,
        domContentLoadedMs: nav.domContentLoadedEventEnd > 0 ? nav.domContentLoadedEventEnd - nav.startTime : null,
        loadMs: nav.loadEventEnd - nav.startTime,
        formReadyMs: this.formReadyAt,
      },
      this.longTasks,
      this.longTaskMs,
    );
  }

  private sendNav(r: PageReading, nav: 'load' | 'route', times: { ttfbMs: number | null; domContentLoadedMs: number | null; loadMs: number | null; formReadyMs: number | null }, longTasks: number, longTaskMs: number): void {
    this.send({ type: 'nav', at: Date.now(), portal: this.portal, kind: r.kind, code: r.procedureCode, nav, ...times, longTasks, longTaskMs });
  }
}
