/** The provinces pillar's messages: the built-in hosts and those the user added at run time. */
import type { Handlers } from '../messaging/handlers';
import { SUPPORTED_HOSTS } from '../portals/hosts';
import { addPortal, listAddedPortals, removePortal } from './added-portals';

export function provinceHandlers(): Handlers<'portals/list' | 'portals/add' | 'portals/remove'> {
  return {
    'portals/list': async () => ({ supported: [...SUPPORTED_HOSTS], added: await listAddedPortals() }),
    'portals/add': (data) => addPortal(typeof data === 'string' ? data : ''),
    'portals/remove': async (data) => ({ removed: typeof data === 'string' && (await removePortal(data)) }),
  };
}
