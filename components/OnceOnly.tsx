/**
 * The once-only findings on a portal page: the list inside our panel (the badges beside the page's
 * own elements are lib/page/badge-buttons.ts). Everything shown is text nodes (the portal's
 * wording and the catalogue's), never HTML. Props in, events out.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { OnceOnlyView } from '../lib/once-only/views';

export interface OnceOnlyLabels {
  heading: string;
  shouldNot: string;
  conditional: string;
  wording: string;
  database: string;
  legal: string;
  caveat: string;
  copy: string;
  feedback: string;
  report: string;
  /** Said of a row the person added: the check is shown, the words are not kept. */
  addedByPerson: string;
}

export interface OnceOnlyListProps {
  views: OnceOnlyView[];
  labels: OnceOnlyLabels;
  feedbackUrl: string;
  /** Finding to bring into view and focus (a badge was pressed). */
  focusKey: string | null;
  status: string;
  /** Shown when copying failed, so the text can be selected by hand. */
  manualCopyKey: string | null;
  onFocused(): void;
  onCopy(view: OnceOnlyView): void;
  onOpenReport(): void;
}

export function OnceOnlyList({ views, labels, feedbackUrl, focusKey, status, manualCopyKey, onFocused, onCopy, onOpenReport }: OnceOnlyListProps) {
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!focusKey || !list.current) return;
    const item = Array.from(list.current.querySelectorAll<HTMLElement>('[data-key]')).find((el) => el.dataset.key === focusKey);
    item?.scrollIntoView({ block: 'nearest' });
    item?.focus();
    onFocused();
  }, [focusKey]);
  return (
    <div class="dvc-oo" ref={list} data-testid="once-only">
      <h3 class="dvc-oo-heading">{labels.heading}</h3>
      <ul class="dvc-oo-list">
        {views.map((v) => (
          <li key={v.key} data-key={v.key} tabIndex={-1} class={`dvc-oo-item dvc-oo-${v.verdict}`} data-testid="once-only-finding" data-paper={v.paperId}>
            <p class="dvc-oo-verdict">{v.verdict === 'should-not-request' ? labels.shouldNot : labels.conditional}</p>
            <p class="dvc-oo-wording">
              <span class="dvc-oo-label">{labels.wording}: </span>“{v.text}”
            </p>
            {v.addedByPerson && <p class="dvc-oo-added" data-testid="once-only-added">{labels.addedByPerson}</p>}
            <p>{v.explanation}</p>
            <p>
              <span class="dvc-oo-label">{labels.database}: </span>
              {v.database}
            </p>
            <details>
              <summary>{labels.legal}</summary>
              <ul class="dvc-oo-legal">
                {v.legal.map((l) => (
                  <li key={l.title}>
                    <strong>{l.title}</strong> — {l.summary}
                  </li>
                ))}
              </ul>
              <p class="dvc-oo-caveat">
                <span class="dvc-oo-label">{labels.caveat}: </span>
                {v.caveat}
              </p>
            </details>
            <button type="button" class="dvc-oo-copy" onClick={() => onCopy(v)}>
              {labels.copy}
            </button>
            {manualCopyKey === v.key && <textarea class="dvc-oo-manual" readOnly rows={6} value={v.report} aria-label={labels.copy} />}
          </li>
        ))}
      </ul>
      <p class="dvc-oo-status" role="status" aria-live="polite">
        {status}
      </p>
      <a class="dvc-oo-link" href={feedbackUrl} target="_blank" rel="noopener noreferrer">
        {labels.feedback}
      </a>
      <button type="button" class="dvc-oo-report" onClick={onOpenReport}>
        {labels.report}
      </button>
    </div>
  );
}

export const ONCE_ONLY_CSS = `
.dvc-oo{margin-top:.8em;border-top:1px solid #ddd;padding-top:.6em}
.dvc-oo-heading{font-size:1em;margin:0 0 .4em;color:#8a0b1b}
.dvc-oo-list{list-style:none;margin:0;padding:0}
.dvc-oo-item{border-left:4px solid #b3261e;padding:.3em .6em;margin:0 0 .7em;background:#fff6f5}
.dvc-oo-item.dvc-oo-conditional{border-left-color:#b36b00;background:#fffaf0}
.dvc-oo-item:focus{outline:3px solid #1a5fb4;outline-offset:1px}
.dvc-oo-verdict{font-weight:700;margin:0}
.dvc-oo-should-not-request .dvc-oo-verdict{color:#8a0b1b}
.dvc-oo-conditional .dvc-oo-verdict{color:#7a4b00}
.dvc-oo-label{color:#555}
.dvc-oo-item p{margin:.25em 0;font-size:.93em}
.dvc-oo-item details{font-size:.9em;margin:.3em 0}
.dvc-oo-item summary{cursor:pointer;color:#1a5fb4}
.dvc-oo-legal{margin:.3em 0;padding-left:1.1em}
.dvc-oo-copy{margin-top:.3em;padding:.35em .7em;border:1px solid #1a5fb4;border-radius:6px;background:#fff;color:#1a5fb4;font:inherit;font-size:.92em;cursor:pointer}
.dvc-oo-copy:focus-visible,.dvc-oo-link:focus-visible{outline:3px solid #1a5fb4;outline-offset:2px}
.dvc-oo-manual{width:100%;box-sizing:border-box;font:inherit;font-size:.85em;margin-top:.3em}
.dvc-oo-status{min-height:1em;font-size:.9em;color:#1b5e20}
.dvc-oo-link{display:block;color:#1a5fb4;margin-top:.2em}
.dvc-oo-report{display:block;margin-top:.4em;padding:0;border:0;background:transparent;color:#1a5fb4;text-decoration:underline;font:inherit;cursor:pointer}
.dvc-oo-report:focus-visible{outline:3px solid #1a5fb4;outline-offset:2px}
`;
