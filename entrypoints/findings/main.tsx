import { render } from 'preact';
import { downloadText } from '../../lib/export/download';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { bundledCatalogue } from '../../lib/once-only/catalogue';
import { REPORT_HEADERS, reportRows, reportToCsv, reportToJson, type Lang, type SeenFinding } from '../../lib/once-only/report';
import { pageLanguage, t } from '../../lib/i18n/t';
import { sendMessage } from '../../lib/messaging/protocol';
import { normalize } from '../../lib/text/normalize';

const lang: Lang = pageLanguage().startsWith('vi') ? 'vi' : 'en';
document.title = t('findingsTitle');
const catalogue = bundledCatalogue();


function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function FindingsReport() {
  const [findings, setFindings] = useState<SeenFinding[] | null>(null);
  const [query, setQuery] = useState('');
  const [verdict, setVerdict] = useState<'' | SeenFinding['verdict']>('');
  const [status, setStatus] = useState('');
  const load = () => void sendMessage('onceOnly/findings', undefined).then((f) => setFindings([...f].sort((a, b) => b.lastSeen - a.lastSeen)));
  useEffect(load, []);

  const shown = useMemo(() => {
    const q = normalize(query);
    return (findings ?? []).filter(
      (f) => (!verdict || f.verdict === verdict) && (!q || normalize(`${f.procedureCode ?? ''} ${f.procedureName ?? ''} ${f.wording ?? ''} ${f.host}`).includes(q)),
    );
  }, [findings, query, verdict]);
  const rows = reportRows(catalogue, shown, lang);
  const headers = REPORT_HEADERS[lang];

  return (
    <main>
      <h1>{t('findingsTitle')}</h1>
      <p class="print-header">{t('findingsPrinted', today(), shown.length)}</p>
      <p class="muted no-print">{t('findingsIntro')}</p>
      <div class="findings-tools">
        <label>
          {t('findingsSearch')}
          <input type="search" value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} data-testid="findings-search" />
        </label>
        <label>
          {t('findingsVerdict')}
          <select value={verdict} onChange={(e) => setVerdict((e.target as HTMLSelectElement).value as typeof verdict)}>
            <option value="">{t('findingsAll')}</option>
            <option value="should-not-request">{t('onceOnlyShouldNot')}</option>
            <option value="conditional">{t('onceOnlyConditional')}</option>
          </select>
        </label>
        <button type="button" data-testid="export-csv" disabled={!shown.length} onClick={() => downloadText(`giay-to-da-co-trong-csdl-${today()}.csv`, reportToCsv(catalogue, shown, lang), 'text/csv;charset=utf-8')}>
          {t('findingsExportCsv')}
        </button>
        <button type="button" data-testid="export-json" disabled={!shown.length} onClick={() => downloadText(`giay-to-da-co-trong-csdl-${today()}.json`, reportToJson(catalogue, shown, lang), 'application/json')}>
          {t('findingsExportJson')}
        </button>
        <button type="button" data-testid="print" disabled={!shown.length} onClick={() => window.print()}>
          {t('findingsPrint')}
        </button>
        <button
          type="button"
          class="no-print"
          disabled={!findings?.length}
          onClick={async () => {
            if (!confirm(t('findingsClearConfirm'))) return;
            await sendMessage('onceOnly/clear', undefined);
            setStatus(t('findingsCleared'));
            load();
          }}
        >
          {t('findingsClear')}
        </button>
      </div>
      <p role="status" aria-live="polite" class="muted">
        {status}
      </p>
      {findings === null ? (
        <p>{t('findingsLoading')}</p>
      ) : shown.length === 0 ? (
        <p data-testid="findings-empty">{t(findings.length ? 'findingsNoMatch' : 'findingsEmpty')}</p>
      ) : (
        <table data-testid="findings-table">
          <caption class="muted">{t('findingsCount', shown.length)}</caption>
          <thead>
            <tr>
              {[0, 1, 3, 4, 5, 7, 8, 10].map((i) => (
                <th scope="col" key={i}>
                  {headers[i]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={shown[i]!.id}>
                <td>{r.portal}</td>
                <td>
                  {r.procedure_code}
                  {r.procedure_name && <div class="muted">{r.procedure_name}</div>}
                </td>
                <td class="wording">{r.component_text}</td>
                <td>{r.where}</td>
                <td class={`verdict-${shown[i]!.verdict}`}>{r.verdict}</td>
                <td>{r.database}</td>
                <td class="legal">{r.legal_basis}</td>
                <td>{r.last_seen}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}

render(<FindingsReport />, document.getElementById('app')!);
