/**
 * `npm run bench`: figures measured in one run on this machine, printed as a table and written to
 * bench/results.json. Covers what exists so far: sizes, time to overlay on the replicas (real
 * Chromium) and the after-merger look-up. Needs a build (the npm script makes one).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { gzipSync } from 'node:zlib';
import { buildIndex, parseAddress } from '../lib/admin-units/lookup';
import { UnitsFileSchema } from '../lib/admin-units/units.schema';
import { chromiumPath, launchBrowser } from '../tests/e2e/browser';
import { startReplicas } from '../tests/replicas/server';

interface Figure {
  name: string;
  value: number;
  unit: string;
  target: string | null;
  pass: boolean | null;
}
const figures: Figure[] = [];
const add = (name: string, value: number, unit: string, target: string | null = null, pass: boolean | null = null) =>
  figures.push({ name, value: Math.round(value * 100) / 100, unit, target, pass });
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;

// Sizes
const content = readFileSync('.output/chrome-mv3/content-scripts/content.js');
const contentGzip = gzipSync(content).length;
add('content script', content.length, 'bytes');
add('content script (gzip)', contentGzip, 'bytes', '≤ 35 KB', contentGzip <= 35 * 1024);
const units = readFileSync('public/admin-units/units.json');
add('after-merger dataset', units.length, 'bytes');
add('after-merger dataset (gzip)', gzipSync(units).length, 'bytes');

// After-merger look-up: every keystroke of typed old addresses
const data = UnitsFileSchema.parse(JSON.parse(units.toString('utf8')));
const t0 = performance.now();
const index = buildIndex(data);
add('look-up index build', performance.now() - t0, 'ms');
const times: number[] = [];
for (let i = 0; i < data.old.length; i += Math.floor(data.old.length / 150)) {
  const [commune, d] = data.old[i]!;
  const full = `${commune}, ${data.oldDistricts[d]}`;
  for (let k = 1; k <= full.length; k++) {
    const s = performance.now();
    index.lookupOld(parseAddress(full.slice(0, k)));
    times.push(performance.now() - s);
  }
}
const p95 = quantile(times, 0.95);
add('look-up per keystroke p95', p95, 'ms', '< 50 ms', p95 < 50);
add('look-up per keystroke median', quantile(times, 0.5), 'ms');

// Time from DOMContentLoaded to our launcher, real Chromium with the built extension
const N = Number(process.env.BENCH_LOADS ?? 20);
const replicas = await startReplicas();
const context = await launchBrowser({ resolverRules: replicas.resolverRules, withExtension: true });
await context.addInitScript(() => {
  new MutationObserver((_, obs) => {
    if (document.querySelector('dvc-companion')) {
      (window as unknown as { __dvcAt: number }).__dvcAt = performance.now();
      obs.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
});
const page = context.pages()[0] ?? (await context.newPage());
for (const [name, url] of [
  ['DVCQG detail', 'https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.001193'],
  ['iGate filing form', 'https://dichvucong.quangngai.gov.vn/vi/padsvc/apply-online/6215fc5acfa6484e420b67d8'],
] as const) {
  const samples: number[] = [];
  for (let i = 0; i < N; i++) {
    await page.goto(url);
    await page.locator('dvc-companion button.dvc-launcher').waitFor();
    samples.push(
      await page.evaluate(() => (window as unknown as { __dvcAt: number }).__dvcAt - (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd),
    );
  }
  const median = quantile(samples, 0.5);
  add(`time to overlay, ${name}, median of ${N}`, median, 'ms', '≤ 50 ms', median <= 50);
  add(`time to overlay, ${name}, p90`, quantile(samples, 0.9), 'ms');
}
const chromium = context.browser()?.version() ?? execFileSync(chromiumPath(), ['--version']).toString().trim();
await context.close();
await replicas.close();

let commit = 'unknown';
try {
  commit = execFileSync('git', ['rev-parse', '--short', 'HEAD']).toString().trim();
} catch {
  /* not a git checkout */
}
const result = { machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`, chromium, commit, figures };
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify(result, null, 2)}\n`);
const width = Math.max(...figures.map((f) => f.name.length));
console.log(`\n${result.machine} · Chromium ${chromium} · ${commit}\n`);
for (const f of figures) {
  const verdict = f.pass === null ? '' : f.pass ? '  ✓' : '  ✗';
  console.log(`${f.name.padEnd(width)}  ${String(f.value).padStart(10)} ${f.unit.padEnd(5)} ${f.target ? `(target ${f.target})` : ''}${verdict}`);
}
console.log(`\nbench/results.json (${statSync('bench/results.json').size} bytes)`);
