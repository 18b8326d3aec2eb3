import { render } from 'preact';
import { PagePanel, PAGE_PANEL_CSS } from '../../components/PagePanel';
import { t } from '../../lib/i18n/t';
import { sendMessage } from '../../lib/messaging/protocol';
import { describePage } from '../../lib/page/describe';
import { watchPage } from '../../lib/page/watch-page';
import { SUPPORTED_HOSTS, matchPattern } from '../../lib/portals/hosts';
import { adapterFor } from '../../lib/portals/registry';
import { summarize, type PageSummary } from '../../lib/portals/types';

const UI_NAME = 'dvc-companion';

export default defineContentScript({
  // Provinces the user adds at run time are registered by the background with this same file.
  matches: SUPPORTED_HOSTS.map(matchPattern),
  runAt: 'document_idle',
  async main(ctx) {
    const adapter = adapterFor(location.hostname);
    if (!adapter) return;

    let summary: PageSummary | null = null;
    let expanded = false;
    let ui: Awaited<ReturnType<typeof createShadowRootUi<void>>> | null = null;
    let mounting: Promise<void> | null = null;
    const labels = {
      open: t('launcherOpen'),
      close: t('launcherClose'),
      launcher: t('launcherLabel'),
      title: t('panelTitle'),
      recognised: t('panelRecognised'),
    };

    const paint = () => {
      if (!ui || !summary) return;
      const onToggle = () => {
        expanded = !expanded;
        paint();
      };
      render(<PagePanel description={describePage(summary, location.hostname, t)} expanded={expanded} labels={labels} onToggle={onToggle} />, ui.uiContainer);
    };

    const show = async () => {
      mounting ??= createShadowRootUi(ctx, {
        name: UI_NAME,
        position: 'inline',
        anchor: 'body',
        css: PAGE_PANEL_CSS,
        // Keys typed in our panel must not reach the portal's own shortcuts.
        isolateEvents: true,
        onMount: () => {},
        onRemove: () => {
          if (ui) render(null, ui.uiContainer);
        },
      }).then((created) => {
        ui = created;
      });
      await mounting;
      if (ui && !ui.shadowHost.isConnected) ui.mount();
      paint();
    };

    const hide = () => {
      if (ui?.shadowHost.isConnected) ui.remove();
    };

    const watch = watchPage(adapter, window, {
      signal: ctx.signal,
      setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
      isOwnNode: (node) => node instanceof Element && node.tagName.toLowerCase() === UI_NAME,
      onReading: (reading) => {
        const next = summarize(reading);
        const recognised = next.kind !== 'other';
        summary = recognised ? next : null;
        sendMessage('page/recognised', summary).catch(() => {
          /* the background may be restarting; the next reading will report again */
        });
        if (recognised) void show();
        else hide();
      },
    });
    // pushState routes that change nothing in the DOM right away still get a fresh reading.
    ctx.addEventListener(window, 'wxt:locationchange', () => watch.refresh());
  },
});
