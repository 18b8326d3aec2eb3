/**
 * Runs inside the Ministry of Justice's declaration frame (tokhaidientu.moj.gov.vn, an iframe of
 * the civil-status wizard), and only there: never in a top-level page of that host. It reports the
 * frame's fields (captions, kinds, boxes) to the wizard page's part through the background, so the
 * guide there can point at a field in here; brings a field into view when asked and says when it
 * is filled; offers the address hint beside an address typed in here; and puts once-only badges
 * beside a caption that asks for data already shared. No panel of its own.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import contentMessages from 'virtual:content-messages';
import { AddressHintBeside, ADDRESS_HINT_CSS } from '../components/AddressHintCard';
import { BADGE_CSS, placeBadge, type BadgePlacement } from '../lib/once-only/badge-place';
import { pageRequests, visibleBox } from '../lib/once-only/page-items';
import type { OnceOnlyView } from '../lib/once-only/views';
import { watchAddressFields, type AddressHint } from '../lib/admin-units/address-hints';
import { watchAdvance } from '../lib/guides/advance';
import { badgeButtons, type BadgeButtons } from '../lib/page/badge-buttons';
import { tableTranslator } from '../lib/i18n/format';
import { t as browserT } from '../lib/i18n/t';
import { sendMessage } from '../lib/messaging/protocol';
import { onTabMessage } from '../lib/messaging/tab-protocol';
import { frameReport, revealable } from '../lib/page/frame-fields';
import { ownLifetime } from '../lib/page/lifetime';
import { ignoreUntrustedEvents, ISOLATED_EVENTS } from '../lib/page/our-ui';
import { watchPage } from '../lib/page/watch-page';
import { freeTextAddressFields } from '../lib/portals/address-fields';
import { FRAME_HOSTS, matchPattern } from '../lib/portals/hosts';
import { mojEform } from '../lib/portals/moj-eform';
import type { PageReading } from '../lib/portals/types';

const UI_NAME = 'dvc-companion-frame';
const FILLED_STEP = { advance: 'field-filled' } as const;

export default defineContentScript({
  matches: FRAME_HOSTS.map(matchPattern),
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    // Only as the wizard's frame: a top-level visit to the e-form host is no page of ours.
    if (window === window.top || !mojEform.ownsHost(location.hostname)) return;
    const life = ownLifetime(ctx);
    const lang = browser.i18n.getUILanguage().startsWith('en') ? 'en' : 'vi';
    const t = tableTranslator(contentMessages[lang], browserT);
    let reading: PageReading | null = null;
    let queued = false;
    let watching: AbortController | null = null;

    // One report per frame of the browser's rendering at most: a scroll fires many events.
    const report = () => {
      if (queued || !reading) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        if (reading && life.check()) void sendMessage('eform/report', frameReport(reading, { width: innerWidth, height: innerHeight })).catch(() => undefined);
      });
    };

    const stop = onTabMessage('tab/eform-reveal', ({ data }) => {
      const el = reading && revealable(reading, data?.slug);
      if (!el) return;
      el.scrollIntoView({ block: 'center', inline: 'nearest' });
      report();
      // The guide's step waits for this field: say when it is filled (whether, never what).
      watching?.abort();
      watching = new AbortController();
      const slug = data.slug;
      watchAdvance(FILLED_STEP, el, window, watching.signal, (_s, trusted) => void sendMessage('eform/filled', { slug, trusted }).catch(() => undefined));
    });
    life.signal.addEventListener('abort', () => {
      stop();
      watching?.abort();
    });

    // Our UI in this frame: the address hint and once-only badges, in one closed shadow root.
    let ui: ShadowRootContentScriptUi<void> | null = null;
    let badgeUi: BadgeButtons | null = null;
    let hint: AddressHint | null = null;
    let onceOnly: OnceOnlyView[] = [];
    let anchors = new Map<string, Element>();
    let signature = '';
    let mounting: Promise<void> | null = null;
    const ensureUi = () => {
      // One UI even when a hint and the once-only answer ask for it at once.
      mounting ??= createShadowRootUi(life.uiContext, {
        name: UI_NAME,
        mode: 'closed',
        position: 'inline',
        anchor: 'body',
        css: ADDRESS_HINT_CSS + BADGE_CSS,
        isolateEvents: ISOLATED_EVENTS,
        onMount: () => {},
      }).then((created) => {
        ignoreUntrustedEvents(created.shadow, life.signal);
        created.mount();
        // The badges beside Preact's root, not in it: drawn by the same DOM code as on portal pages.
        const badgeBox = document.createElement('div');
        created.uiContainer.after(badgeBox);
        badgeUi = badgeButtons(badgeBox, () => void sendMessage('onceOnly/open-report', undefined).catch(() => undefined), life.signal);
        ui = created;
      });
      return mounting.then(paint);
    };
    const badges = (): BadgePlacement[] =>
      onceOnly.flatMap((v) => {
        const el = anchors.get(v.key);
        const box = el?.isConnected ? visibleBox(el, (n) => n.getBoundingClientRect()) : undefined;
        const at = box && placeBadge(box, { width: innerWidth, height: innerHeight });
        return at ? [{ key: v.key, verdict: v.verdict, ...at, label: t('onceOnlyBadge', v.text) }] : [];
      });
    /** The declaration's own captions asked about, as on the page: an outdated form may still ask for a shared paper's data. */
    const checkOnceOnly = (r: PageReading) => {
      const req = pageRequests(r);
      anchors = req.anchors;
      if (req.signature === signature) return;
      signature = req.signature;
      if (!req.items.length) {
        onceOnly = [];
        paint();
        return;
      }
      void sendMessage('onceOnly/check', { portal: mojEform.id, procedureCode: null, procedureName: r.procedureName, lang, items: req.items })
        .then((views) => {
          onceOnly = Array.isArray(views) ? views : [];
          if (onceOnly.length) void ensureUi();
          else paint();
        })
        .catch(() => {
          signature = '';
        });
    };
    const paint = () => {
      if (!ui) return;
      badgeUi?.draw(onceOnly.length > 0 ? badges() : [], t('onceOnlyBadgeText'));
      render(
        hint?.field.isConnected ? (
          <AddressHintBeside
            field={hint.field}
            suggestion={hint.suggestion}
            t={t}
            onOpen={() => void sendMessage('lookup/open', undefined).catch(() => undefined)}
            onClose={() => {
              if (hint) hints.dismiss(hint.field);
              hint = null;
              paint();
            }}
          />
        ) : null,
        ui.uiContainer,
      );
    };
    const hints = watchAddressFields(window, {
      signal: life.signal,
      // The free text of an address field here: the typed part of a composite address element.
      fields: () => (reading ? freeTextAddressFields(reading).flatMap((f) => Array.from(f.node.querySelectorAll('input[type=text]'))) : []),
      ask: (typed) => sendMessage('lookup/suggest', typed).catch(() => null),
      onHint: (h) => {
        hint = h;
        void ensureUi();
      },
    });
    life.listen(window, 'scroll', () => (hint || onceOnly.length) && paint(), { capture: true, passive: true });

    // Last: a reading uses everything above.
    watchPage(mojEform, window, {
      signal: life.signal,
      isOwnNode: (node) => node instanceof Element && node.tagName.toLowerCase() === UI_NAME,
      firstReadingDelayMs: 0,
      onReading: (r) => {
        reading = r;
        report();
        checkOnceOnly(r);
        if (onceOnly.length) paint();
      },
    });
    life.listen(window, 'scroll', report, { capture: true, passive: true });
    life.listen(window, 'resize', report, { passive: true });
  },
});
