import { RESIDENT } from '../../features';
import { startResident } from '../../lib/features/start-resident';
import { RESIDENT_HOSTS, matchPattern } from '../../lib/portals/hosts';
import { igate } from '../../lib/portals/igate';
import { igate1 } from '../../lib/portals/igate1';

/** The resident part on provincial portals, built in or added at run time (registered with this file, lib/provinces/added-portals.ts); iGate 1 before iGate 2, which owns every other provincial host (lib/features/start-resident.ts). */
export default defineContentScript({
  matches: RESIDENT_HOSTS.provincial.map(matchPattern),
  runAt: 'document_idle',
  main: (ctx) => startResident(ctx, [igate1, igate], RESIDENT),
});
