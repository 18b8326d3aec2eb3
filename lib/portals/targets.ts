/**
 * Resolves a guide's semantic target key ("field:so-dien-thoai", "upload:giay-chung-sinh",
 * "button:nop-ho-so", "service:uy-ban-nhan-dan-xa") against what the portal adapter read on the page. Keys are slugs of the
 * visible label, so one pack key works on every portal that labels the thing the same way.
 */
import { normalize } from '../text/normalize';
import { isShown, textOf } from './dom';
import type { PageReading } from './types';

export function slugOf(text: string): string {
  return normalize(text).replace(/ /g, '-');
}

export interface ResolveOptions {
  /** Also elements a person cannot see now (a later panel of a stepper): "is it on the page at all?". */
  includeHidden?: boolean;
}

export function resolveTargetKey(key: string, reading: PageReading, doc: Document, opts: ResolveOptions = {}): Element | null {
  const firstShown = <T,>(items: T[], el: (t: T) => Element): Element | null => {
    const shown = items.find((i) => opts.includeHidden || isShown(el(i)));
    return shown ? el(shown) : null;
  };
  const sep = key.indexOf(':');
  const kind = key.slice(0, sep);
  const slug = key.slice(sep + 1);
  switch (kind) {
    case 'field':
      return firstShown(
        reading.fields.filter((f) => slugOf(f.label) === slug),
        (f) => f.node,
      );
    case 'upload': {
      const slots = reading.uploadSlots.filter((s) => slugOf(s.label).startsWith(slug));
      // Highlight the whole row (label, buttons, file list); the input itself is often hidden.
      return firstShown(slots, (s) => s.row ?? s.input.closest('tr') ?? s.input);
    }
    case 'component':
      return firstShown(
        reading.dossierComponents.filter((c) => slugOf(c.title).startsWith(slug)),
        (c) => c.node,
      );
    case 'button': {
      // "nop-ho-so" means the portal's submit control, whatever its label reads on this portal.
      if (slug === 'nop-ho-so' && reading.submit && (opts.includeHidden || isShown(reading.submit))) return reading.submit;
      const buttons = Array.from(doc.querySelectorAll('button, a, [role=button], input[type=submit]'));
      return firstShown(
        buttons.filter((b) => slugOf(b.tagName === 'INPUT' ? (b as HTMLInputElement).value : textOf(b, 120)) === slug),
        (b) => b,
      );
    }
    case 'question':
      // The e-form question's own name (the adapter strips the form-version suffix): not a slug.
      return firstShown(
        reading.fields.filter((f) => f.key === key.slice(sep + 1)),
        (f) => f.node,
      );
    case 'service': {
      // "service:<agency>": the card whose agency reads so, pointed at by its "Nộp trực tuyến" button.
      const card = reading.serviceCards.find((c) => slugOf(c.agency).startsWith(slug) && (opts.includeHidden || isShown(c.button)));
      return card ? card.button : null;
    }
    case 'section':
      return firstShown(
        Array.from(doc.querySelectorAll('h1, h2, h3, h4, legend, [role=heading]')).filter((h) => slugOf(textOf(h, 200)) === slug),
        (h) => h,
      );
    default:
      return null;
  }
}
