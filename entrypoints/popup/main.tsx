import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PortalList } from '../../components/PortalList';
import { pageLanguage, t } from '../../lib/i18n/t';
import { DEFAULT_SETTINGS, sendMessage, settingsFrom, type AddPortalResult, type RecognisedPage, type Settings } from '../../lib/messaging/protocol';
import { describePage } from '../../lib/page/describe';
import { matchPattern, parseProvincialHost } from '../../lib/portals/hosts';

const ADD_MESSAGE: Record<Exclude<AddPortalResult, { ok: true }>['reason'], Parameters<typeof t>[0]> = {
  invalid: 'popupAddInvalid',
  'already-supported': 'popupAddAlready',
  'not-granted': 'popupAddDenied',
};

/**
 * The tab the popup is about: the active one, or the one named in "?tab=" (the popup opened as a
 * page for another tab, e.g. from a test or a shortcut).
 */
async function currentTabId(): Promise<number | null> {
  const asked = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(asked) && asked > 0) return asked;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

function Popup() {
  const [authorStatus, setAuthorStatus] = useState('');
  const [current, setCurrent] = useState<RecognisedPage | null>(null);
  const [portals, setPortals] = useState<{ supported: string[]; added: string[] }>({ supported: [], added: [] });
  const [input, setInput] = useState('');
  const [status, setStatus] = useState('');
  const [mode, setMode] = useState<Settings['mode']>(DEFAULT_SETTINGS.mode);
  useEffect(() => {
    void sendMessage('settings/get', undefined).then((s) => setMode(settingsFrom(s).mode)).catch(() => undefined);
  }, []);
  const chooseMode = (next: Settings['mode']) => {
    setMode(next);
    // The background keeps it and tells the open portal tabs.
    void sendMessage('settings/set', { mode: next } satisfies Settings).catch(() => undefined);
  };

  const refresh = async () => setPortals(await sendMessage('portals/list', undefined));
  useEffect(() => {
    void (async () => {
      const id = await currentTabId();
      if (id !== null) setCurrent(await sendMessage('page/current', id));
      await refresh();
    })();
  }, []);

  const add = async (e: Event) => {
    e.preventDefault();
    const host = parseProvincialHost(input);
    if (!host) return setStatus(t('popupAddInvalid'));
    // The browser's own prompt; it must run inside this click.
    const granted = await browser.permissions.request({ origins: [matchPattern(host)] }).catch(() => false);
    if (!granted) return setStatus(t('popupAddDenied'));
    const result = await sendMessage('portals/add', host);
    setStatus(result.ok ? t('popupAddDone') : t(ADD_MESSAGE[result.reason]));
    if (result.ok) setInput('');
    await refresh();
  };

  const remove = async (host: string) => {
    await sendMessage('portals/remove', host);
    await refresh();
  };

  const d = current ? describePage(current.summary, current.host, t) : null;
  return (
    <main>
      <h1>{t('extName')}</h1>
      <section aria-labelledby="now">
        <h2 id="now">{t('panelRecognised')}</h2>
        {d ? (
          <p data-testid="popup-current">{d.oneLine}</p>
        ) : (
          <p data-testid="popup-current">{t('popupNoPage')}</p>
        )}
        {current && (
          <>
            <button type="button" data-testid="popup-author" onClick={async () => {
              const r = await sendMessage('authoring/start', current.tabId).catch(() => ({ ok: false }));
              setAuthorStatus(t(r.ok ? 'popupAuthorStarted' : 'popupAuthorNotPortal'));
            }}>{t('popupAuthorStart')}</button>
            <p role="status" aria-live="polite" data-testid="popup-author-status">{authorStatus}</p>
          </>
        )}
      </section>
      <fieldset class="modes">
        <legend>{t('popupMode')}</legend>
        <label>
          <input type="radio" name="mode" value="staff" checked={mode === 'staff'} onChange={() => chooseMode('staff')} /> {t('popupModeStaff')}
        </label>
        <label>
          <input type="radio" name="mode" value="citizen" checked={mode === 'citizen'} onChange={() => chooseMode('citizen')} /> {t('popupModeCitizen')}
        </label>
      </fieldset>
      <form onSubmit={add} aria-labelledby="add">
        <h2 id="add">{t('popupAddPortal')}</h2>
        <label for="host">{t('popupAddHint')}</label>
        <input id="host" value={input} onInput={(e) => setInput((e.target as HTMLInputElement).value)} autocomplete="off" spellcheck={false} />
        <button type="submit">{t('popupAddButton')}</button>
        <p role="status" aria-live="polite">{status}</p>
      </form>
      <PortalList supported={portals.supported} added={portals.added} labels={{ supported: t('popupPortals'), added: t('popupAddedPortals'), remove: t('popupRemove') }} onRemove={remove} />
      <p>
        <a href={browser.runtime.getURL('/lookup.html')} target="_blank" rel="noopener" data-testid="popup-lookup">
          {t('popupLookup')}
        </a>
      </p>
      <p>
        <a href={browser.runtime.getURL('/drafts.html')} target="_blank" rel="noopener" data-testid="popup-drafts">
          {t('popupAuthorDrafts')}
        </a>
      </p>
      <p>
        <a href={browser.runtime.getURL('/dashboard.html')} target="_blank" rel="noopener">
          {t('popupOpenDashboard')}
        </a>
      </p>
      <p>
        <a href={browser.runtime.getURL('/findings.html')} target="_blank" rel="noopener">
          {t('dashboardFindings')}
        </a>
      </p>
      <p>
        <a href={browser.runtime.getURL('/timings.html')} target="_blank" rel="noopener">
          {t('dashboardTimings')}
        </a>
      </p>
    </main>
  );
}

pageLanguage();
render(<Popup />, document.getElementById('app')!);
