import { emptyReading, type PageReading, type PortalAdapter } from './types';

/**
 * Reads a page through its adapter. Never throws: a portal page we cannot make sense of (half
 * rendered, reskinned, malformed) is "other", which keeps the UI quiet. Apart from the registry so
 * that what takes an adapter in (the guide, the page watch) does not bundle every adapter.
 */
export function readPage(adapter: PortalAdapter, url: URL, doc: Document): PageReading {
  try {
    return adapter.read(url, doc);
  } catch {
    return emptyReading(adapter.id);
  }
}
