/**
 * The resident part's translator: its few words bundled (lib/i18n/content-keys.ts
 * RESIDENT_MESSAGE_KEYS), so a portal page never waits on the browser's catalogue for the launcher.
 */
import residentMessages from 'virtual:resident-messages';
import { tableTranslator } from './format';
import { t as browserT, type Translate } from './t';

export function residentTranslator(lang: 'vi' | 'en'): Translate {
  return tableTranslator(residentMessages[lang], browserT);
}
