import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { channel } from '../../../lib/features/channel';
import { defineFeature } from '../../../lib/features/define-feature';
import { overlayHost, OVERLAY_TAG } from '../../../lib/features/overlay-host';
import { startPageHub, type PageHub } from '../../../lib/features/page-hub';
import { runFeatures } from '../../../lib/features/run-features';
import { anyPortalPage, isFilingPage, isRecognised } from '../../../lib/portals/page-predicates';
import { emptyReading, type PageKind, type PortalAdapter } from '../../../lib/portals/types';

// The hub asks the browser for its UI language (fake-browser leaves it to the test).
(fakeBrowser.i18n as { getUILanguage(): string }).getUILanguage = () => 'vi';

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

/** An adapter whose page kind the test sets (the DOM it reads is the body's data-kind). */
const adapter: PortalAdapter = {
  id: 'igate',
  ownsHost: () => true,
  read: () => ({ ...emptyReading('igate'), kind: (document.body.dataset.kind as PageKind | undefined) ?? 'other' }),
} as unknown as PortalAdapter;

function fakeContext() {
  const target = new EventTarget();
  return {
    ctx: { options: {}, onInvalidated: (cb: () => void) => target.addEventListener('abort', cb) } as unknown as ContentScriptContext,
  };
}

async function hubOn(kind: PageKind): Promise<PageHub> {
  document.body.dataset.kind = kind;
  const hub = startPageHub(adapter, fakeContext().ctx);
  await tick(5);
  return hub;
}

/** The next reading: the page changes, the watch reads after its throttle. */
async function becomes(kind: PageKind) {
  document.body.dataset.kind = kind;
  document.body.append(document.createElement('p'));
  await tick(400);
}

afterEach(() => {
  document.body.innerHTML = '';
  delete document.body.dataset.kind;
});

describe('features that register themselves (lib/features)', () => {
  it('a feature starts on the pages its predicate names and its signal ends when the page no longer is one', async () => {
    const hub = await hubOn('procedure-detail');
    const log: string[] = [];
    const filing = defineFeature({
      id: 'filing-only',
      runsOn: isFilingPage,
      init(signal, page) {
        log.push(`start ${page.summary?.kind}`);
        page.onReading((r) => log.push(`reading ${r.kind}`), signal);
        signal.addEventListener('abort', () => log.push('stop'));
      },
    });
    const run = runFeatures([filing], hub);
    expect(run.running()).toEqual([]);
    await becomes('filing-form');
    expect(run.running()).toEqual(['filing-only']);
    await becomes('upload');
    await becomes('receipt');
    await becomes('procedure-detail');
    expect(run.running()).toEqual([]);
    // Each reading heard once: a feature started in a reading is not told that reading twice.
    expect(log).toEqual(['start filing-form', 'reading filing-form', 'reading upload', 'reading receipt', 'stop']);
  });

  it('a feature started outside a reading (the companion) hears the latest reading at once', async () => {
    const hub = await hubOn('filing-form');
    const heard: string[] = [];
    runFeatures([defineFeature({ id: 'late', runsOn: anyPortalPage, init: (signal, page) => page.onReading((r) => heard.push(r.kind), signal) })], hub);
    expect(heard).toEqual(['filing-form']);
    await becomes('upload');
    expect(heard).toEqual(['filing-form', 'upload']);
  });

  it('a feature that throws, at start or later, stops only itself', async () => {
    const hub = await hubOn('filing-form');
    const heard: string[] = [];
    const run = runFeatures(
      [
        defineFeature({ id: 'throws-at-start', runsOn: anyPortalPage, init: () => { throw new Error('boom'); } }),
        defineFeature({ id: 'rejects', runsOn: anyPortalPage, init: async () => { throw new Error('later'); } }),
        defineFeature({ id: 'throws-on-reading', runsOn: anyPortalPage, init: (signal, page) => page.onReading((r) => { if (r.kind === 'upload') throw new Error('in listener'); }, signal) }),
        defineFeature({ id: 'fine', runsOn: isRecognised, init: (signal, page) => page.onReading((r) => heard.push(r.kind), signal) }),
      ],
      hub,
    );
    await tick();
    expect([...run.failed().keys()].sort()).toEqual(['rejects', 'throws-at-start']);
    expect(run.running().sort()).toEqual(['fine', 'throws-on-reading']);
    await becomes('upload');
    expect(heard).toEqual(['filing-form', 'upload']);
  });

  it('the hub says when a reading is on a new route, and keeps no summary for a page it does not recognise', async () => {
    const hub = await hubOn('filing-form');
    expect(hub.summary?.kind).toBe('filing-form');
    expect(hub.routeChanged).toBe(false);
    await becomes('other');
    expect(hub.summary).toBeNull();
    expect(hub.routeChanged).toBe(true);
  });
});

describe('the overlay host', () => {
  it('is on the page only while a slot shows something; its root is closed; paints are coalesced', async () => {
    const controller = new AbortController();
    const host = overlayHost(document, controller.signal);
    let paints = 0;
    let show = false;
    const slot = host.slot('a', '.x{}', () => {
      paints++;
      slot.container.textContent = show ? 'shown' : '';
    });
    slot.paint();
    await tick();
    expect(document.querySelector(OVERLAY_TAG)).toBeNull();
    show = true;
    slot.paint();
    slot.paint();
    slot.paint();
    await tick();
    expect(paints).toBe(2);
    const el = document.querySelector(OVERLAY_TAG)!;
    expect(el).not.toBeNull();
    expect(el.shadowRoot).toBeNull();
    expect(host.isOwn(el)).toBe(true);
    show = false;
    slot.paint();
    await tick();
    expect(document.querySelector(OVERLAY_TAG)).toBeNull();
    show = true;
    slot.paint();
    await tick();
    slot.release();
    expect(document.querySelector(OVERLAY_TAG)).toBeNull();
    controller.abort();
  });

  it('a click a script makes on our control never reaches it; the event does not leave our root', async () => {
    const controller = new AbortController();
    const host = overlayHost(document, controller.signal);
    let clicks = 0;
    let pageHeard = 0;
    document.addEventListener('keydown', () => pageHeard++);
    const slot = host.slot('b', '', () => {
      const button = document.createElement('button');
      button.addEventListener('click', () => clicks++);
      slot.container.replaceChildren(button);
    });
    slot.paint();
    await tick();
    const button = host.shadow!.querySelector('button')!;
    button.click();
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    expect(clicks).toBe(0);
    expect(pageHeard).toBe(0);
    controller.abort();
    expect(document.querySelector(OVERLAY_TAG)).toBeNull();
  });
});

describe('channels', () => {
  it('a listener goes with its signal, and one that throws does not keep the others from hearing', () => {
    const c = channel(0);
    const a = new AbortController();
    const heard: number[] = [];
    c.watch(() => {
      throw new Error('x');
    }, a.signal);
    c.watch((v) => heard.push(v), a.signal);
    c.set(1);
    a.abort();
    c.set(2);
    expect(heard).toEqual([1]);
    expect(c.get()).toBe(2);
  });
});

describe('one message per reading', () => {
  it('the recognition, the once-only labels and the guide question of a reading go to the background together, and each part hears the answer', async () => {
    const sent: { type: string; data: unknown }[] = [];
    // What the background would answer (@webext-core/messaging's reply shape, to the resident wire).
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: { type: string; data: unknown }) => {
      sent.push(message);
      return { res: message.type === 'page/reading' ? { onceOnly: [{ key: 'k' }], resumable: true } : null };
    }) as never);
    const hub = await hubOn('procedure-detail');
    const heard: unknown[] = [];
    runFeatures(
      [
        defineFeature({ id: 'a', runsOn: anyPortalPage, init: (signal, page) => page.onReading(() => page.report({ summary: page.summary }), signal) }),
        defineFeature({ id: 'b', runsOn: isRecognised, init: (signal, page) => page.onReading(() => page.report({ guide: { procedureCode: '1.001193' } }, (a) => heard.push(a)), signal) }),
      ],
      hub,
    );
    await tick();
    sent.length = 0;
    heard.length = 0;
    await becomes('filing-form');
    await tick();
    expect(sent.map((m) => m.type)).toEqual(['page/reading']);
    expect(sent[0]!.data).toMatchObject({ summary: { kind: 'filing-form' }, guide: { procedureCode: '1.001193' } });
    expect(heard).toEqual([{ onceOnly: [{ key: 'k' }], resumable: true }]);
    send.mockRestore();
  });
});
