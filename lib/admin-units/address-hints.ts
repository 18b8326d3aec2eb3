/**
 * Watches the free-text address fields of a filing form and asks whether what was typed is an
 * old address. The typed text goes to the background for the answer and nowhere else: it is not
 * kept here, stored or logged. Suggestions are offered beside the field, never written into it.
 */
import type { AddressSuggestion } from './suggest';

export interface AddressHint {
  field: Element;
  suggestion: AddressSuggestion;
}

export interface AddressHintOptions {
  signal: AbortSignal;
  /** The free-text address fields (from the adapter), given the element the person is typing in. */
  fields(typingIn: Element | null): Element[];
  ask(typed: string): Promise<AddressSuggestion | null>;
  onHint(hint: AddressHint | null): void;
  pauseMs?: number;
}

export interface AddressHintWatch {
  /** The person closed the hint: do not offer it again for what is in that field now. */
  dismiss(field: Element): void;
}

export function watchAddressFields(win: Window, opts: AddressHintOptions): AddressHintWatch {
  let timer = 0;
  let asked = 0;
  // In memory only, for as long as the page is open.
  const dismissed = new WeakMap<Element, string>();
  const valueOf = (field: Element) => ((field as HTMLInputElement).value ?? '').trim();
  const onEvent = (e: Event) => {
    const path = e.composedPath();
    const field = opts.fields((path[0] as Element | undefined) ?? null).find((f) => path.includes(f));
    if (!field) return;
    win.clearTimeout(timer);
    timer = win.setTimeout(() => {
      const typed = valueOf(field);
      const ticket = ++asked;
      if (typed.split(',').length < 2 || dismissed.get(field) === typed) return opts.onHint(null);
      void opts.ask(typed).then((s) => {
        if (ticket !== asked || opts.signal.aborted) return; // a newer keystroke wins
        opts.onHint(s ? { field, suggestion: s } : null);
      });
    }, e.type === 'change' ? 0 : (opts.pauseMs ?? 700));
  };
  win.addEventListener('input', onEvent, { capture: true, signal: opts.signal });
  win.addEventListener('change', onEvent, { capture: true, signal: opts.signal });
  opts.signal.addEventListener('abort', () => win.clearTimeout(timer), { once: true });
  return {
    dismiss(field) {
      dismissed.set(field, valueOf(field));
      asked += 1; // an answer still on its way is no longer wanted
    },
  };
}
