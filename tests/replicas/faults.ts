/**
 * Fault knobs for the replicas, set by tests per request pattern: added latency, a hang, a
 * throttled body, an HTTP status (500, 413, 401 session expiry), a late-rendering page.
 */
export interface Fault {
  /** Host the fault applies to; any replica host when absent. */
  host?: string;
  /** Path prefix (string) or pattern; matched against path + query. */
  path: string | RegExp;
  method?: string;
  /** Delay before the answer starts. */
  latencyMs?: number;
  /** Hold the request without answering for this long, then drop the connection. */
  hangMs?: number;
  /** Read the request body at most this fast (uploads). */
  throttleKBps?: number;
  /** Answer with this status instead of the page's own answer. */
  status?: number;
  /** Session expiry on DVCQG: the portal bounces to its home page (a 302 to this path). */
  redirectTo?: string;
  /** For pages: tell the replica's script to render its app this much later than usual. */
  renderDelayMs?: number;
  /** For pages: elements the replica's script removes once it has rendered (a portal that dropped a field). */
  removeSelectors?: string[];
  /** For pages: CSS classes a new portal release renamed (old → new), applied once the app has rendered. */
  renameClasses?: Record<string, string>;
  /** For pages of the React replica: a new release's build hash, which every app class name carries. */
  buildId?: string;
  /** For pages: dossier components the portal's configuration adds to its list (an outdated listing). */
  extraComponents?: string[];
  /** For pages: a variant of the page the portal also serves (the residence form's older agency block, the F5 "Request Rejected" page, "payment-ok": the dossier goes in and the sent list follows). */
  variant?: string;
  /** How many requests it applies to (then it is spent); unlimited when absent. */
  times?: number;
}

export class FaultTable {
  private faults: Fault[] = [];

  add(fault: Fault): void {
    this.faults.push({ ...fault });
  }

  clear(): void {
    this.faults = [];
  }

  /** The first fault matching this request; counts it against `times`. */
  take(host: string, method: string, pathAndQuery: string): Fault | null {
    const i = this.faults.findIndex(
      (f) =>
        (!f.host || f.host === host) &&
        (!f.method || f.method.toUpperCase() === method.toUpperCase()) &&
        (typeof f.path === 'string' ? pathAndQuery.startsWith(f.path) : f.path.test(pathAndQuery)),
    );
    if (i < 0) return null;
    const fault = this.faults[i]!;
    if (fault.times !== undefined) {
      fault.times -= 1;
      if (fault.times <= 0) this.faults.splice(i, 1);
    }
    return fault;
  }
}
