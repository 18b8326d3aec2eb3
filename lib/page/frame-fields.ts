/**
 * Both halves of pointing at a field inside the MoJ declaration frame. In the frame: the report
 * of its fields (caption slugs, kinds, boxes in the frame's viewport) and the field a slug names.
 * In the wizard page: the latest report, turned into boxes in the page's own viewport (the
 * iframe's place plus the field's place in it), for the guide's highlight and card.
 */
import { slugOf } from '../portals/targets';
import { FRAME_HOSTS } from '../portals/hosts';
import type { PageReading } from '../portals/types';
import type { FrameFilled, FrameReport } from './frame-report';

export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

const MAX_FIELDS = 300;

/** In the frame: what the wizard page may know of the frame's fields (never a value). */
export function frameReport(reading: PageReading, viewport: { width: number; height: number }): FrameReport {
  return {
    procedureName: reading.procedureName ? reading.procedureName.slice(0, 400) : null,
    viewport,
    fields: reading.fields
      .filter((f) => f.label)
      .slice(0, MAX_FIELDS)
      .map((f) => {
        const r = f.node.getBoundingClientRect();
        const seen = r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < viewport.height && r.right > 0 && r.left < viewport.width;
        return {
          slug: slugOf(f.label).slice(0, 120) || 'o',
          label: f.label.slice(0, 200),
          kind: f.kind,
          required: f.required,
          box: seen ? { top: r.top, left: r.left, width: r.width, height: r.height } : null,
        };
      }),
  };
}

/** In the frame: the first field whose caption has this slug. */
export function revealable(reading: PageReading, slug: unknown): Element | null {
  if (typeof slug !== 'string') return null;
  return reading.fields.find((f) => slugOf(f.label) === slug)?.node ?? null;
}

/** In the wizard page: the declaration frames it embeds (by their host, never by a class). */
export function declarationFrame(doc: Document): HTMLIFrameElement | null {
  for (const f of Array.from(doc.querySelectorAll('iframe'))) {
    try {
      if (FRAME_HOSTS.includes(new URL(f.src, doc.baseURI).hostname) && f.getBoundingClientRect().height > 0) return f;
    } catch {
      // A src that is no URL: not ours.
    }
  }
  return null;
}

/** What a guide step needs of a field that lives in the declaration frame (see GuideSession). */
export interface FrameTargets {
  /** The element on this page that stands for the field (its iframe), once the frame reported the field. */
  element(slug: string): Element | null;
  /** The field's box in this page's viewport, clipped to the frame; null while out of view. */
  box(slug: string): Box | null;
  /** Ask the frame to bring the field into view (and to say when it is filled). */
  reveal(slug: string): void;
  /** Called on each new report from the frame. */
  onReport(cb: () => void, signal: AbortSignal): void;
  /** Called when the frame says the field is filled. */
  onFilled(cb: (q: FrameFilled) => void, signal: AbortSignal): void;
}

export class DeclarationFrame implements FrameTargets {
  private report: FrameReport | null = null;
  private readonly reports = new Set<() => void>();
  private readonly fills = new Set<(q: FrameFilled) => void>();

  constructor(
    private readonly doc: Document,
    private readonly ask: (slug: string) => void,
  ) {}

  update(report: FrameReport): void {
    this.report = report;
    for (const cb of [...this.reports]) cb();
  }

  filled(q: FrameFilled): void {
    for (const cb of [...this.fills]) cb(q);
  }

  get fieldCount(): number {
    return this.report?.fields.length ?? 0;
  }

  element(slug: string): Element | null {
    const frame = declarationFrame(this.doc);
    return frame && this.report?.fields.some((f) => f.slug === slug) ? frame : null;
  }

  box(slug: string): Box | null {
    const frame = declarationFrame(this.doc);
    const inner = this.report?.fields.find((f) => f.slug === slug && f.box)?.box;
    if (!frame || !inner) return null;
    const r = frame.getBoundingClientRect();
    const top = r.top + frame.clientTop + inner.top;
    const left = r.left + frame.clientLeft + inner.left;
    // Only the part the frame shows: a field scrolled out of the frame is not on the screen.
    const clipTop = Math.max(top, r.top);
    const clipBottom = Math.min(top + inner.height, r.bottom);
    if (clipBottom <= clipTop) return null;
    return { top: clipTop, left, width: Math.min(inner.width, r.right - left), height: clipBottom - clipTop };
  }

  reveal(slug: string): void {
    this.ask(slug);
  }

  onReport(cb: () => void, signal: AbortSignal): void {
    this.reports.add(cb);
    signal.addEventListener('abort', () => this.reports.delete(cb), { once: true });
  }

  onFilled(cb: (q: FrameFilled) => void, signal: AbortSignal): void {
    this.fills.add(cb);
    signal.addEventListener('abort', () => this.fills.delete(cb), { once: true });
  }
}
