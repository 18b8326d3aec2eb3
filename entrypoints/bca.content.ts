import { RESIDENT } from '../features';
import { startResident } from '../lib/features/start-resident';
import { RESIDENT_HOSTS, matchPattern } from '../lib/portals/hosts';
import { bca } from '../lib/portals/bca';
import { cutru } from '../lib/portals/cutru';

/** The resident part on the Ministry of Public Security's catalogue and residence forms (lib/features/start-resident.ts). */
export default defineContentScript({
  matches: RESIDENT_HOSTS.bca.map(matchPattern),
  runAt: 'document_idle',
  main: (ctx) => startResident(ctx, [bca, cutru], RESIDENT),
});
