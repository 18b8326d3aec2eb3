/** A small note beside an address field: "this looks like an old address; it is now in …". */
import type { Translate } from '../lib/i18n/t';
import type { AddressSuggestion } from '../lib/admin-units/suggest';

export interface AddressHintCardProps {
  suggestion: AddressSuggestion;
  position: { top: number; left: number };
  labels: { heading: string; nowIn: string; basis(resolution: string, clause: number | null): string; open: string; close: string };
  onOpen(): void;
  onClose(): void;
}

/** The card's words, in the page's language. */
function addressHintLabels(t: Translate): AddressHintCardProps['labels'] {
  return {
    heading: t('hintHeading'),
    nowIn: t('lookupNowIn'),
    basis: (res, clause) => (clause === null ? t('lookupBasisNoClause', res) : t('lookupBasis', res, clause)),
    open: t('hintOpen'),
    close: t('hintClose'),
  };
}

/** Just under the field, kept inside the viewport. */
function hintPosition(field: Element, viewport: { width: number; height: number }): { top: number; left: number } {
  const r = field.getBoundingClientRect();
  return { top: Math.min(r.bottom + 6, viewport.height - 150), left: Math.max(8, Math.min(r.left, viewport.width - 430)) };
}

/** The card beside the field it is about, in the page's language; "open" shows the look-up page. */
export function AddressHintBeside({ field, suggestion, t, onOpen, onClose }: { field: Element; suggestion: AddressSuggestion; t: Translate; onOpen(): void; onClose(): void }) {
  return <AddressHintCard suggestion={suggestion} position={hintPosition(field, { width: innerWidth, height: innerHeight })} labels={addressHintLabels(t)} onOpen={onOpen} onClose={onClose} />;
}

export function AddressHintCard({ suggestion: s, position, labels, onOpen, onClose }: AddressHintCardProps) {
  return (
    <div class="dvc-hint" role="note" aria-live="polite" style={{ top: `${position.top}px`, left: `${position.left}px` }} data-testid="address-hint">
      <p class="dvc-hint-head">
        {labels.heading}: {s.old.commune}, {s.old.district}
      </p>
      {s.targets.map((t) => (
        <p key={`${t.name}|${t.clause}`}>
          {labels.nowIn}: <strong>{t.name}</strong>, {t.province} <span class="dvc-hint-basis">({labels.basis(t.resolution, t.clause)})</span>
        </p>
      ))}
      <p class="dvc-hint-actions">
        <button type="button" onClick={onOpen}>
          {labels.open}
        </button>
        <button type="button" onClick={onClose}>
          {labels.close}
        </button>
      </p>
    </div>
  );
}

// As high as the guide card and drawn after it: the hint answers what is being typed now, and its
// own "Đóng" must never sit under the card (seen on the residence form at 1366×657).
export const ADDRESS_HINT_CSS = `
.dvc-hint{position:fixed;pointer-events:auto;z-index:2147483647;max-width:min(420px,calc(100vw - 24px));background:#fffbe6;border:1px solid #b26a00;border-radius:8px;
  padding:8px 10px;font:14px/1.45 "Noto Sans","Segoe UI",Roboto,Arial,sans-serif;color:#1b1b1b;box-shadow:0 4px 14px rgba(0,0,0,.2)}
.dvc-hint p{margin:.2em 0}
.dvc-hint-head{font-weight:600}
.dvc-hint-basis{color:#444;font-size:.92em}
.dvc-hint-actions{display:flex;gap:8px;justify-content:flex-end}
.dvc-hint button{font:inherit;cursor:pointer;border:1px solid #1a5fb4;background:#fff;color:#1a5fb4;border-radius:6px;padding:.2em .7em}
.dvc-hint button:focus-visible{outline:3px solid #1a5fb4;outline-offset:2px}
`;
