/**
 * How often one tab may ask the background to open one of our pages (the look-up, the checklist,
 * the findings report, the drafts page). A person clicks once or twice; a portal page's script that
 * got hold of our controls could ask hundreds of times (issue 18 §2). Pure: the caller gives the time.
 */
export interface OpenLimits {
  /** At least this long between two pages opened for one tab. */
  gapMs: number;
  /** At most this many pages for one tab per minute. */
  perMinute: number;
}

export const OPEN_LIMITS: OpenLimits = { gapMs: 1500, perMinute: 6 };

export class OpenLimiter {
  private readonly opened = new Map<string, number[]>();

  constructor(private readonly limits: OpenLimits = OPEN_LIMITS) {}

  /** True (and counted) when `sender` may open a page now. */
  allow(sender: string, now: number): boolean {
    const recent = (this.opened.get(sender) ?? []).filter((t) => now - t < 60_000);
    const last = recent[recent.length - 1];
    if ((last !== undefined && now - last < this.limits.gapMs) || recent.length >= this.limits.perMinute) {
      this.opened.set(sender, recent);
      return false;
    }
    recent.push(now);
    this.opened.set(sender, recent);
    return true;
  }

  forget(sender: string): void {
    this.opened.delete(sender);
  }
}
