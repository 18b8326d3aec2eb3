/**
 * Where our content script spends main-thread time on one replica page: the total, then the top
 * functions of ours by self time and by inclusive time, averaged over 5 loads. Build first with
 * names kept: `PROFILE=1 npx wxt build`, then `npx tsx scripts/profile-content.ts '<replica url>'`.
 */
import { launchBrowser } from '../tests/e2e/browser';
import { startReplicas } from '../tests/replicas/server';
const LOADS = Number(process.env.LOADS ?? 5);
const replicas = await startReplicas();
const ctx = await launchBrowser({ resolverRules: replicas.resolverRules, withExtension: true });
const self = new Map<string, number>();
const inclusive = new Map<string, number>();
let total = 0;
for (let i = 0; i < LOADS; i++) {
  const p = await ctx.newPage();
  const cdp = await ctx.newCDPSession(p);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await p.goto(process.argv[2]!, { waitUntil: 'load' });
  await p.waitForTimeout(1500);
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (id: number) => {
    const n = byId.get(id)!;
    return `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
  };
  const isOurs = (id: number) => byId.get(id)!.callFrame.url.startsWith('chrome-extension://');
  profile.samples!.forEach((id, k) => {
    const ms = (profile.timeDeltas![k] ?? 0) / 1000;
    // Everything under a frame of ours counts as ours (DOM calls made by our code too).
    const seen = new Set<string>();
    let underOurs = false;
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      if (!isOurs(at)) continue;
      underOurs = true;
      const key = name(at);
      if (!seen.has(key)) inclusive.set(key, (inclusive.get(key) ?? 0) + ms);
      seen.add(key);
    }
    if (!underOurs) return;
    total += ms;
    if (isOurs(id)) self.set(name(id), (self.get(name(id)) ?? 0) + ms);
  });
  await p.close();
}
const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 20).map(([k, v]) => `${(v / LOADS).toFixed(1).padStart(6)} ms  ${k}`).join('\n');
console.log(`ours in all: ${(total / LOADS).toFixed(1)} ms per load\n\nself:\n${top(self)}\n\ninclusive:\n${top(inclusive)}`);
await ctx.close();
await replicas.close();
