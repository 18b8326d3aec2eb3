import { RESIDENT } from '../../features';
import { shareHub } from '../../lib/features/companion-link';
import { startPageHub } from '../../lib/features/page-hub';
import { runFeatures } from '../../lib/features/run-features';
import { PAGE_HOSTS, matchPattern } from '../../lib/portals/hosts';
import { adapterFor } from '../../lib/portals/registry';

/** The resident part: recognise the page, then run the resident features (features/index.ts). */
export default defineContentScript({
  // Provinces the user adds at run time are registered by the background with this same file.
  matches: PAGE_HOSTS.map(matchPattern),
  runAt: 'document_idle',
  main(ctx) {
    const adapter = adapterFor(location.hostname);
    if (!adapter) return;
    const hub = startPageHub(adapter, ctx);
    shareHub(hub);
    runFeatures(RESIDENT, hub);
  },
});
