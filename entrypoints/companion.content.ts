import { ON_DEMAND } from '../features/on-demand';
import { sharedHub } from '../lib/features/companion-link';
import { runFeatures } from '../lib/features/run-features';
import { SUPPORTED_HOSTS, matchPattern } from '../lib/portals/hosts';

/**
 * The on-demand part: the panel, the guide and the hint card. Injected by the
 * background (`companion/load`) into a page where the resident part already runs; it takes that
 * part's page hub (adapter, reading, overlay) and bundles none of it again. Never web-accessible.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: SUPPORTED_HOSTS.map(matchPattern),
  main() {
    const hub = sharedHub();
    // No resident part here (it would have loaded us), or a second injection: nothing to do.
    if (!hub || hub.companionStarted) return;
    hub.companionStarted = true;
    runFeatures(ON_DEMAND, hub);
  },
});
