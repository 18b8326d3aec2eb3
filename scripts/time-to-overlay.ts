/**
 * Time from DOMContentLoaded to our launcher in the page, on the replicas, N loads per page
 * (`npx tsx scripts/time-to-overlay.ts [N]`). Needs a built extension (npm run build:chrome).
 */
import { launchBrowser } from '../tests/e2e/browser';
import { startReplicas } from '../tests/replicas/server';

const N = Number(process.argv[2] ?? 20);
const PAGES = {
  'DVCQG chi tiết 1.001193': 'https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.001193',
  'iGate nộp hồ sơ (khung ứng dụng)': 'https://dichvucong.quangngai.gov.vn/vi/padsvc/apply-online/6215fc5acfa6484e420b67d8',
};

const replicas = await startReplicas();
const context = await launchBrowser({ resolverRules: replicas.resolverRules, withExtension: true });
// Stamp the moment our host element enters the page, on the page's own clock.
await context.addInitScript(() => {
  new MutationObserver((_, obs) => {
    if (document.querySelector('dvc-companion')) {
      (window as unknown as { __dvcAt: number }).__dvcAt = performance.now();
      obs.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
});
const page = context.pages()[0] ?? (await context.newPage());
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
for (const [name, url] of Object.entries(PAGES)) {
  const samples: number[] = [];
  for (let i = 0; i < N; i++) {
    await page.goto(url);
    await page.locator('dvc-companion button.dvc-launcher').waitFor();
    samples.push(
      await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return (window as unknown as { __dvcAt: number }).__dvcAt - nav.domContentLoadedEventEnd;
      }),
    );
  }
  console.log(`${name}: DOMContentLoaded → launcher, median ${quantile(samples, 0.5).toFixed(1)} ms, p90 ${quantile(samples, 0.9).toFixed(1)} ms (n=${N})`);
}
await context.close();
await replicas.close();
