/**
 * Where our content script spends main-thread time on one replica page: the top functions of ours
 * by self time, averaged over 5 loads. Build first with names kept: `PROFILE=1 npx wxt build`, then
 * `npx tsx scripts/profile-content.ts '<replica url>'`.
 */
import { launchBrowser } from '../tests/e2e/browser';
import { startReplicas } from '../tests/replicas/server';
const replicas = await startReplicas();
const ctx = await launchBrowser({ resolverRules: replicas.resolverRules, withExtension: true });
const totals = new Map<string, number>();
for (let i = 0; i < 5; i++) {
  const p = await ctx.newPage();
  const cdp = await ctx.newCDPSession(p);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const url = process.argv[2]!;
  await p.goto(url, { waitUntil: 'load' });
  await p.waitForTimeout(1500);
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples!.forEach((id, k) => {
    const n = byId.get(id)!;
    if (!n.callFrame.url.startsWith('chrome-extension://')) return;
    const key = `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas![k] ?? 0) / 1000);
  });
  await p.close();
}
console.log([...totals].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, v]) => `${(v / 5).toFixed(1)} ms  ${k}`).join('\n'));
await ctx.close(); await replicas.close();
