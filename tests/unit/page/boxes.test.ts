import { describe, expect, test } from 'vitest';
import { boxesAfterLayout } from '../../../lib/page/boxes';
import { anchorCandidates, visibleBox } from '../../../lib/once-only/page-items';

const box = (width: number, height: number) => ({ width, height, top: 10, left: 10, bottom: 10 + height, right: 10 + width }) as DOMRectReadOnly;

/** An observer that reports its targets in two batches, as a browser may, and counts disconnects. */
function fakeWindow(sizes: Map<Element, DOMRectReadOnly>) {
  const state = { disconnected: 0, observed: 0 };
  class FakeObserver {
    private targets: Element[] = [];
    constructor(private readonly cb: (entries: { target: Element; boundingClientRect: DOMRectReadOnly }[]) => void) {}
    observe(el: Element) {
      state.observed++;
      this.targets.push(el);
      if (this.targets.length === 1) {
        setTimeout(() => {
          const half = Math.ceil(this.targets.length / 2);
          this.cb(this.targets.slice(0, half).map((target) => ({ target, boundingClientRect: sizes.get(target)! })));
          setTimeout(() => this.cb(this.targets.slice(half).map((target) => ({ target, boundingClientRect: sizes.get(target)! }))), 0);
        }, 0);
      }
    }
    disconnect() {
      state.disconnected++;
    }
  }
  return { win: { IntersectionObserver: FakeObserver, setTimeout, clearTimeout } as unknown as Window, state };
}

describe('badge boxes', () => {
  test('boxes come from the observer report, every target once, then the observer stops', async () => {
    document.body.innerHTML = '<table><tr><td><input type="file" id="f"></td><td id="c">x</td></tr></table>';
    const input = document.getElementById('f')!;
    const cell = document.getElementById('c')!;
    const sizes = new Map<Element, DOMRectReadOnly>([[input, box(0, 0)], [input.parentElement!, box(80, 20)], [input.closest('tr')!, box(300, 20)], [cell, box(40, 20)]]);
    const { win, state } = fakeWindow(sizes);
    const boxes = await boxesAfterLayout(win, [...anchorCandidates(input), cell, cell]);
    expect(boxes.size).toBe(4);
    expect(state.observed).toBe(4);
    expect(state.disconnected).toBe(1);
    // A hidden file input is placed by its cell, the first box with a size.
    expect(visibleBox(input, (n) => boxes.get(n))?.width).toBe(80);
    expect(visibleBox(cell, (n) => boxes.get(n))?.width).toBe(40);
  });

  test('a long-lived signal keeps no listener once the boxes are in (it would keep every old view of an SPA portal alive)', async () => {
    document.body.innerHTML = '<p id="a">a</p>';
    const a = document.getElementById('a')!;
    const life = new AbortController();
    const listeners = new Set<unknown>();
    const add = life.signal.addEventListener.bind(life.signal);
    const remove = life.signal.removeEventListener.bind(life.signal);
    life.signal.addEventListener = ((...args: Parameters<AbortSignal['addEventListener']>) => (listeners.add(args[1]), add(...args))) as AbortSignal['addEventListener'];
    life.signal.removeEventListener = ((...args: Parameters<AbortSignal['removeEventListener']>) => (listeners.delete(args[1]), remove(...args))) as AbortSignal['removeEventListener'];
    const { win } = fakeWindow(new Map([[a, box(10, 10)]]));
    for (let i = 0; i < 5; i++) expect((await boxesAfterLayout(win, [a], life.signal)).size).toBe(1);
    expect(listeners.size).toBe(0);
  });

  test('an element in a hidden step has no box; an aborted wait ends at once', async () => {
    document.body.innerHTML = '<div hidden><span id="s">x</span></div>';
    const span = document.getElementById('s')!;
    expect(visibleBox(span, () => box(0, 0))).toBeUndefined();
    const aborted = new AbortController();
    aborted.abort();
    const { win } = fakeWindow(new Map());
    expect((await boxesAfterLayout(win, [span], aborted.signal)).size).toBe(0);
    expect((await boxesAfterLayout(win, [])).size).toBe(0);
  });

  test('a target never reported (removed before the next frame) does not block: the answer comes after the timeout', async () => {
    document.body.innerHTML = '<p id="a">a</p><p id="b">b</p>';
    const a = document.getElementById('a')!;
    const b = document.getElementById('b')!;
    class SilentAboutB {
      constructor(private readonly cb: (e: { target: Element; boundingClientRect: DOMRectReadOnly }[]) => void) {}
      observe(el: Element) {
        if (el === a) setTimeout(() => this.cb([{ target: a, boundingClientRect: box(5, 5) }]), 0);
      }
      disconnect() {}
    }
    const started = Date.now();
    const boxes = await boxesAfterLayout({ IntersectionObserver: SilentAboutB, setTimeout, clearTimeout } as unknown as Window, [a, b]);
    expect(boxes.has(a)).toBe(true);
    expect(boxes.has(b)).toBe(false);
    expect(Date.now() - started).toBeLessThan(3000);
  });
});
