/**
 * The authoring panel on a portal page: the draft's steps in order (edit, move, delete), picking
 * the element a new step points at, and the step editor with a live answer to "will the guide
 * find it?". Props in, events out; everything shown is text (author input is never markup).
 */
import { useEffect, useRef } from 'preact/hooks';
import type { GuideStep } from '../lib/guides/pack.schema';

export type StepCheckView = { kind: 'found' | 'missing' | 'other-page'; text: string; warnings: string[] };

export interface AuthoringStepView {
  step: GuideStep;
  /** One line: the element's label or key. */
  summary: string;
  check: StepCheckView;
}

export interface AuthoringPanelProps {
  heading: string;
  draftLine: string;
  status: string;
  picking: boolean;
  previewing: boolean;
  steps: AuthoringStepView[];
  editing: string | null;
  labels: Record<
    | 'pick' | 'stopPick' | 'repick' | 'preview' | 'stopPreview' | 'meta' | 'close' | 'steps' | 'noSteps' | 'edit' | 'up' | 'down' | 'delete' | 'done'
    | 'editor' | 'saving' | 'key' | 'css' | 'label',
    string
  >;
  stepLabel(n: number, summary: string): string;
  buttonLabel(kind: 'edit' | 'up' | 'down' | 'delete', n: number): string;
  editingLabel(n: number): string;
  /**
   * The step editor page for the step being edited (an extension page): the author types there,
   * in a document of ours, so the portal's key listeners never see the text.
   */
  editorUrl(stepId: string): string;
  /** False while the panel's last change is being saved: the editor reads the stored draft. */
  editorReady: boolean;
  onPick(): void;
  onRepick(id: string): void;
  onPreview(): void;
  onMeta(): void;
  onClose(): void;
  onEdit(id: string | null): void;
  onMove(id: string, delta: -1 | 1): void;
  onDelete(id: string): void;
}

export function AuthoringPanel(p: AuthoringPanelProps) {
  const editorRef = useRef<HTMLHeadingElement>(null);
  /** The step whose editor is up: a later save in the panel does not reload it under the author's typing. */
  const editorShown = useRef<string | null>(null);
  useEffect(() => {
    if (p.editing) editorRef.current?.focus();
  }, [p.editing]);
  const index = p.steps.findIndex((s) => s.step.id === p.editing);
  const current = index >= 0 ? p.steps[index]! : null;
  // Once up, the editor stays up through the panel's later saves (it must not reload under the author's typing).
  const showEditor = Boolean(current && (p.editorReady || editorShown.current === current.step.id));
  editorShown.current = showEditor && current ? current.step.id : null;
  if (p.picking) {
    // While picking, the panel shrinks to one line so it covers as little of the page as possible.
    return (
      <section class="dvc-author dvc-author-picking" role="region" aria-label={p.heading} data-testid="author-panel">
        <p class="dvc-author-status" role="status" aria-live="polite" data-testid="author-status">{p.status}</p>
        <button type="button" aria-pressed="true" onClick={p.onPick} data-testid="author-pick">{p.labels.stopPick}</button>
      </section>
    );
  }
  return (
    <section class="dvc-author" role="region" aria-label={p.heading} data-testid="author-panel" onKeyDown={(e) => e.key === 'Escape' && p.editing && p.onEdit(null)}>
      <h2 class="dvc-author-title">{p.heading}</h2>
      <p class="dvc-author-draft" data-testid="author-draft">{p.draftLine}</p>
      <p class="dvc-author-status" role="status" aria-live="polite" data-testid="author-status">{p.status}</p>
      <div class="dvc-author-tools">
        <button type="button" aria-pressed="false" onClick={p.onPick} data-testid="author-pick">{p.labels.pick}</button>
        <button type="button" aria-pressed={p.previewing} onClick={p.onPreview} data-testid="author-preview">{p.previewing ? p.labels.stopPreview : p.labels.preview}</button>
        <button type="button" onClick={p.onMeta} data-testid="author-meta">{p.labels.meta}</button>
        <button type="button" onClick={p.onClose} data-testid="author-close">{p.labels.close}</button>
      </div>
      {current ? (
        <div class="dvc-author-editor" data-testid="author-editor">
          <h3 tabIndex={-1} ref={editorRef}>{p.editingLabel(index + 1)}</h3>
          <p class={`dvc-author-check dvc-${current.check.kind}`} data-testid="author-check">{current.check.text}</p>
          {current.check.warnings.map((w) => (
            <p key={w} class="dvc-author-warn">{w}</p>
          ))}
          <dl class="dvc-author-target">
            <dt>{p.labels.key}</dt>
            <dd><code>{current.step.target?.key ?? '—'}</code></dd>
            <dt>{p.labels.css}</dt>
            <dd><code>{current.step.target?.css ?? '—'}</code></dd>
            <dt>{p.labels.label}</dt>
            <dd>{current.step.target?.label ?? '—'}</dd>
          </dl>
          {showEditor ? (
            <iframe class="dvc-author-frame" src={p.editorUrl(current.step.id)} title={p.labels.editor} data-testid="author-step-editor" />
          ) : (
            <p class="dvc-author-frame dvc-author-wait">{p.labels.saving}</p>
          )}
          <div class="dvc-author-tools">
            <button type="button" onClick={() => p.onRepick(current.step.id)}>{p.labels.repick}</button>
            <button type="button" onClick={() => p.onEdit(null)} data-testid="author-done">{p.labels.done}</button>
          </div>
        </div>
      ) : (
        <>
          <h3 class="dvc-author-sub">{p.labels.steps}</h3>
          {p.steps.length === 0 && <p>{p.labels.noSteps}</p>}
          <ol class="dvc-author-steps" data-testid="author-steps">
            {p.steps.map((s, i) => (
              <li key={s.step.id} data-step={s.step.id}>
                <span class="dvc-author-step-text">{p.stepLabel(i + 1, s.summary)}</span>
                <span class={`dvc-author-check dvc-${s.check.kind}`}>{s.check.text}</span>
                <span class="dvc-author-row">
                  <button type="button" aria-label={p.buttonLabel('edit', i + 1)} onClick={() => p.onEdit(s.step.id)}>{p.labels.edit}</button>
                  <button type="button" aria-label={p.buttonLabel('up', i + 1)} disabled={i === 0} onClick={() => p.onMove(s.step.id, -1)}>{p.labels.up}</button>
                  <button type="button" aria-label={p.buttonLabel('down', i + 1)} disabled={i === p.steps.length - 1} onClick={() => p.onMove(s.step.id, 1)}>{p.labels.down}</button>
                  <button type="button" aria-label={p.buttonLabel('delete', i + 1)} onClick={() => p.onDelete(s.step.id)}>{p.labels.delete}</button>
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

/** The outline drawn over the element under the pointer or focus while picking. */
export function PickOutline({ box }: { box: { top: number; left: number; width: number; height: number } | null }) {
  if (!box) return null;
  return <div class="dvc-author-outline" aria-hidden="true" style={{ top: `${box.top - 3}px`, left: `${box.left - 3}px`, width: `${box.width + 6}px`, height: `${box.height + 6}px` }} />;
}

export const AUTHORING_PANEL_CSS = `
.dvc-author{position:fixed;right:16px;top:16px;z-index:2147483646;width:min(400px,calc(100vw - 32px));max-height:calc(100vh - 32px);overflow:auto;
  background:#fff;border:2px solid #1a5fb4;border-radius:10px;padding:12px 14px;box-shadow:0 6px 24px rgba(0,0,0,.3);
  font:15px/1.45 "Noto Sans","Segoe UI",Roboto,Arial,sans-serif;color:#1b1b1b}
.dvc-author h2{font-size:1.05em;margin:0 0 .2em;color:#1a5fb4}
.dvc-author h3{font-size:1em;margin:.6em 0 .3em}
.dvc-author p{margin:.2em 0}
.dvc-author-status{min-height:1.4em;color:#333;font-size:.92em}
.dvc-author-tools,.dvc-author-row{display:flex;flex-wrap:wrap;gap:6px;margin:.4em 0}
.dvc-author button{font:inherit;font-size:.9em;padding:.3em .7em;border:1px solid #1a5fb4;border-radius:6px;background:#fff;color:#1a5fb4;cursor:pointer}
.dvc-author button[aria-pressed=true]{background:#1a5fb4;color:#fff}
.dvc-author button:disabled{opacity:.45;cursor:default}
.dvc-author button:focus-visible,.dvc-author textarea:focus-visible,.dvc-author select:focus-visible,.dvc-author h3:focus-visible{outline:3px solid #ffb000;outline-offset:2px}
.dvc-author-steps{padding-left:1.3em;margin:.3em 0}
.dvc-author-steps li{margin:.4em 0}
.dvc-author-step-text{display:block}
.dvc-author-check{display:block;font-size:.85em}
.dvc-found{color:#1e6b2e}.dvc-missing{color:#a50e22;font-weight:600}.dvc-other-page{color:#555}
.dvc-author-warn{color:#8a4b00;font-size:.85em}
.dvc-author label{display:block;margin:.4em 0;font-size:.92em}
.dvc-author-frame{display:block;width:100%;height:250px;border:1px solid #c8c8c8;border-radius:6px;margin:.4em 0;box-sizing:border-box}
.dvc-author-wait{padding:8px;color:#555}
.dvc-author-target{display:grid;grid-template-columns:auto 1fr;gap:2px 8px;font-size:.85em;margin:.3em 0}
.dvc-author-target dt{color:#555}.dvc-author-target dd{margin:0;overflow-wrap:anywhere}
.dvc-author-picking{width:auto;max-width:min(400px,calc(100vw - 32px));display:flex;gap:8px;align-items:center;padding:6px 10px}
.dvc-author-outline{position:fixed;z-index:2147483645;pointer-events:none;border:3px dashed #1a5fb4;border-radius:4px;background:rgba(26,95,180,.08)}
`;
