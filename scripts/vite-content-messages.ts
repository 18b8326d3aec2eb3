/**
 * Vite plugin: `virtual:content-messages` = the messages listed in lib/i18n/content-keys.ts, picked
 * from public/_locales (the one source of every string), so the content script carries only those.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { CONTENT_MESSAGE_KEYS, RESIDENT_MESSAGE_KEYS } from '../lib/i18n/content-keys';

/** Each virtual module and the keys it carries: the companion's table and the resident part's few words. */
const TABLES: Record<string, readonly string[]> = {
  'virtual:content-messages': CONTENT_MESSAGE_KEYS,
  'virtual:resident-messages': RESIDENT_MESSAGE_KEYS,
};

export function contentMessages(root: string): Plugin {
  const pick = (lang: string, keys: readonly string[]) => {
    const file = resolve(root, 'public/_locales', lang, 'messages.json');
    const all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    return Object.fromEntries(keys.map((k) => [k, all[k]]).filter(([, v]) => v));
  };
  return {
    name: 'dvc-content-messages',
    resolveId: (source) => (source in TABLES ? `\0${source}` : null),
    load(id) {
      const keys = id.startsWith('\0') ? TABLES[id.slice(1)] : undefined;
      if (!keys) return null;
      for (const lang of ['vi', 'en']) this.addWatchFile(resolve(root, 'public/_locales', lang, 'messages.json'));
      return `export default ${JSON.stringify({ vi: pick('vi', keys), en: pick('en', keys) })};`;
    },
  };
}
