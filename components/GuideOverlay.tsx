/**
 * The guide overlay: a highlight around the real element and a step card beside it. The highlight
 * never takes clicks (pointer-events: none); only the card does, so the portal stays usable.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Box } from '../lib/guides/placement';
import { Markup } from './Markup';
import { PaperChecklist, type ChecklistItem } from './PaperChecklist';

export interface GuideOverlayLabels {
  step: string;
  next: string;
  finish: string;
  back: string;
  exit: string;
  papers: string;
  degraded: string;
  waiting: string;
  yes: string;
  no: string;
  printChecklist: string;
}

export interface GuideOverlayProps {
  title: string;
  /** Said on every step when the pack did not come with the extension ("Gói nhập từ tệp"). */
  originNote: string | null;
  text: string;
  announce: string;
  question: string | null;
  degraded: boolean;
  waiting: boolean;
  isFirst: boolean;
  isLast: boolean;
  target: Box | null;
  card: { top: number; left: number };
  checklist: ChecklistItem[];
  checklistOpen: boolean;
  largeText: boolean;
  labels: GuideOverlayLabels;
  /** Put focus on the card (the person is using our controls, or just started the guide). */
  focusCard: boolean;
  onNext(): void;
  onBack(): void;
  onExit(): void;
  onAnswer(value: boolean): void;
  onToggleChecklist(): void;
  onPrintChecklist(): void;
  onCardSize(size: { width: number; height: number }): void;
}

export function GuideOverlay(p: GuideOverlayProps) {
  const cardRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const el = cardRef.current;
    if (el) p.onCardSize({ width: el.offsetWidth, height: el.offsetHeight });
  });
  useEffect(() => {
    if (p.focusCard) headingRef.current?.focus();
  }, [p.focusCard, p.labels.step]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') p.onExit();
    else if (e.key === 'ArrowRight' && !p.question) p.onNext();
    else if (e.key === 'ArrowLeft' && !p.isFirst) p.onBack();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <div class={`dvc-guide${p.largeText ? ' dvc-large' : ''}`}>
      {p.target && !p.degraded && (
        <div
          class="dvc-highlight"
          aria-hidden="true"
          style={{ top: `${p.target.top - 4}px`, left: `${p.target.left - 4}px`, width: `${p.target.width + 8}px`, height: `${p.target.height + 8}px` }}
        />
      )}
      <div
        ref={cardRef}
        class="dvc-card"
        role="dialog"
        aria-modal="false"
        aria-labelledby="dvc-card-step"
        style={{ top: `${p.card.top}px`, left: `${p.card.left}px` }}
        onKeyDown={onKeyDown}
      >
        <div class="dvc-card-head">
          <h2 id="dvc-card-step" tabIndex={-1} ref={headingRef}>
            {p.labels.step} · <span class="dvc-card-title">{p.title}</span>
          </h2>
          <button type="button" class="dvc-exit" onClick={p.onExit} aria-label={p.labels.exit} title={p.labels.exit}>
            ×
          </button>
        </div>
        {p.originNote && (
          <p class="dvc-origin" role="note" data-testid="guide-origin">
            {p.originNote}
          </p>
        )}
        {p.degraded && (
          <p class="dvc-degraded" role="note">
            <strong>⚠ {p.labels.degraded}</strong>
          </p>
        )}
        {p.waiting && !p.degraded && <p class="dvc-waiting">{p.labels.waiting}</p>}
        <div class="dvc-card-text" data-testid="guide-text">
          <Markup text={p.question ?? p.text} />
        </div>
        {p.question ? (
          <div class="dvc-actions">
            <button type="button" onClick={() => p.onAnswer(true)}>
              {p.labels.yes}
            </button>
            <button type="button" onClick={() => p.onAnswer(false)}>
              {p.labels.no}
            </button>
          </div>
        ) : (
          <div class="dvc-actions">
            <button type="button" onClick={p.onBack} disabled={p.isFirst}>
              ← {p.labels.back}
            </button>
            <button type="button" class="dvc-primary" onClick={p.onNext}>
              {p.isLast ? p.labels.finish : `${p.labels.next} →`}
            </button>
          </div>
        )}
        <button type="button" class="dvc-link" aria-expanded={p.checklistOpen} onClick={p.onToggleChecklist}>
          {p.labels.papers}
        </button>
        {p.checklistOpen && (
          <>
            <PaperChecklist items={p.checklist} title={p.labels.papers} />
            <button type="button" class="dvc-link" onClick={p.onPrintChecklist}>
              {p.labels.printChecklist}
            </button>
          </>
        )}
      </div>
      <div class="dvc-sr" aria-live="polite" role="status">
        {p.announce}
      </div>
    </div>
  );
}

export const GUIDE_OVERLAY_CSS = `
.dvc-guide{font:15px/1.5 "Noto Sans","Segoe UI",Roboto,Arial,sans-serif;color:#1b1b1b}
.dvc-guide.dvc-large{font-size:19px}
.dvc-highlight{position:fixed;box-sizing:border-box;z-index:2147483645;pointer-events:none;border:3px solid #ffb000;border-radius:6px;
  box-shadow:0 0 0 4px rgba(165,14,34,.55),0 0 0 9999px rgba(0,0,0,.12);transition:all .12s ease-out}
.dvc-card{position:fixed;pointer-events:auto;z-index:2147483647;width:min(360px,calc(100vw - 24px));max-height:80vh;overflow:auto;background:#fff;
  border:2px solid #a50e22;border-radius:10px;padding:12px 14px;box-shadow:0 8px 28px rgba(0,0,0,.3)}
.dvc-card-head{display:flex;align-items:flex-start;justify-content:space-between;gap:8px}
.dvc-card-head h2{font-size:.95em;margin:0;color:#a50e22}
.dvc-card-head h2:focus{outline:2px solid #1a5fb4;outline-offset:2px}
.dvc-exit{border:0;background:transparent;font-size:1.4em;line-height:1;cursor:pointer;padding:0 4px;color:#333}
.dvc-card-text p{margin:.45em 0}.dvc-card-text ul{margin:.3em 0;padding-left:1.2em}
.dvc-origin{background:#fdecea;border-left:4px solid #a50e22;padding:4px 8px;margin:.4em 0;font-size:.9em;font-weight:600}
.dvc-degraded{background:#fff4d6;border-left:4px solid #b26a00;padding:6px 8px;margin:.5em 0}
.dvc-waiting{color:#555;font-style:italic;margin:.3em 0}
.dvc-actions{display:flex;gap:8px;justify-content:flex-end;margin-top:8px}
.dvc-actions button,.dvc-link{font:inherit;cursor:pointer;border-radius:6px;padding:.35em .9em;border:1px solid #1a5fb4;background:#fff;color:#1a5fb4}
.dvc-actions button:disabled{opacity:.45;cursor:default}
.dvc-actions .dvc-primary{background:#1a5fb4;color:#fff}
.dvc-link{border:0;padding:.4em 0;text-decoration:underline;margin-top:6px;background:transparent}
.dvc-guide button:focus-visible{outline:3px solid #1a5fb4;outline-offset:2px}
.dvc-checklist h3{font-size:.95em;margin:.4em 0}
.dvc-card .dvc-checklist{max-height:32vh;overflow:auto;border-top:1px solid #ddd;padding-top:.3em}
.dvc-card .dvc-checklist h3{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.dvc-checklist ul{padding-left:1.2em;margin:0}
.dvc-checklist li{margin:.35em 0}
.dvc-paper-form{color:#444}
.dvc-paper-notes{font-size:.9em;color:#333}
.dvc-paper-shared{font-size:.9em;color:#0b6b2f}
.dvc-sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`;
