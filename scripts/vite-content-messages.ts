/**
 * Vite plugin: `virtual:content-messages` = the messages listed in lib/i18n/content-keys.ts, picked
 * from public/_locales (the one source of every string), so the content script carries only those.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { CONTENT_MESSAGE_KEYS } from '../lib/i18n/content-keys';

const ID = 'virtual:content-messages';

export function contentMessages(root: string): Plugin {
  const pick = (lang: string) => {
    const file = resolve(root, 'public/_locales', lang, 'messages.json');
    const all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    return Object.fromEntries(CONTENT_MESSAGE_KEYS.map((k) => [k, all[k]]).filter(([, v]) => v));
  };
  return {
    name: 'dvc-content-messages',
    resolveId: (source) => (source === ID ? `\0${ID}` : null),
    load(id) {
      if (id !== `\0${ID}`) return null;
      for (const lang of ['vi', 'en']) this.addWatchFile(resolve(root, 'public/_locales', lang, 'messages.json'));
      return `export default ${JSON.stringify({ vi: pick('vi'), en: pick('en') })};`;
    },
  };
}
