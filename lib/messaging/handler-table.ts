/**
 * The background's one table: every message of the protocol and its handler, from the pillars
 * (each checks its own payload). The timings pillar's table comes in made: it observes the
 * browser's requests from the moment it is made, which the unit tests' fake browser cannot.
 */
import { adminUnitHandlers } from '../admin-units/handlers';
import { authoringHandlers } from '../authoring/handlers';
import { guideHandlers } from '../guides/handlers';
import { onceOnlyHandlers } from '../once-only/handlers';
import { pageHandlers, pageReadingHandler } from '../page/handlers';
import { provinceHandlers } from '../provinces/handlers';
import { settingsHandlers } from '../settings/handlers';
import type { TimingsRecorder } from '../timings/recorder-background';
import type { BackgroundServices, Handlers } from './handlers';
import type { ProtocolMap } from './protocol';

export function handlerTable(services: BackgroundServices, timings: TimingsRecorder, timingsTable: Handlers<'timings/events'>): Handlers<keyof ProtocolMap> {
  const pages = pageHandlers(services);
  const guides = guideHandlers(services, timings);
  const onceOnly = onceOnlyHandlers(services);
  return {
    ...pages,
    // One message per page reading: recognition, the once-only check and the guide to resume together.
    'page/reading': pageReadingHandler({ recognised: pages['page/recognised'], check: onceOnly['onceOnly/check'], resume: guides['guides/state-load'] }),
    ...guides,
    ...onceOnly,
    ...timingsTable,
    ...adminUnitHandlers(services),
    ...authoringHandlers(services),
    ...provinceHandlers(),
    ...settingsHandlers(services),
  };
}
