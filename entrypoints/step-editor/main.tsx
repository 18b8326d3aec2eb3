/**
 * The step editor: an extension page the authoring panel frames on the portal page, so what the
 * author types goes to this document and never through the portal's (a page's capture listeners
 * on window see every key typed in its own DOM, shadow roots included; issue 18 §2). Framed by a
 * web page, it gets no IndexedDB of ours (third-party storage): it reads the draft and sends each
 * change of its step through the background, which applies it to the stored draft and tells the panel.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { StepTextEditor } from '../../components/StepTextEditor';
import { ACTIONS, ADVANCES, actionKey, advanceKey } from '../../lib/authoring/step-options';
import type { GuideStep } from '../../lib/guides/pack.schema';
import { t, type MessageKey } from '../../lib/i18n/t';
import { sendMessage } from '../../lib/messaging/protocol';

const params = new URLSearchParams(location.search);
const draftId = params.get('draft') ?? '';
const stepId = params.get('step') ?? '';

function StepEditor() {
  const [step, setStep] = useState<GuideStep | null | undefined>(undefined);
  const [status, setStatus] = useState('');
  useEffect(() => {
    void sendMessage('authoring/draft-get', draftId)
      .then((d) => setStep(d?.steps.find((s) => s.id === stepId) ?? null))
      .catch(() => setStep(null));
  }, []);
  if (step === undefined) return null;
  if (!step) return <p role="status">{t('stepEditorMissing')}</p>;
  return (
    <>
      <StepTextEditor
        step={step}
        labels={{ textVi: t('authorTextVi'), textEn: t('authorTextEn'), action: t('authorAction'), advance: t('authorAdvance') }}
        actions={ACTIONS.map((value) => ({ value, label: t(actionKey(value)) }))}
        advances={ADVANCES.map((value) => ({ value, label: t(advanceKey(value) as MessageKey) }))}
        onChange={(patch) => {
          setStep({ ...step, ...patch });
          void sendMessage('authoring/step-update', { draftId, stepId, patch })
            .catch(() => ({ ok: false, reason: 'other' }) as const)
            .then((r) => setStatus(r.ok ? t('authorSaved') : t(r.reason === 'full' ? 'authorSaveFull' : 'authorSaveFailed')));
        }}
      />
      <p class="dvc-step-status" role="status" aria-live="polite" data-testid="step-editor-status">{status}</p>
    </>
  );
}

document.title = t('stepEditorTitle');
render(<StepEditor />, document.getElementById('app')!);
