/**
 * Watches the page for the thing a step waits for: its target clicked, its field filled, its
 * upload done. Listeners are passive (capture phase, never preventDefault) and all hang off the
 * signal. Only whether a field is empty is looked at, never what was typed.
 */
import type { AdvanceSignal } from './engine';
import type { GuideStep } from './pack.schema';

/** A pause this long after typing counts as done with the field. */
const TYPING_PAUSE_MS = 1500;
const FILLABLE = 'input:not([type=hidden]):not([type=file]), select, textarea';

function controlOf(el: Element): Element | null {
  return el.matches(FILLABLE) ? el : el.querySelector(FILLABLE);
}

/** `trusted`: the event behind the signal came from the person (Event.isTrusted), not from a script. */
export function watchAdvance(step: Pick<GuideStep, 'advance'>, el: Element, win: Window, signal: AbortSignal, onSignal: (s: AdvanceSignal, trusted: boolean) => void): void {
  const opts = { capture: true, signal } as const;
  switch (step.advance) {
    case 'target-clicked':
      win.addEventListener('click', (e) => e.composedPath().includes(el) && onSignal('target-clicked', e.isTrusted), opts);
      break;
    case 'field-filled': {
      // "change" fires when the person leaves the field or picks an option; a pause in typing also
      // counts, so the guide moves on without waiting for a click elsewhere.
      let idle = 0;
      const filled = (control: Element) => ((control as HTMLInputElement).value ?? '').trim().length > 0;
      const onEvent = (e: Event) => {
        const control = controlOf(el);
        if (!control || !e.composedPath().includes(control)) return;
        win.clearTimeout(idle);
        if (e.type === 'change') {
          if (filled(control)) onSignal('field-filled', e.isTrusted);
        } else {
          const trusted = e.isTrusted;
          idle = win.setTimeout(() => !signal.aborted && filled(control) && onSignal('field-filled', trusted), TYPING_PAUSE_MS);
        }
      };
      win.addEventListener('change', onEvent, opts);
      win.addEventListener('input', onEvent, opts);
      signal.addEventListener('abort', () => win.clearTimeout(idle), { once: true });
      if (!el.matches(FILLABLE)) watchChoice(el, win, signal, (trusted) => onSignal('field-filled', trusted));
      break;
    }
    case 'upload-finished': {
      // Files chosen, then the portal shows something in the row (the file, or its own error).
      // Rows may share one file input outside them (the national portal's /nop-ho-so): a row's own
      // upload button, clicked last, makes the next files chosen this row's.
      let rowArmed = false;
      win.addEventListener(
        'click',
        (e) => {
          // The portal opens its shared input with a script click of its own: that one says nothing about the row.
          const t = e.composedPath()[0] as HTMLInputElement | undefined;
          if (t?.tagName === 'INPUT' && t.type === 'file') return;
          rowArmed = e.composedPath().includes(el);
        },
        opts,
      );
      win.addEventListener(
        'change',
        (e) => {
          const trusted = e.isTrusted;
          const input = e.composedPath()[0] as HTMLInputElement;
          if (input?.tagName !== 'INPUT' || input.type !== 'file' || !(el.contains(input) || rowArmed) || !input.files?.length) return;
          const Observer = (win as Window & typeof globalThis).MutationObserver;
          const observer = new Observer(() => {
            observer.disconnect();
            onSignal('upload-finished', trusted);
          });
          observer.observe(el, { childList: true, subtree: true, characterData: true });
          signal.addEventListener('abort', () => observer.disconnect(), { once: true });
        },
        opts,
      );
      break;
    }
    default:
      break; // route-changed comes from page readings; manual from the card's own button
  }
}

/**
 * A custom picker (a listbox button, a SurveyJS dropdown) has no value to look at: a choice shows
 * as the picker's text changing, or the picker being swapped for another element (the national
 * portal's agency card, A2). Looked at just after each press, which is when pickers commit.
 */
function watchChoice(el: Element, win: Window, signal: AbortSignal, onChosen: (trusted: boolean) => void): void {
  const before = () => (el.isConnected ? (el.textContent ?? '') : null);
  let seen = before();
  const check = (e: Event) => {
    const trusted = e.isTrusted;
    win.setTimeout(() => {
      if (signal.aborted) return;
      const now = before();
      if (now !== seen) onChosen(trusted);
      seen = now;
    }, 50);
  };
  for (const type of ['mousedown', 'click', 'keydown'] as const) win.addEventListener(type, check, { capture: true, passive: true, signal });
}
