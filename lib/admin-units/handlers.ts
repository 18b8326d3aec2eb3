/** The after-merger pillar's messages: is a typed address an old one, and the look-up page. */
import { browser } from 'wxt/browser';
import type { BackgroundServices, Handlers } from '../messaging/handlers';
import { buildIndex, type AdminIndex } from './lookup';
import { suggestNewUnit } from './suggest';
import { UnitsFileSchema } from './units.schema';

/** Longer than any address a person types: the rest is not looked at. */
const MAX_TYPED = 400;

let adminIndex: Promise<AdminIndex> | null = null;
/** Built on the first question only: the dataset is 1.2 MB and most sessions never need it. */
function adminUnits(): Promise<AdminIndex> {
  adminIndex ??= fetch(browser.runtime.getURL('/admin-units/units.json'))
    .then((r) => r.json())
    .then((json) => buildIndex(UnitsFileSchema.parse(json)));
  return adminIndex;
}

export function adminUnitHandlers(services: BackgroundServices): Handlers<'lookup/suggest' | 'lookup/open'> {
  return {
    // The typed text is used in memory for the answer and never stored or logged.
    'lookup/suggest': async (data) => (typeof data === 'string' ? suggestNewUnit(await adminUnits(), data.slice(0, MAX_TYPED)) : null),
    'lookup/open': (_data, sender) => services.openOurPage('/lookup.html', sender),
  };
}
