/**
 * The translator of our UI on portal pages: the messages listed in content-keys.ts, bundled, in the
 * page hub's language; anything else from the browser's own catalogue. One answer for the panel's
 * words, the pack texts and the once-only explanations.
 */
import contentMessages from 'virtual:content-messages';
import { tableTranslator } from './format';
import { t as browserT, type Translate } from './t';

export function contentTranslator(lang: 'vi' | 'en'): Translate {
  return tableTranslator(contentMessages[lang], browserT);
}
