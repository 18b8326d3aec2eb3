/**
 * What every UI of ours on a portal page shares, so the portal's own script can neither read it
 * nor act as the person inside it (issue 18 §2). The roots themselves are created closed by each
 * entrypoint; only the end-to-end build opens them (scripts/vite-e2e-open-roots.ts).
 */

/** Events that make our controls do something: none of them may come from a script. */
const ACTING_EVENTS = [
  'click', 'dblclick', 'auxclick', 'contextmenu', 'mousedown', 'mouseup', 'pointerdown', 'pointerup',
  'keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'change', 'submit',
] as const;

/**
 * Drops every untrusted event (el.click(), dispatchEvent) before it reaches a control of ours: a
 * capture listener on the shadow root runs before any listener inside it. Trusted events — the
 * person's own mouse, keyboard and touch, and the browser's own follow-ups — pass untouched.
 */
export function ignoreUntrustedEvents(root: ShadowRoot | Element, signal?: AbortSignal): void {
  for (const type of ACTING_EVENTS) {
    root.addEventListener(type, (e) => {
      if (e.isTrusted) return;
      e.stopImmediatePropagation();
      e.preventDefault();
    }, { capture: true, signal });
  }
}

/** Events inside our shadow UI that must not reach the portal's own handlers (WXT's isolateEvents). */
export const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'focusin', 'focusout', 'input', 'change'];
