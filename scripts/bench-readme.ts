/**
 * Puts the table of the last `npm run bench` (bench/results.json) into README.md under
 * "## Latest benchmark": `npm run bench:readme`.
 */
import { readFileSync, writeFileSync } from 'node:fs';

interface Figure { name: string; value: number; unit: string; target?: string | null; pass?: boolean | null }
const result = JSON.parse(readFileSync('bench/results.json', 'utf8')) as { machine: string; chromium: string; commit: string; figures: Figure[] };
const fmt = (v: number) => v.toLocaleString('en', { maximumFractionDigits: 2 });
const rows = result.figures.map((f) => `| ${f.name} | ${fmt(f.value)} ${f.unit} | ${f.target ?? ''} | ${f.pass === true ? 'PASS' : f.pass === false ? 'FAIL' : ''} |`);
const section = [
  '## Latest benchmark',
  '',
  `\`npm run bench\` on ${result.machine.replace(/ \d+-Core Processor| Processor/, '')}, Chromium ${result.chromium.replace(/^.*?(\d[\d.]+).*$/, '$1')}, commit ${result.commit}. Figures drift by ±20 % between runs on a shared 2-core machine; why the page-cost figures miss their target is in [docs/bench.md](docs/bench.md).`,
  '',
  '| figure | value | target | |',
  '|---|---|---|---|',
  ...rows,
  '',
].join('\n');
const readme = readFileSync('README.md', 'utf8');
const start = readme.indexOf('## Latest benchmark');
const end = readme.indexOf('\n## ', start + 1);
if (start < 0 || end < 0) throw new Error('README.md has no "## Latest benchmark" section followed by another section');
writeFileSync('README.md', `${readme.slice(0, start)}${section}${readme.slice(end + 1)}`);
console.log(`README.md: ${rows.length} figures from commit ${result.commit}`);
