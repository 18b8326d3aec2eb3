import { render } from 'preact';
import { downloadText } from '../../lib/export/download';
import { browser } from 'wxt/browser';
import { useEffect, useState } from 'preact/hooks';
import { PackTable } from '../../components/PackTable';
import { searchPacks } from '../../lib/guides/pack-search';
import { ProblemList } from '../../components/ProblemList';
import type { GuideOutcome } from '../../lib/guides/engine';
import { localized } from '../../lib/guides/checklist';
import { MAX_PACK_BYTES } from '../../lib/guides/pack';
import { pageLanguage, t } from '../../lib/i18n/t';
import { sendMessage, type ImportResult, type PackListing, type RecognisedPage } from '../../lib/messaging/protocol';
import { describePage } from '../../lib/page/describe';
import { kindLabel } from '../../lib/page/one-line';
import { reviewInOpenTab, type TabReview } from '../../lib/authoring/review-in-tab';
import type { StepReview } from '../../lib/authoring/review';
import { parsePackText } from '../../lib/guides/pack';

const lang = pageLanguage();


function ImportBox({ onImported }: { onImported(): void }) {
  const [result, setResult] = useState<ImportResult | { ok: false; tooBig: true } | null>(null);
  /** The text of a file that would replace a bundled pack, kept until the person answers. */
  const [pending, setPending] = useState<string | null>(null);
  const send = async (text: string, replaceBundled: boolean) => {
    const r = await sendMessage('guides/import', { text, replaceBundled });
    setResult(r);
    setPending(!r.ok && 'confirm' in r ? text : null);
    if (r.ok) onImported();
  };
  const onFile = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_PACK_BYTES) return setResult({ ok: false, tooBig: true });
    await send(await file.text(), false);
  };
  return (
    <section aria-labelledby="import-heading">
      <h3 id="import-heading">
        <label for="pack-file">{t('dashboardImport')}</label>
      </h3>
      <input id="pack-file" type="file" accept=".json,application/json" onChange={onFile} />
      <div role="status" aria-live="polite" data-testid="import-result">
        {result?.ok && <p>{t(result.replaced ? 'dashboardImportReplaced' : 'dashboardImportOk', result.procedureCode)}</p>}
        {result && !result.ok && 'tooBig' in result && <p>{t('dashboardImportTooBig')}</p>}
        {result && !result.ok && 'problems' in result && <ProblemList heading={t('dashboardImportBad')} problems={result.problems} testId="import-problems" />}
        {result && !result.ok && 'confirm' in result && pending !== null && (
          <div data-testid="import-confirm">
            <p>{t('dashboardImportConfirm', result.procedureCode)}</p>
            <button type="button" data-testid="import-confirm-yes" onClick={() => void send(pending, true)}>{t('dashboardImportConfirmYes')}</button>{' '}
            <button type="button" data-testid="import-confirm-no" onClick={() => { setPending(null); setResult(null); }}>{t('dashboardImportConfirmNo')}</button>
          </div>
        )}
      </div>
    </section>
  );
}

const REVIEW_TEXT: Record<Exclude<StepReview['status'], 'found'>, Parameters<typeof t>[0]> = {
  hidden: 'dashboardReviewHidden',
  missing: 'dashboardReviewMissing',
  elsewhere: 'dashboardReviewElsewhere',
};

/** Which steps of a pack still find their element on the open portal page ("needs review" when not). */
function ReviewResult({ review }: { review: TabReview | 'no-tab' | null }) {
  if (!review) return null;
  if (review === 'no-tab') return <p role="status" data-testid="pack-review">{t('dashboardReviewNoTab')}</p>;
  const r = review.review;
  const missing = r.steps.filter((s) => s.status === 'missing').length;
  return (
    <section role="status" aria-live="polite" data-testid="pack-review">
      <h3>{t('dashboardReviewHeading', r.procedureCode, review.host, kindLabel(r.pageKind, t))}</h3>
      {r.pageCode && r.pageCode !== r.procedureCode && <p>{t('dashboardReviewOtherProcedure', r.pageCode)}</p>}
      <p data-testid="pack-review-summary">{t('dashboardReviewSummary', missing)}</p>
      <ul>
        {r.steps.map((s) => (
          <li key={s.stepId} data-step={s.stepId} data-status={s.status}>
            <code>{s.stepId}</code>: {s.status === 'found' ? t('dashboardReviewFound', t(`authorFound_${s.via}`)) : t(REVIEW_TEXT[s.status])}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Dashboard() {
  const [rows, setRows] = useState<RecognisedPage[] | null>(null);
  const [packs, setPacks] = useState<PackListing[]>([]);
  const [packQuery, setPackQuery] = useState('');
  const [outcomes, setOutcomes] = useState<GuideOutcome[]>([]);
  const [review, setReview] = useState<TabReview | 'no-tab' | null>(null);
  const loadPacks = () => void sendMessage('guides/list', undefined).then(setPacks);
  useEffect(() => {
    void sendMessage('page/history', undefined).then(setRows);
    void sendMessage('guides/outcomes', undefined).then(setOutcomes);
    loadPacks();
  }, []);
  const shownPacks = searchPacks(packs, packQuery);
  const counts = outcomes.reduce<Record<string, number>>((acc, o) => ({ ...acc, [o.outcome]: (acc[o.outcome] ?? 0) + 1 }), {});
  return (
    <main>
      <h1>{t('dashboardTitle')}</h1>

      <p>
        <a href={browser.runtime.getURL('/findings.html')} data-testid="findings-link">
          {t('dashboardFindings')}
        </a>
        {' · '}
        <a href={browser.runtime.getURL('/timings.html')} data-testid="timings-link">
          {t('dashboardTimings')}
        </a>
      </p>
      <h2>{t('dashboardPacks')}</h2>
      <p>{t('dashboardPacksIntro')}</p>
      <p>
        <label for="pack-search">{t('dashboardPackSearch')}</label>{' '}
        <input id="pack-search" type="search" value={packQuery} onInput={(e) => setPackQuery(e.currentTarget.value)} aria-describedby="pack-search-count" />{' '}
        <span id="pack-search-count" role="status" data-testid="pack-search-count">
          {t('dashboardPackSearchCount', shownPacks.length, packs.length)}
        </span>
      </p>
      <PackTable
        packs={shownPacks}
        titleOf={(p) => localized(p.title, lang)}
        labels={{
          code: t('dashboardColCode'),
          title: t('dashboardColTitle'),
          portals: t('dashboardColPortals'),
          origin: t('dashboardColOrigin'),
          steps: t('dashboardColSteps'),
          reviewed: t('dashboardColReviewed'),
          bundled: t('dashboardOriginBundled'),
          imported: t('dashboardOriginImported'),
          unverified: t('dashboardUnverified'),
          export: t('dashboardExport'),
          print: t('dashboardPrint'),
          remove: t('dashboardRemove'),
          anchors: t('dashboardAnchors'),
          step: t('dashboardColStep'),
          target: t('dashboardColTarget'),
          page: t('dashboardColPage'),
          noTarget: t('dashboardNoTarget'),
          review: t('dashboardReview'),
        }}
        onReview={async (code) => {
          const text = await sendMessage('guides/export', code);
          const r = text ? parsePackText(text) : null;
          if (!r?.ok) return;
          setReview((await reviewInOpenTab(r.pack).catch(() => null)) ?? 'no-tab');
        }}
        onExport={async (code) => {
          const text = await sendMessage('guides/export', code);
          if (text) downloadText(`${code}.json`, text, 'application/json');
        }}
        onPrint={(code) => void sendMessage('guides/open-checklist', code)}
        onRemove={async (code) => {
          await sendMessage('guides/remove', code);
          loadPacks();
        }}
      />
      <ReviewResult review={review} />
      <ImportBox onImported={loadPacks} />

      <h2>{t('dashboardOutcomes')}</h2>
      <ul data-testid="outcome-counts">
        {(['completed', 'exited', 'failed'] as const).map((k) => (
          <li key={k}>
            {t(`outcome_${k}`)}: {counts[k] ?? 0}
          </li>
        ))}
      </ul>

      <h2>{t('panelRecognised')}</h2>
      <p>{t('dashboardIntro')}</p>
      {rows && rows.length === 0 && <p data-testid="dashboard-empty">{t('dashboardEmpty')}</p>}
      {rows && rows.length > 0 && (
        <table data-testid="dashboard-history">
          <thead>
            <tr>
              <th scope="col">{t('dashboardColTime')}</th>
              <th scope="col">{t('dashboardColPortal')}</th>
              <th scope="col">{t('dashboardColProcedure')}</th>
              <th scope="col">{t('dashboardColKind')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const d = describePage(r.summary, r.host, t);
              return (
                <tr key={`${r.at}-${r.tabId}`}>
                  <td>{new Date(r.at).toLocaleString(lang)}</td>
                  <td>{d.portal}</td>
                  <td>{d.procedure}</td>
                  <td>{d.step ? `${d.kind} · ${d.step}` : d.kind}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </main>
  );
}

render(<Dashboard />, document.getElementById('app')!);
