/**
 * Which objects pile up in a portal tab over many filings: heap snapshots (after GC) of the page
 * after N and after M filings in one iGate tab, grouped by constructor, largest growth first.
 * Run: npx tsx scripts/heap-diff.ts [N] [M] [--without]
 */
import type { CDPSession } from '@playwright/test';
import { launchBrowser } from '../tests/e2e/browser';
import { igateDayFiling } from '../tests/e2e/timings-helpers';
import { startReplicas } from '../tests/replicas/server';

const [first = 10, second = 30] = process.argv.slice(2).filter((a) => !a.startsWith('--')).map(Number);
const withExtension = !process.argv.includes('--without');

interface Group {
  count: number;
  size: number;
}

async function snapshot(cdp: CDPSession): Promise<Map<string, Group>> {
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  const onChunk = (e: { chunk: string }) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const snap = JSON.parse(chunks.join('')) as { snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }; nodes: number[]; strings: string[] };
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const [iType, iName, iSize] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f)) as [number, number, number];
  const groups = new Map<string, Group>();
  for (let n = 0; n < snap.nodes.length; n += fields.length) {
    const type = types[snap.nodes[n + iType]!]!;
    const rawName = snap.strings[snap.nodes[n + iName]!]!;
    const name = type === 'string' || type === 'concatenated string' || type === 'sliced string' ? '(string)' : `${type}:${rawName.slice(0, 80)}`;
    const g = groups.get(name) ?? { count: 0, size: 0 };
    g.count++;
    g.size += snap.nodes[n + iSize]!;
    groups.set(name, g);
  }
  return groups;
}

const replicas = await startReplicas();
const context = await launchBrowser({ resolverRules: replicas.resolverRules, withExtension });
try {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('https://dichvucong.quangngai.gov.vn/vi/procedure/detail/6215fc5acfa6484e420b67d8');
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  for (let i = 0; i < first; i++) await igateDayFiling(page, i);
  const before = await snapshot(cdp);
  for (let i = first; i < second; i++) await igateDayFiling(page, i);
  const after = await snapshot(cdp);
  const rows = [...after].map(([name, g]) => ({ name, count: g.count - (before.get(name)?.count ?? 0), size: g.size - (before.get(name)?.size ?? 0) }));
  rows.sort((a, b) => b.size - a.size);
  const js = rows.filter((r) => !r.name.startsWith('native:'));
  console.log(`JS heap objects (not Blink's native ones): ${js.reduce((n, r) => n + r.size, 0)} B`);
  console.log(`growth from filing ${first} to ${second} (${withExtension ? 'with' : 'without'} the extension), by constructor:`);
  for (const r of (process.argv.includes('--native') ? rows : js).slice(0, 30)) console.log(`${String(r.size).padStart(9)} B ${String(r.count).padStart(7)}  ${r.name}`);
} finally {
  await context.close();
  await replicas.close();
}
