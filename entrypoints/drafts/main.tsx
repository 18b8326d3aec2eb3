/**
 * Guide drafts: the pack details an author fills in away from the portal (code, names, papers,
 * sources), the steps recorded on the portal as a read-only summary, and export to a pack file
 * checked by the same schema as every pack. Every change is saved at once.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ProblemList } from '../../components/ProblemList';
import { draftFromPack, draftToPack, newDraft, newDraftId, pageLabelSteps, updateMeta, type Draft, type DraftSource } from '../../lib/authoring/draft';
import { allDrafts, currentDraft, onDraftChanged, removeDraft, saveDraft, setCurrentDraft } from '../../lib/authoring/draft-store';
import { downloadText } from '../../lib/export/download';
import { parsePackText, type PackProblem } from '../../lib/guides/pack';
import { lintPack } from '../../lib/guides/pack-lint';
import { bundledCatalogue } from '../../lib/once-only/catalogue';
import { createMatcher } from '../../lib/once-only/matcher';
import type { Paper } from '../../lib/guides/pack.schema';
import { pageLanguage, t, type MessageKey } from '../../lib/i18n/t';
import { sendMessage, type PackListing } from '../../lib/messaging/protocol';

pageLanguage();
document.title = t('draftsTitle');

const FORMS: Paper['form'][] = ['original', 'copy', 'original-or-copy', 'present'];
const FORM_LABEL: Record<Paper['form'], MessageKey> = { original: 'paperOriginal', copy: 'paperCopy', 'original-or-copy': 'paperOriginalOrCopy', present: 'paperPresent' };
const KINDS: DraftSource['kind'][] = ['legal', 'csdl-tthc', 'press', 'other'];
const today = () => new Date().toISOString().slice(0, 10);
const catalogue = bundledCatalogue();
const matcher = createMatcher(catalogue);

function Drafts() {
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [current, setCurrent] = useState<Draft | null>(null);
  const [packs, setPacks] = useState<PackListing[]>([]);
  const [fromPack, setFromPack] = useState('');
  const [status, setStatus] = useState('');
  const [problems, setProblems] = useState<PackProblem[] | null>(null);
  const [warnings, setWarnings] = useState<PackProblem[]>([]);

  const reload = async () => {
    setDrafts(await allDrafts());
    setCurrent(await currentDraft());
  };
  useEffect(() => {
    void reload();
    void sendMessage('guides/list', undefined).then(setPacks).catch(() => setPacks([]));
  }, []);
  // Steps recorded on the portal show up here as they are saved.
  useEffect(() => onDraftChanged(() => current?.id ?? null, (d) => {
    if (d && (!current || d.updatedAt > current.updatedAt)) setCurrent(d);
  }), [current?.id, current?.updatedAt]);

  const save = async (next: Draft) => {
    setCurrent(next);
    setProblems(null);
    const r = await saveDraft(next);
    setStatus(r.ok ? t('authorSaved') : t(r.reason === 'full' ? 'authorSaveFull' : 'authorSaveFailed'));
    setDrafts(await allDrafts());
  };
  const choose = async (d: Draft) => {
    await setCurrentDraft(d.id);
    setCurrent(d);
    setProblems(null);
  };
  const create = async (d: Draft) => {
    await saveDraft(d);
    await choose(d);
    setDrafts(await allDrafts());
  };
  const meta = (patch: Parameters<typeof updateMeta>[1]) => current && void save(updateMeta(current, patch, Date.now()));
  const setPaper = (i: number, patch: Partial<Paper>) => current && meta({ papers: current.papers.map((p, j) => (j === i ? { ...p, ...patch } : p)) });
  const setSource = (i: number, patch: Partial<DraftSource>) => current && meta({ sources: current.sources.map((s, j) => (j === i ? { ...s, ...patch } : s)) });

  const exportPack = () => {
    if (!current) return;
    const r = draftToPack(current, today());
    if (!r.ok) {
      setProblems(r.problems);
      setStatus('');
      return;
    }
    const name = `${r.pack.procedureCode}.json`;
    downloadText(name, `${JSON.stringify(r.pack, null, 2)}\n`, 'application/json');
    setProblems(null);
    // The checks the bundled packs pass (legal references, the once-only catalogue): said, not blocking.
    setWarnings([
      ...lintPack(r.pack, matcher, catalogue),
      ...pageLabelSteps(current).map((s) => ({ path: `steps[${s.index}].target.label`, message: t('draftsLabelFromPage', s.label) })),
    ]);
    setStatus(t('draftsExported', name));
  };

  return (
    <main>
      <h1>{t('draftsTitle')}</h1>
      <p>{t('draftsIntro')}</p>
      <p role="status" aria-live="polite" data-testid="drafts-status">{status}</p>

      <section aria-labelledby="drafts-list">
        <h2 id="drafts-list">{t('draftsTitle')}</h2>
        {drafts.length === 0 && <p>{t('draftsNone')}</p>}
        <ul data-testid="drafts-list">
          {drafts.map((d) => (
            <li key={d.id}>
              <span>{d.title.vi || d.procedureCode || d.id} · {t('authorDraftLine', d.procedureCode || t('authorNoCode'), d.steps.length)}</span>
              {current?.id === d.id ? <strong> ({t('draftsCurrent')})</strong> : <button type="button" onClick={() => void choose(d)}>{t('draftsMakeCurrent')}</button>}
              <button type="button" onClick={async () => {
                await removeDraft(d.id);
                setStatus(t('draftsDeleted'));
                await reload();
              }}>{t('draftsDelete')}</button>
            </li>
          ))}
        </ul>
        <button type="button" data-testid="drafts-new" onClick={() => void create(newDraft(newDraftId(Date.now()), Date.now()))}>{t('draftsNew')}</button>
        <p>
          <label>
            {t('draftsFromPack')}{' '}
            <select value={fromPack} onChange={(e) => setFromPack((e.target as HTMLSelectElement).value)} data-testid="drafts-from-pack">
              <option value="">—</option>
              {packs.map((p) => <option key={p.procedureCode} value={p.procedureCode}>{p.procedureCode} · {p.title.vi}</option>)}
            </select>
          </label>{' '}
          <button type="button" disabled={!fromPack} onClick={async () => {
            const text = await sendMessage('guides/export', fromPack);
            const r = text ? parsePackText(text) : null;
            if (r?.ok) await create(draftFromPack(r.pack, newDraftId(Date.now()), Date.now()));
          }}>{t('draftsFromPackButton')}</button>
        </p>
      </section>

      {current && (
        <section aria-labelledby="draft-meta" data-testid="draft-editor">
          <h2 id="draft-meta">{current.title.vi || current.procedureCode || t('authorNoCode')}</h2>
          <p><label>{t('draftsCode')}<br /><input value={current.procedureCode} data-testid="draft-code" onInput={(e) => meta({ procedureCode: (e.target as HTMLInputElement).value })} /></label></p>
          <p><label>{t('draftsTitleVi')}<br /><input size={60} value={current.title.vi} data-testid="draft-title-vi" onInput={(e) => meta({ title: { ...current.title, vi: (e.target as HTMLInputElement).value } })} /></label></p>
          <p><label>{t('draftsTitleEn')}<br /><input size={60} value={current.title.en} data-testid="draft-title-en" onInput={(e) => meta({ title: { ...current.title, en: (e.target as HTMLInputElement).value } })} /></label></p>

          <h3>{t('draftsPapers')}</h3>
          <ol data-testid="draft-papers">
            {current.papers.map((p, i) => (
              <li key={p.id}>
                <label>{t('draftsPaperName')} <input size={40} value={p.name.vi} onInput={(e) => setPaper(i, { name: { ...p.name, vi: (e.target as HTMLInputElement).value } })} /></label>{' '}
                <label>{t('draftsPaperNameEn')} <input size={30} value={p.name.en ?? ''} onInput={(e) => {
                  const en = (e.target as HTMLInputElement).value;
                  setPaper(i, { name: en ? { ...p.name, en } : { vi: p.name.vi } });
                }} /></label>{' '}
                <label>{t('draftsPaperForm')} <select value={p.form} onChange={(e) => setPaper(i, { form: (e.target as HTMLSelectElement).value as Paper['form'] })}>
                  {FORMS.map((f) => <option key={f} value={f}>{t(FORM_LABEL[f])}</option>)}
                </select></label>{' '}
                <label>{t('draftsPaperCount')} <input type="number" min={0} max={20} value={p.count} onInput={(e) => setPaper(i, { count: Number((e.target as HTMLInputElement).value) })} /></label>{' '}
                <button type="button" onClick={() => meta({ papers: current.papers.filter((_, j) => j !== i) })}>{t('draftsRemovePaper', i + 1)}</button>
              </li>
            ))}
          </ol>
          <button type="button" data-testid="draft-add-paper" onClick={() => {
            const used = new Set(current.papers.map((p) => p.id));
            let n = current.papers.length + 1;
            while (used.has(`giay-to-${n}`)) n++;
            meta({ papers: [...current.papers, { id: `giay-to-${n}`, name: { vi: '' }, form: 'copy', count: 1 }] });
          }}>{t('draftsAddPaper')}</button>

          <h3>{t('draftsSources')}</h3>
          <ol data-testid="draft-sources">
            {current.sources.map((s, i) => (
              <li key={i}>
                <label>{t('draftsSourceKind')} <select value={s.kind} onChange={(e) => setSource(i, { kind: (e.target as HTMLSelectElement).value as DraftSource['kind'] })}>
                  {KINDS.map((k) => <option key={k} value={k}>{t(`sourceKind_${k.replace(/-/g, '_')}` as MessageKey)}</option>)}
                </select></label>{' '}
                <label>{t('draftsSourceTitle')} <input size={50} value={s.title} onInput={(e) => setSource(i, { title: (e.target as HTMLInputElement).value })} /></label>{' '}
                <label>{t('draftsSourceUrl')} <input size={40} value={s.url ?? ''} onInput={(e) => {
                  const url = (e.target as HTMLInputElement).value.trim();
                  setSource(i, { url: url || undefined });
                }} /></label>{' '}
                <button type="button" onClick={() => meta({ sources: current.sources.filter((_, j) => j !== i) })}>{t('draftsRemoveSource', i + 1)}</button>
              </li>
            ))}
          </ol>
          <button type="button" data-testid="draft-add-source" onClick={() => meta({ sources: [...current.sources, { kind: 'legal', title: '' }] })}>{t('draftsAddSource')}</button>

          <h3>{t('authorSteps')}</h3>
          <p>{t('draftsStepsSummary', current.steps.length, [...new Set(current.steps.map((s) => s.portal).filter(Boolean))].join(', ') || '—')}</p>
          <ol data-testid="draft-steps">
            {current.steps.map((s) => <li key={s.id}>{s.text.vi}</li>)}
          </ol>

          <p><button type="button" data-testid="draft-export" onClick={exportPack}>{t('draftsExport')}</button></p>
          {problems && <ProblemList heading={t('draftsProblems')} problems={problems} testId="draft-problems" />}
          {!problems && warnings.length > 0 && <ProblemList heading={t('draftsWarnings')} problems={warnings} testId="draft-warnings" />}
        </section>
      )}
    </main>
  );
}

render(<Drafts />, document.getElementById('app')!);
