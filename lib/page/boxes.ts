/**
 * Boxes of page elements as the browser's next layout leaves them, read from an
 * IntersectionObserver's first report instead of getBoundingClientRect(): the browser computes
 * them in the layout it does anyway, so placing our badges never forces an extra layout of the
 * portal's page.
 */
/** Longest wait for the observer's first report (it normally comes with the next frame). */
const REPORT_TIMEOUT_MS = 1000;

export function boxesAfterLayout(win: Window & { IntersectionObserver?: typeof IntersectionObserver }, elements: Iterable<Element>, signal?: AbortSignal): Promise<Map<Element, DOMRectReadOnly>> {
  const wanted = new Set(elements);
  const boxes = new Map<Element, DOMRectReadOnly>();
  if (!wanted.size || signal?.aborted) return Promise.resolve(boxes);
  if (typeof win.IntersectionObserver !== 'function') {
    for (const el of wanted) boxes.set(el, el.getBoundingClientRect());
    return Promise.resolve(boxes);
  }
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      win.clearTimeout(timer);
      // The signal lives as long as the content script: a listener left on it would keep this
      // observer and the elements in `boxes` (old views of an SPA portal) alive all day.
      signal?.removeEventListener('abort', done);
      resolve(boxes);
    };
    const observer = new win.IntersectionObserver!((entries) => {
      for (const e of entries) boxes.set(e.target, e.boundingClientRect);
      if (boxes.size >= wanted.size) done();
    });
    // An element the page removes before the browser reports it may never be reported: answer
    // with what there is rather than wait for ever.
    const timer = win.setTimeout(done, REPORT_TIMEOUT_MS);
    signal?.addEventListener('abort', done, { once: true });
    for (const el of wanted) observer.observe(el);
  });
}
