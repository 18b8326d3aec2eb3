/**
 * What every UI of ours on a portal page shares, so the portal's own script can neither read it
 * nor act as the person inside it (issue 18 §2).
 */

/**
 * Closed: the page's `host.shadowRoot` is null and events from inside come out retargeted to the
 * host. The end-to-end build (`wxt build --mode e2e`) opens the roots only so Playwright's locators
 * can reach our controls; tests/e2e/security.spec.ts checks the release build is closed.
 */
export const SHADOW_ROOT_MODE: ShadowRootMode = import.meta.env.MODE === 'e2e' ? 'open' : 'closed';

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
