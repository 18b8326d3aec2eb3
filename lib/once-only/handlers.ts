/** The once-only pillar's messages: check a page's labels, the findings report. */
import { browser } from 'wxt/browser';
import type { BackgroundServices, Handlers } from '../messaging/handlers';
import type { RecognisedPage } from '../page/recognised-page';
import { isPortalId } from '../portals/types';
import { isProcedureCode } from '../text/procedure-code';
import { bundledCatalogue } from './catalogue';
import { clearFindings, loadFindings, newFinding, recordFindings } from './findings-store';
import { createMatcher, type Matcher } from './matcher';
import { checkItems, type OnceOnlyItem } from './views';

let onceOnlyMatcher: Matcher | null = null;
/** Built on the first check, kept while the worker lives. */
export const matcher = (): Matcher => (onceOnlyMatcher ??= createMatcher(bundledCatalogue()));

export function onceOnlyHandlers(services: BackgroundServices): Handlers<'onceOnly/check' | 'onceOnly/findings' | 'onceOnly/clear' | 'onceOnly/open-report'> {
  return {
    'onceOnly/check': async (data, sender) => {
      const url = sender.tab?.url;
      const q = data as { items?: unknown; procedureCode?: unknown; procedureName?: unknown; portal?: unknown; lang?: unknown } | null;
      if (!url || !Array.isArray(q?.items)) return [];
      const host = new URL(url).hostname;
      const catalogue = bundledCatalogue();
      const at = Date.now();
      // The declaration frame knows no code: its wizard page's, as recognised for this tab.
      const framed = sender.frameId !== undefined && sender.frameId !== 0 && sender.tab?.id !== undefined;
      const recognised = framed ? ((await browser.storage.session.get(`tab:${sender.tab!.id}`))[`tab:${sender.tab!.id}`] as RecognisedPage | undefined) : undefined;
      const given = typeof q.procedureCode === 'string' && isProcedureCode(q.procedureCode) ? q.procedureCode : null;
      const code = given ?? recognised?.summary?.procedureCode ?? null;
      // The page's heading serves the live report text only (in memory); what is kept is the bundled name.
      const name = typeof q.procedureName === 'string' ? q.procedureName.slice(0, 400) : null;
      const portal = isPortalId(q.portal) ? q.portal : 'igate';
      const results = checkItems(catalogue, matcher(), { portal, lang: q.lang === 'en' ? 'en' : 'vi', items: q.items as OnceOnlyItem[], host, procedureCode: code, procedureName: name }, at);
      void recordFindings(
        results.map(({ finding, item }) => newFinding(catalogue, { portal, host, procedureCode: code, text: item.text, source: item.source, addedByPerson: item.addedByPerson === true, finding })),
        at,
      );
      return results.map((r) => r.view);
    },
    'onceOnly/findings': () => loadFindings(),
    'onceOnly/clear': () => clearFindings(),
    'onceOnly/open-report': (_data, sender) => services.openOurPage('/findings.html', sender),
  };
}
