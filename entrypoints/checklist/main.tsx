import { render } from 'preact';
import { PrintableChecklist } from '../../components/PrintableChecklist';
import { checklist, localized } from '../../lib/guides/checklist';
import { pageLanguage, t } from '../../lib/i18n/t';
import { sendMessage } from '../../lib/messaging/protocol';

const lang = pageLanguage();

/** Only a web page is ever a link (the schema already refuses other schemes; this page checks again). */
function safeLink(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}
const code = new URLSearchParams(location.search).get('code') ?? '';
const app = document.getElementById('app')!;

const pack = /^[1-3]\.\d{6}$/.test(code) ? await sendMessage('guides/pack', { procedureCode: code }).catch(() => null) : null;
if (!pack) {
  const p = document.createElement('p');
  p.textContent = t('checklistNotFound');
  app.append(p);
} else {
  document.title = `${t('checklistTitle')} — ${localized(pack.title, lang)}`;
  // Every paper, conditional ones marked with their condition: the printout serves any case.
  const questions = new Map((pack.questions ?? []).map((q) => [q.id, localized(q.text, lang)]));
  const entries = checklist(pack.papers, {}, t, lang).map((entry) => {
    const when = pack.papers.find((p) => p.id === entry.id)?.when;
    return { ...entry, onlyIf: when ? t('checklistOnlyIf', `${questions.get(when.question) ?? ''} ${when.is ? t('guideYes') : t('guideNo')}`) : null };
  });
  render(
    <PrintableChecklist
      heading={t('checklistTitle')}
      procedureLine={t('checklistFor', localized(pack.title, lang), pack.procedureCode)}
      items={entries}
      sourcesHeading={t('checklistSources')}
      sources={pack.sources.map((s) => {
        const url = safeLink(s.url);
        return { title: s.date ? `${s.title} (${s.date})` : s.title, url, host: url ? t('checklistSourceHost', new URL(url).hostname) : null };
      })}
      importedNote={pack.origin === 'bundled' ? null : t('checklistImported')}
      reviewed={t('checklistReviewed', pack.lastReviewed)}
      unverifiedNote={pack.verified ? null : t('checklistUnverified')}
      printLabel={t('checklistPrint')}
      onPrint={() => print()}
    />,
    app,
  );
}
