/**
 * The part of a guide step an author types: its text in Vietnamese and English, what it asks the
 * person to do and when the guide moves on. It runs inside the step editor page, an extension page
 * framed by the authoring panel, so the portal page never sees the keys (issue 18 §2). Props in,
 * events out; what the author types stays text.
 */
import type { GuideStep } from '../lib/guides/pack.schema';

export interface StepTextEditorProps {
  step: GuideStep;
  labels: { textVi: string; textEn: string; action: string; advance: string };
  actions: { value: GuideStep['action']; label: string }[];
  advances: { value: GuideStep['advance']; label: string }[];
  onChange(patch: Partial<GuideStep>): void;
}

export function StepTextEditor({ step, labels, actions, advances, onChange }: StepTextEditorProps) {
  return (
    <form class="dvc-step-editor" onSubmit={(e) => e.preventDefault()}>
      <label>
        {labels.textVi}
        <textarea rows={3} value={step.text.vi} data-testid="author-text-vi" onInput={(e) => onChange({ text: { ...step.text, vi: (e.target as HTMLTextAreaElement).value } })} />
      </label>
      <label>
        {labels.textEn}
        <textarea rows={2} value={step.text.en ?? ''} data-testid="author-text-en"
          onInput={(e) => {
            const en = (e.target as HTMLTextAreaElement).value;
            onChange({ text: en ? { ...step.text, en } : { vi: step.text.vi } });
          }} />
      </label>
      <Choice label={labels.action} value={step.action} options={actions} testId="author-action" onChange={(action) => onChange({ action })} />
      <Choice label={labels.advance} value={step.advance} options={advances} testId="author-advance" onChange={(advance) => onChange({ advance })} />
    </form>
  );
}

function Choice<T extends string>(c: { label: string; value: T; options: { value: T; label: string }[]; testId: string; onChange(v: T): void }) {
  return (
    <label>
      {c.label}
      <select value={c.value} data-testid={c.testId} onChange={(e) => c.onChange((e.target as HTMLSelectElement).value as T)}>
        {c.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </label>
  );
}
