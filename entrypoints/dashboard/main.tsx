import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n/t';
import { sendMessage, type RecognisedPage } from '../../lib/messaging/protocol';
import { describePage } from '../../lib/page/describe';

function Dashboard() {
  const [rows, setRows] = useState<RecognisedPage[] | null>(null);
  useEffect(() => {
    void sendMessage('page/history', undefined).then(setRows);
  }, []);
  const locale = browser.i18n.getUILanguage();
  return (
    <main>
      <h1>{t('dashboardTitle')}</h1>
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
                  <td>{new Date(r.at).toLocaleString(locale)}</td>
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

document.documentElement.lang = browser.i18n.getUILanguage().startsWith('vi') ? 'vi' : 'en';
render(<Dashboard />, document.getElementById('app')!);
