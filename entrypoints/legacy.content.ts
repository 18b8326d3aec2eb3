import { RESIDENT } from '../features';
import { startResident } from '../lib/features/start-resident';
import { RESIDENT_HOSTS, matchPattern } from '../lib/portals/hosts';
import { dvcqg } from '../lib/portals/dvcqg';

/** The resident part on the national portal's legacy /p/home pages (vpcp, thutuc, xacthuc) (lib/features/start-resident.ts). */
export default defineContentScript({
  matches: RESIDENT_HOSTS.legacy.map(matchPattern),
  runAt: 'document_idle',
  main: (ctx) => startResident(ctx, [dvcqg], RESIDENT),
});
