import { describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ownLifetime, watchLocation } from '../../../lib/page/lifetime';

/** The name WXT's own context listens for (a page could forge it). */
const STARTED = `${'abcdefghijklmnopabcdefghijklmnop'}:content:wxt:content-script-started`;

function fakeContext() {
  const target = new EventTarget();
  return {
    ctx: { options: {}, onInvalidated: (cb: () => void) => target.addEventListener('abort', cb) } as unknown as ContentScriptContext,
    invalidate: () => target.dispatchEvent(new Event('abort')),
  };
}

describe('our content script\'s lifetime (issue 18 §4)', () => {
  it('a forged "script started" event, or WXT invalidating itself, does not end it while the extension is there', () => {
    let alive = true;
    const { ctx, invalidate } = fakeContext();
    const life = ownLifetime(ctx, () => alive);
    document.dispatchEvent(new CustomEvent(STARTED, { detail: { contentScriptName: 'content', messageId: 'forged' } }));
    window.dispatchEvent(new MessageEvent('message', { data: { type: STARTED } }));
    invalidate();
    expect(life.signal.aborted).toBe(false);
    let fired = 0;
    life.setTimeout(() => fired++, 0);
    alive = false;
    // Nothing listens for the forged name any more; the context's cue (or the next timer) finds the runtime gone.
    document.dispatchEvent(new CustomEvent(STARTED));
    invalidate();
    expect(life.signal.aborted).toBe(true);
    expect(life.check()).toBe(false);
    return new Promise<void>((done) => setTimeout(() => {
      expect(fired).toBe(0);
      done();
    }, 10));
  });

  it('route changes come only from the browser\'s own navigate events', () => {
    const nav = new EventTarget();
    const win = { location: { href: 'https://a.gov.vn/x' }, navigation: nav } as unknown as Window;
    let changes = 0;
    watchLocation(win, new AbortController().signal, () => changes++);
    nav.dispatchEvent(Object.assign(new Event('navigate'), { destination: { url: 'https://a.gov.vn/y' } }));
    expect(changes).toBe(0); // untrusted: a page's own dispatchEvent
  });
});

describe('the quiet content-script context (lib/page/quiet-context.ts)', () => {
  it('starts without a word to the page: no window message, no document event', async () => {
    const { ContentScriptContext: Quiet } = await import('../../../lib/page/quiet-context');
    const heard: string[] = [];
    const onMessage = (e: MessageEvent) => heard.push(`message ${JSON.stringify(e.data)}`);
    window.addEventListener('message', onMessage);
    const dispatch = document.dispatchEvent.bind(document);
    document.dispatchEvent = (e: Event) => {
      heard.push(`event ${e.type}`);
      return dispatch(e);
    };
    const ctx = new Quiet('national', {});
    const life = ownLifetime(ctx as unknown as ContentScriptContext, () => true);
    await new Promise((r) => setTimeout(r, 10));
    document.dispatchEvent = dispatch;
    window.removeEventListener('message', onMessage);
    expect(heard).toEqual([]);
    // Its own invalidation is only a cue: the lifetime goes on while the extension is there.
    ctx.notifyInvalidated();
    expect(ctx.isValid).toBe(false);
    expect(life.signal.aborted).toBe(false);
  });
});
