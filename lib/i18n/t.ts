import { browser } from 'wxt/browser';

/** Keys of the Vietnamese catalogue (type only: nothing of the JSON is bundled). */
export type MessageKey = keyof typeof import('../../public/_locales/vi/messages.json');
export type Translate = (key: MessageKey, ...subs: (string | number)[]) => string;

/** Browser i18n (the UI language picks vi or en); falls back to the key so a gap shows, never blank. */
export const t: Translate = (key, ...subs) => browser.i18n?.getMessage?.(key, subs.map(String)) || key;
