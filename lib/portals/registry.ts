import { dvcqg } from './dvcqg';
import { dvcqg2026 } from './dvcqg-2026';
import { bca } from './bca';
import { cutru } from './cutru';
import { igate } from './igate';
import { igate1 } from './igate1';
import { lienthong } from './lienthong';
import { moj } from './moj';
import { mojEform } from './moj-eform';
import type { PortalAdapter } from './types';

export { readPage } from './read-page';

// iGate 1 provinces come before iGate 2, which owns every other provincial host.
export const ADAPTERS: readonly PortalAdapter[] = [dvcqg2026, dvcqg, lienthong, moj, mojEform, bca, cutru, igate1, igate];

export function adapterFor(hostname: string): PortalAdapter | null {
  return ADAPTERS.find((a) => a.ownsHost(hostname)) ?? null;
}
