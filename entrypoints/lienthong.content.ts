import { RESIDENT } from '../features';
import { startResident } from '../lib/features/start-resident';
import { RESIDENT_HOSTS, matchPattern } from '../lib/portals/hosts';
import { lienthong } from '../lib/portals/lienthong';

/** The resident part on the interlinked portal (lib/features/start-resident.ts). */
export default defineContentScript({
  matches: RESIDENT_HOSTS.lienthong.map(matchPattern),
  runAt: 'document_idle',
  main: (ctx) => startResident(ctx, [lienthong], RESIDENT),
});
