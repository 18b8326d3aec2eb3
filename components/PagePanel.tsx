/** The panel saying what the extension recognised on this page (above the launcher, features/launcher.ts). Props in, events out. */
import type { ComponentChildren } from 'preact';
import type { PageDescription } from '../lib/page/describe';

export interface PagePanelProps {
  description: PageDescription;
  labels: { title: string; recognised: string; lookup: string };
  /** A guide for this procedure on this page, worded "Hướng dẫn từng bước: …". */
  guideLabel: string | null;
  onStartGuide(): void;
  onOpenLookup(): void;
  children?: ComponentChildren;
}

export function PagePanel({ description: d, labels, guideLabel, onStartGuide, onOpenLookup, children }: PagePanelProps) {
  // Escape is the launcher column's (features/launcher.ts): it closes the panel and focuses the launcher.
  return (
    <section
      id="dvc-panel"
      class="dvc-panel"
      role="region"
      aria-label={labels.title}
      aria-live="polite"
    >
      <h2 class="dvc-title">{labels.title}</h2>
      <p class="dvc-eyebrow">{labels.recognised}</p>
      <p class="dvc-portal" data-testid="portal">{d.portal}</p>
      {d.procedure && (
        <p class="dvc-procedure" data-testid="procedure">
          {d.procedure}
          {d.codeNote && <span class="dvc-note"> — {d.codeNote}</span>}
        </p>
      )}
      <p class="dvc-kind" data-testid="kind">{d.kind}</p>
      {d.step && <p class="dvc-step" data-testid="step">{d.step}</p>}
      {d.counts.length > 0 && (
        <ul class="dvc-counts">
          {d.counts.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      )}
      {d.services.length > 0 && (
        <ul class="dvc-counts" data-testid="services">
          {d.services.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      )}
      {guideLabel && (
        <button type="button" class="dvc-start" data-testid="start-guide" onClick={onStartGuide}>
          {guideLabel}
        </button>
      )}
      {children}
      <button type="button" class="dvc-lookup" onClick={onOpenLookup}>
        {labels.lookup}
      </button>
    </section>
  );
}

/**
 * Styles live inside our shadow root only; sizes in em so the browser's text size carries over.
 * The panel sits in the launcher's column (features/launcher.ts), which gives the font.
 */
export const PAGE_PANEL_CSS = `
.dvc-panel{width:min(360px,calc(100vw - 32px));max-height:70vh;overflow:auto;background:#fff;border:1px solid #c9c9c9;border-radius:10px;
  padding:14px 16px;box-shadow:0 6px 24px rgba(0,0,0,.25)}
.dvc-title{font-size:1.05em;margin:0 0 .4em;color:#a50e22}
.dvc-eyebrow{margin:0;font-size:.8em;text-transform:uppercase;letter-spacing:.04em;color:#555}
.dvc-panel p{margin:.2em 0}
.dvc-portal{font-weight:600}
.dvc-procedure{font-size:1.02em}
.dvc-note{color:#555;font-size:.9em}
.dvc-kind,.dvc-step{color:#1a5fb4}
.dvc-counts{margin:.5em 0 0;padding-left:1.2em;color:#333;font-size:.92em}
.dvc-start{display:block;width:100%;margin-top:.8em;padding:.55em .8em;border:0;border-radius:8px;background:#1a5fb4;color:#fff;font:inherit;font-weight:600;cursor:pointer;text-align:left}
.dvc-start:focus-visible{outline:3px solid #ffb000;outline-offset:2px}
.dvc-lookup{display:block;margin-top:.6em;padding:0;border:0;background:transparent;color:#1a5fb4;text-decoration:underline;font:inherit;cursor:pointer}
.dvc-lookup:focus-visible{outline:3px solid #1a5fb4;outline-offset:2px}
@media (prefers-reduced-motion:no-preference){.dvc-panel{animation:dvc-in .12s ease-out}}
@keyframes dvc-in{from{opacity:0;transform:translateY(6px)}to{opacity:1;transform:none}}
`;
