import { render } from 'preact';
import { downloadText } from '../../lib/export/download';
import { useEffect, useMemo, useState } from 'preact/hooks';
import uPlot from 'uplot';
import { browser } from 'wxt/browser';
import { TimingsChart } from '../../components/TimingsChart';
import { pageLanguage, t } from '../../lib/i18n/t';
import { localStamp } from '../../lib/export/csv';
import { IMPORT_TOO_BIG, MAX_IMPORT_BYTES, parseTimingsExport, recordsToCsv, recordsToJson } from '../../lib/timings/exchange';
import type { TimingRecord } from '../../lib/timings/record.schema';
import { DEFAULT_TIMINGS_SETTINGS, loadTimingsSettings, saveTimingsSettings, type TimingsSettings } from '../../lib/timings/settings';
import { applyFilter, dailySeries, groupStats, histogram, type Summary } from '../../lib/timings/stats';
import { TimingsStore, type StoreNote } from '../../lib/timings/store';

pageLanguage();
document.title = t('timingsTitle');
const DAY = 24 * 3600 * 1000;
/** Bars for the distribution chart, with uPlot's own path builder. */
const bars = uPlot.paths.bars!({ size: [0.9, 60] });


const isoDay = (ms: number) => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const dayStart = (s: string) => new Date(`${s}T00:00:00`).getTime();

function fmt(summary: Summary, unit: 'ms' | 'kbps'): string {
  if (summary.median === null) return '—';
  const one = (v: number) => (unit === 'ms' ? `${(v / 1000).toFixed(1)} s` : `${Math.round(v)} KB/s`);
  return `${one(summary.median)} / ${one(summary.p90!)}`;
}

function Timings() {
  const [store, setStore] = useState<TimingsStore | null>(null);
  const [records, setRecords] = useState<TimingRecord[] | null>(null);
  const [notes, setNotes] = useState<StoreNote[]>([]);
  const [from, setFrom] = useState(isoDay(Date.now() - 30 * DAY));
  const [to, setTo] = useState(isoDay(Date.now()));
  const [portal, setPortal] = useState('');
  const [code, setCode] = useState('');
  const [status, setStatus] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [settings, setSettings] = useState<TimingsSettings>(DEFAULT_TIMINGS_SETTINGS);

  const reload = async (s: TimingsStore | null = store) => {
    if (!s) return;
    setRecords(await s.range());
    setNotes(await s.notes());
  };
  useEffect(() => {
    void loadTimingsSettings().then(setSettings);
    TimingsStore.open()
      .then((s) => {
        setStore(s);
        return reload(s);
      })
      .catch(() => setProblems([t('timingsStoreUnavailable')]));
  }, []);

  const shown = useMemo(() => applyFilter(records ?? [], { from: dayStart(from), to: dayStart(to) + DAY - 1, portal: portal || undefined, code: code.trim() || undefined }), [records, from, to, portal, code]);
  const groups = useMemo(() => groupStats(shown), [shown]);
  const series = useMemo(() => dailySeries(shown), [shown]);
  const loads = useMemo(() => shown.flatMap((r) => (r.type === 'page' && r.nav === 'load' && r.loadMs !== null ? [r.loadMs / 1000] : [])), [shown]);
  const hist = useMemo(() => histogram(loads, 12), [loads]);
  const codes = useMemo(() => [...new Set((records ?? []).map((r) => r.code).filter((c): c is string => !!c))].sort(), [records]);

  const onImport = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file || !store) return;
    setProblems([]);
    // A file far too big is refused before it is read into memory.
    const checked = file.size > MAX_IMPORT_BYTES ? IMPORT_TOO_BIG : parseTimingsExport(await file.text());
    if (!checked.ok) {
      setStatus('');
      setProblems(checked.problems);
      return;
    }
    const result = await store.add(checked.records);
    if (result.failed) setProblems([t('timingsImportFailed')]);
    else setStatus(t('timingsImported', result.written, checked.records.length - result.written));
    await reload();
  };

  return (
    <main>
      <h1>{t('timingsTitle')}</h1>
      <p class="muted">{t('timingsIntro')}</p>
      {notes.length > 0 && (
        <div class="tm-notes" role="note" data-testid="timings-notes">
          {notes.slice(-3).map((n) => (
            <p key={`${n.at}-${n.kind}`}>{t(n.kind === 'retention' ? 'timingsNoteRetention' : n.kind === 'quota' ? 'timingsNoteQuota' : 'timingsNoteCap', n.count, localStamp(n.at))}</p>
          ))}
        </div>
      )}
      <div class="tm-tools">
        <label>
          {t('timingsFrom')}
          <input type="date" value={from} onInput={(e) => setFrom((e.target as HTMLInputElement).value)} />
        </label>
        <label>
          {t('timingsTo')}
          <input type="date" value={to} onInput={(e) => setTo((e.target as HTMLInputElement).value)} />
        </label>
        <label>
          {t('timingsPortal')}
          <select value={portal} onChange={(e) => setPortal((e.target as HTMLSelectElement).value)}>
            <option value="">{t('findingsAll')}</option>
            <option value="dvcqg-2026">{t('portal_dvcqg_2026')}</option>
            <option value="dvcqg">{t('portal_dvcqg')}</option>
            <option value="lienthong">{t('portal_lienthong')}</option>
            <option value="moj">{t('portal_moj')}</option>
            <option value="igate">{t('timingsPortalIgate')}</option>
          </select>
        </label>
        <label>
          {t('timingsProcedure')}
          <input list="tm-codes" value={code} placeholder="1.001193" onInput={(e) => setCode((e.target as HTMLInputElement).value)} data-testid="timings-code" />
          <datalist id="tm-codes">
            {codes.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
        </label>
        <button type="button" data-testid="timings-export-csv" disabled={!shown.length} onClick={() => downloadText(`thoi-gian-nop-ho-so-${isoDay(Date.now())}.csv`, recordsToCsv(shown), 'text/csv;charset=utf-8')}>
          {t('findingsExportCsv')}
        </button>
        <button type="button" data-testid="timings-export-json" disabled={!shown.length} onClick={() => downloadText(`thoi-gian-nop-ho-so-${isoDay(Date.now())}.json`, recordsToJson(shown, Date.now()), 'application/json')}>
          {t('findingsExportJson')}
        </button>
        <label>
          {t('timingsImport')}
          <input type="file" accept=".json,application/json" onChange={onImport} data-testid="timings-import" />
        </label>
        <button type="button" onClick={() => window.print()}>
          {t('findingsPrint')}
        </button>
      </div>
      <div role="status" aria-live="polite" data-testid="timings-status">
        {status && <p>{status}</p>}
        {problems.length > 0 && (
          <div class="tm-problems" data-testid="timings-problems">
            <p>{t('timingsImportBad')}</p>
            <ul>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        )}
      </div>

      {records === null ? (
        <p>{t('findingsLoading')}</p>
      ) : shown.length === 0 ? (
        <p data-testid="timings-empty">{t(records.length ? 'findingsNoMatch' : 'timingsEmpty')}</p>
      ) : (
        <>
          <table class="tm-table" data-testid="timings-table">
            <caption class="muted">{t('timingsCaption', shown.length)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('timingsColPortal')}</th>
                <th scope="col">{t('dashboardColCode')}</th>
                <th scope="col" class="num">{t('timingsColPages')}</th>
                <th scope="col" class="num">{t('timingsColLoad')}</th>
                <th scope="col" class="num">{t('timingsColFormReady')}</th>
                <th scope="col" class="num">{t('timingsColUploads')}</th>
                <th scope="col" class="num">{t('timingsColThroughput')}</th>
                <th scope="col" class="num">{t('timingsColSubmit')}</th>
                <th scope="col" class="num">{t('timingsColHangs')}</th>
                <th scope="col" class="num">{t('timingsColErrors')}</th>
                <th scope="col" class="num">{t('timingsColPaymentFailures')}</th>
              </tr>
            </thead>
            <tbody>
              {groups.map((g) => (
                <tr key={`${g.host}|${g.code}`}>
                  <td>{g.host}</td>
                  <td>{g.code ?? '—'}</td>
                  <td class="num">{g.pages}</td>
                  <td class="num">{fmt(g.pageLoad, 'ms')}</td>
                  <td class="num">{fmt(g.formReady, 'ms')}</td>
                  <td class="num">{g.uploads}</td>
                  <td class="num">{fmt(g.uploadKBps, 'kbps')}</td>
                  <td class="num">
                    {fmt(g.submitLatency, 'ms')}
                    {g.submits > 0 && <span class="muted"> ({g.submits})</span>}
                  </td>
                  <td class="num">{g.hangs}</td>
                  <td class="num">{g.errors}</td>
                  <td class="num" data-testid="payment-failures">{g.paymentFailures}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p class="muted">{t('timingsMedianP90')}</p>
          <div class="tm-charts">
            <figure class="tm-chart">
              <figcaption id="tm-series">{t('timingsSeries')}</figcaption>
              <TimingsChart
                label={t('timingsSeries')}
                options={{
                  // One day of data would otherwise stretch the axis over years: show a day either side.
                  scales: { x: series.length === 1 ? { time: true, auto: false, range: [series[0]!.day / 1000 - 86_400, series[0]!.day / 1000 + 86_400] } : { time: true } },
                  series: [{}, { label: t('timingsSeriesLoad'), stroke: '#a50e22', width: 2 }, { label: t('timingsSeriesUpload'), stroke: '#1a5fb4', width: 2, scale: 'kbps' }],
                  axes: [{}, { label: 's' }, { side: 1, scale: 'kbps', label: 'KB/s', grid: { show: false } }],
                }}
                data={[series.map((p) => p.day / 1000), series.map((p) => (p.pageLoadMedian === null ? null : p.pageLoadMedian / 1000)), series.map((p) => p.uploadKBpsMedian)]}
              />
            </figure>
            <figure class="tm-chart">
              <figcaption>{t('timingsDistribution')}</figcaption>
              <TimingsChart
                label={t('timingsDistribution')}
                options={{
                  scales: { x: { time: false } },
                  series: [{ label: 's' }, { label: t('timingsDistributionCount'), stroke: '#a50e22', fill: 'rgba(165,14,34,.25)', paths: bars }],
                  axes: [{ label: t('timingsSeriesLoad') }, { label: t('timingsDistributionCount') }],
                }}
                data={[hist.edges.map((e) => e), hist.counts]}
              />
            </figure>
          </div>
        </>
      )}

      <fieldset class="tm-settings">
        <legend>{t('timingsSettings')}</legend>
        <label>
          {t('timingsRetention')}
          <input type="number" min={1} max={3650} value={settings.retentionDays} onChange={(e) => void saveTimingsSettings({ ...settings, retentionDays: Number((e.target as HTMLInputElement).value) }).then(setSettings)} />
        </label>
        <label>
          {t('timingsHangSeconds')}
          <input type="number" min={1} max={600} value={settings.hangSeconds} onChange={(e) => void saveTimingsSettings({ ...settings, hangSeconds: Number((e.target as HTMLInputElement).value) }).then(setSettings)} />
        </label>
        <button
          type="button"
          class="no-print"
          disabled={!records?.length}
          onClick={async () => {
            if (!store || !confirm(t('timingsClearConfirm'))) return;
            await store.clear();
            setStatus(t('findingsCleared'));
            await reload();
          }}
        >
          {t('findingsClear')}
        </button>
      </fieldset>
      <p class="muted">
        <a href={browser.runtime.getURL('/dashboard.html')}>{t('dashboardTitle')}</a>
      </p>
    </main>
  );
}

render(<Timings />, document.getElementById('app')!);
