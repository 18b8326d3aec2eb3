import { browser } from 'wxt/browser';

/** Keys of the Vietnamese catalogue (type only: nothing of the JSON is bundled). */
export type MessageKey = keyof typeof import('../../public/_locales/vi/messages.json');
export type Translate = (key: MessageKey, ...subs: (string | number)[]) => string;

const cache = new Map<string, string>();

/** The browser's UI language, also set as the extension page's lang (vi or en) for screen readers. */
export function pageLanguage(doc: Document = document): string {
  const lang = browser.i18n.getUILanguage();
  doc.documentElement.lang = lang.startsWith('vi') ? 'vi' : 'en';
  return lang;
}

/**
 * Browser i18n (the UI language picks vi or en); falls back to the key so a gap shows, never blank.
 * Answers are kept: each getMessage call crosses into the browser, and the panel asks on every paint.
 */
export const t: Translate = (key, ...subs) => {
  const id = subs.length ? `${key}\u0000${subs.join('\u0000')}` : key;
  let text = cache.get(id);
  if (text === undefined) {
    text = browser.i18n?.getMessage?.(key, subs.map(String)) || key;
    if (cache.size > 500) cache.clear(); // step texts and counts vary; keep the cache small
    cache.set(id, text);
  }
  return text;
};
