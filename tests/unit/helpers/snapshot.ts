/**
 * Loads a portal page snapshot into a happy-dom window and lets the snapshot's own script render
 * it (the snapshots mimic Angular's late render), so adapters read the DOM a person would see.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';

/** shared/ sits beside the project (CI clones it there); SHARED_DIR overrides. */
export const SHARED_PORTALS = resolve(process.env.SHARED_DIR ?? join(dirname(fileURLToPath(import.meta.url)), '../../../../shared'), 'portals');

export function snapshotFiles(): string[] {
  if (!existsSync(SHARED_PORTALS)) throw new Error(`Không tìm thấy thư mục ảnh chụp trang cổng: ${SHARED_PORTALS} (đặt SHARED_DIR)`);
  return readdirSync(SHARED_PORTALS, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .sort();
}

export function readSnapshot(file: string): string {
  return readFileSync(join(SHARED_PORTALS, file), 'utf8');
}

/**
 * The URL each snapshot says it is served at (its header comment). The legacy /p/home pages were
 * captured on dichvucong.gov.vn, where they answer "không tồn tại" since March 2026 and live on only
 * under vpcp.dichvucong.gov.vn (shared/portals/dvcqg-2026.md §1.2): that is where they are served.
 */
export function servedAt(html: string): string {
  const m = /Serve at:\s*(https:\/\/\S+)/.exec(html);
  if (!m) throw new Error('snapshot names no URL');
  return m[1]!.replace(/^https:\/\/dichvucong\.gov\.vn\/p\//, 'https://vpcp.dichvucong.gov.vn/p/');
}

export interface LoadedPage {
  window: Window;
  document: Document;
  url(): URL;
  settle(ms?: number): Promise<void>;
  close(): Promise<void>;
}

/** `prepare` runs on the window before the page is written (what a test gives the page's scripts). */
export async function loadPage(html: string, url: string, runScripts = true, prepare?: (window: Window) => void): Promise<LoadedPage> {
  const window = new Window({
    url,
    settings: {
      enableJavaScriptEvaluation: runScripts,
      suppressCodeGenerationFromStringsWarning: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true, disableFallbackToSetURL: false },
    },
    console: { log() {}, warn() {}, error() {}, info() {}, debug() {} } as unknown as Console,
  });
  // No network in unit tests: the replica scripts' fetch calls fail fast and they carry on.
  window.fetch = (() => Promise.reject(new TypeError('offline'))) as unknown as typeof window.fetch;
  // happy-dom parses insertAdjacentHTML in body context and drops <tr>/<td>; browsers use the
  // element's context. Parse through a <template> (which keeps table rows) as a browser would.
  window.Element.prototype.insertAdjacentHTML = function (this: Element, where: InsertPosition, html: string) {
    const tpl = this.ownerDocument.createElement('template');
    tpl.innerHTML = html;
    const frag = tpl.content;
    if (where === 'beforebegin') this.before(frag);
    else if (where === 'afterbegin') this.prepend(frag);
    else if (where === 'beforeend') this.append(frag);
    else this.after(frag);
  } as never;
  Object.assign(window, { alert: () => {}, prompt: () => null });
  // happy-dom has no Option constructor, which browsers have and Choices.js (Form.io's selects) uses.
  if (!('Option' in window)) {
    Object.assign(window, {
      Option: function Option(text = '', value?: string, defaultSelected = false, selected = false) {
        const option = window.document.createElement('option');
        option.textContent = text;
        if (value !== undefined) option.value = value;
        if (defaultSelected) option.setAttribute('selected', '');
        option.selected = selected;
        return option;
      },
    });
  }
  // Form.io's bundle carries core-js, whose DOM-collections polyfill replaces NodeList's forEach
  // with its own; that one iterates nothing over happy-dom's NodeList (a browser's takes it fine).
  // happy-dom's own is put back once the page's inline scripts have run.
  const nodeListForEach = Object.getOwnPropertyDescriptor(window.NodeList.prototype, 'forEach')!;
  prepare?.(window);
  window.document.write(html);
  Object.defineProperty(window.NodeList.prototype, 'forEach', nodeListForEach);
  const page: LoadedPage = {
    window,
    document: window.document as unknown as Document,
    url: () => new URL(window.location.href),
    // The snapshots' scripts chain timers (app shell, then the eForm); wait them out, bounded.
    settle: async (ms = 1800) => {
      await new Promise((r) => setTimeout(r, ms));
      await Promise.race([window.happyDOM.waitUntilComplete(), new Promise((r) => setTimeout(r, 2000))]);
    },
    close: () => window.happyDOM.close(),
  };
  return page;
}
