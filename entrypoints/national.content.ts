import { RESIDENT } from '../features';
import { startResident } from '../lib/features/start-resident';
import { RESIDENT_HOSTS, matchPattern } from '../lib/portals/hosts';
import { dvcqg2026 } from '../lib/portals/dvcqg-2026';

/** The resident part on the national portal's React app and its VNeID sign-in (lib/features/start-resident.ts). */
export default defineContentScript({
  matches: RESIDENT_HOSTS.national.map(matchPattern),
  runAt: 'document_idle',
  main: (ctx) => startResident(ctx, [dvcqg2026], RESIDENT),
});
