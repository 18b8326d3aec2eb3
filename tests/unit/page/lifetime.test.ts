import { describe, expect, it } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ownLifetime, watchLocation } from '../../../lib/page/lifetime';

const STARTED = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;

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
    document.dispatchEvent(new CustomEvent(STARTED));
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
