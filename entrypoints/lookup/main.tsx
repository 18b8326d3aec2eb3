import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { LookupResults } from '../../components/LookupResults';
import { ProblemList } from '../../components/ProblemList';
import { buildIndex, parseAddress, type AdminIndex, type NewUnit } from '../../lib/admin-units/lookup';
import { UnitsFileSchema } from '../../lib/admin-units/units.schema';
import { centreFor, parseCentres, type CentresResult } from '../../lib/admin-units/centres';
import { CentresFileSchema, type CentresFile } from '../../lib/admin-units/centres.schema';
import { pageLanguage, t } from '../../lib/i18n/t';
import { PROVINCE_PORTAL } from '../../lib/portals/hosts';

pageLanguage();
document.title = t('lookupTitle');

/** The dataset is about 1.2 MB: loaded here on demand, never by the content script. */
async function loadIndex(): Promise<AdminIndex> {
  const res = await fetch(browser.runtime.getURL('/admin-units/units.json'));
  return buildIndex(UnitsFileSchema.parse(await res.json()));
}

function portalsFor(unit: NewUnit): string[] {
  const host = PROVINCE_PORTAL[unit.province];
  return [...(host ? [host] : []), t('lookupNational')];
}

const CENTRES_KEY = 'serviceCentres';
const MAX_CENTRES_BYTES = 2 * 1024 * 1024;

async function loadCentres(): Promise<CentresFile[]> {
  const stored = (await browser.storage.local.get(CENTRES_KEY))[CENTRES_KEY];
  if (!stored || typeof stored !== 'object') return [];
  // Re-checked on load: a stored file that no longer fits the schema is ignored, not trusted.
  return Object.values(stored as Record<string, unknown>).flatMap((f) => {
    const r = CentresFileSchema.safeParse(f);
    return r.success ? [r.data] : [];
  });
}

function CentresImport({ onLoaded }: { onLoaded(): void }) {
  const [result, setResult] = useState<CentresResult | null>(null);
  const onFile = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const r: CentresResult = file.size > MAX_CENTRES_BYTES ? { ok: false, problems: [{ path: '(tệp)', message: 'quá lớn (tối đa 2 MB)' }] } : parseCentres(await file.text());
    if (r.ok) {
      const stored = ((await browser.storage.local.get(CENTRES_KEY))[CENTRES_KEY] ?? {}) as Record<string, unknown>;
      await browser.storage.local.set({ [CENTRES_KEY]: { ...stored, [r.file.province]: r.file } });
      onLoaded();
    }
    setResult(r);
  };
  return (
    <section class="no-print">
      <label for="centres-file">{t('lookupCentresImport')}</label>
      <input id="centres-file" type="file" accept=".json,application/json" onChange={onFile} />
      <div role="status" aria-live="polite" data-testid="centres-result">
        {result?.ok && <p>{t('lookupCentresOk', result.file.centres.length, result.file.province)}</p>}
        {result && !result.ok && <ProblemList heading={t('lookupCentresBad')} problems={result.problems} />}
      </div>
    </section>
  );
}

function Lookup() {
  const [centres, setCentres] = useState<CentresFile[]>([]);
  const reloadCentres = () => void loadCentres().then(setCentres);
  useEffect(reloadCentres, []);
  const centreLines = (unit: NewUnit): string[] | null => {
    const c = centreFor(centres, unit.province, unit.name);
    const file = centres.find((f) => f.province === unit.province);
    if (!c || !file) return null;
    return [t('lookupCentre', [c.address, c.phone, c.hours].filter(Boolean).join(' · ')), t('lookupCentreSource', file.source, file.date)];
  };
  const [index, setIndex] = useState<AdminIndex | null>(null);
  const [failed, setFailed] = useState(false);
  const [mode, setMode] = useState<'old' | 'new'>('old');
  const [query, setQuery] = useState(new URLSearchParams(location.search).get('q') ?? '');
  const [printing, setPrinting] = useState<number | null>(null);
  useEffect(() => {
    loadIndex().then(setIndex, () => setFailed(true));
  }, []);
  const results = useMemo(() => {
    if (!index || !query.trim()) return { old: [], new: [] };
    if (mode === 'old') return { old: index.lookupOld(parseAddress(query)), new: [] };
    const [commune = '', province] = query.split(',').map((s) => s.trim());
    return { old: [], new: index.lookupNew({ commune, province }) };
  }, [index, query, mode]);
  const count = mode === 'old' ? results.old.length : results.new.length;
  const onPrint = (i: number) => {
    setPrinting(i);
    setTimeout(() => {
      print();
      setPrinting(null);
    }, 50);
  };
  return (
    <main>
      <h1>{t('lookupTitle')}</h1>
      <p class="no-print">{t('lookupIntro')}</p>
      <fieldset class="no-print">
        <label>
          <input type="radio" name="mode" checked={mode === 'old'} onChange={() => setMode('old')} /> {t('lookupModeOld')}
        </label>
        <label>
          <input type="radio" name="mode" checked={mode === 'new'} onChange={() => setMode('new')} /> {t('lookupModeNew')}
        </label>
      </fieldset>
      <div class="no-print">
        <label for="q">{mode === 'old' ? t('lookupOldLabel') : t('lookupNewLabel')}</label>
        <input id="q" type="search" autoFocus autocomplete="off" spellcheck={false} value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} aria-describedby="q-hint" />
        <p id="q-hint" class="hint">
          {mode === 'old' ? t('lookupOldHint') : t('lookupNewHint')}
        </p>
      </div>
      <p role="status" aria-live="polite" class="no-print" data-testid="lookup-status">
        {failed ? t('lookupLoadError') : !index ? t('lookupLoading') : query.trim() ? (count ? t('lookupCount', count) : t('lookupNone')) : ''}
      </p>
      <LookupResults mode={mode} oldResults={results.old} newResults={results.new} printing={printing} t={t} portalsFor={portalsFor} centreFor={centreLines} onPrint={onPrint} />
      <CentresImport onLoaded={reloadCentres} />
      <p class="source">{t('lookupSource')}</p>
    </main>
  );
}

render(<Lookup />, document.getElementById('app')!);
