/**
 * Stands in for WXT's ContentScriptContext in every content script we build (wxt.config.ts aliases
 * `wxt/utils/content-script-context` here). WXT's announces each start to the page: a
 * `window.postMessage({ type: "<extension id>:<entrypoint>:wxt:content-script-started", … }, "*")`
 * that every `message` listener of the portal receives, and a CustomEvent of that name on the
 * document, which any page script knowing our public id can listen for. Either tells a page that
 * we are installed, and the message lands in portal handlers written for their own frames' messages.
 * Our scripts take their lifetime from lib/page/lifetime.ts, which ends only with the extension,
 * so nothing needs the announcement; this context says nothing to the page.
 */
import { browser } from 'wxt/browser';

export class ContentScriptContext {
  readonly #controller = new AbortController();

  constructor(
    readonly contentScriptName: string,
    readonly options?: object,
  ) {}

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** The extension was updated, reloaded or removed under this page. */
  get isInvalid(): boolean {
    if (browser.runtime?.id == null) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  abort(reason?: unknown): void {
    this.#controller.abort(reason);
  }

  notifyInvalidated(): void {
    this.abort('Content script context invalidated');
  }

  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }
}
