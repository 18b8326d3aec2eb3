import { MOJ_RESIDENT } from '../features';
import { startResident } from '../lib/features/start-resident';
import { RESIDENT_HOSTS, matchPattern } from '../lib/portals/hosts';
import { moj } from '../lib/portals/moj';

/** The resident part on the Ministry of Justice's civil-status wizard (lib/features/start-resident.ts). */
export default defineContentScript({
  matches: RESIDENT_HOSTS.moj.map(matchPattern),
  runAt: 'document_idle',
  main: (ctx) => startResident(ctx, [moj], MOJ_RESIDENT),
});
