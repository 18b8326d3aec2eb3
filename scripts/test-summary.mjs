// Prints one closing line for the whole run ("N passed, N failed") from the JSON reports that
// vitest and Playwright write to reports/, and puts the reliability suite's figures
// (reports/reliability/*.json, tests/figures.ts) into the table in tests/README.md.
import { readFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync('reports/unit.json')) {
  const unit = JSON.parse(readFileSync('reports/unit.json', 'utf8'));
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  skipped += unit.numPendingTests + (unit.numTodoTests ?? 0);
}
if (existsSync('reports/e2e.json')) {
  const e2e = JSON.parse(readFileSync('reports/e2e.json', 'utf8'));
  passed += e2e.stats.expected;
  failed += e2e.stats.unexpected + e2e.stats.flaky;
  skipped += e2e.stats.skipped;
}

const AREAS = { fuzzing: 'Fuzzing', portal: 'Never break the portal', privacy: 'Privacy', storage: 'Storage faults', load: 'Load', security: 'Security review' };
if (existsSync('reports/reliability') && existsSync('tests/README.md')) {
  const rows = readdirSync('reports/reliability')
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(`reports/reliability/${f}`, 'utf8')))
    .sort((a, b) => Object.keys(AREAS).indexOf(a.area) - Object.keys(AREAS).indexOf(b.area) || a.id.localeCompare(b.id));
  const cell = (v) => (v === undefined || v === null ? '' : typeof v === 'number' ? v.toLocaleString('en') : String(v).replace(/\|/g, '\\|'));
  const table = [
    `Produced by \`npm test\` on ${new Date().toISOString().slice(0, 10)}: ${passed} passed, ${failed} failed.`,
    '',
    '| area | what | cases | crashes | records lost | PII hits | measured |',
    '|---|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${AREAS[r.area] ?? r.area} | ${cell(r.what)} | ${cell(r.cases)} | ${cell(r.crashes)} | ${cell(r.recordsLost)} | ${cell(r.piiHits)} | ${cell(r.measure)} |`),
  ].join('\n');
  const readme = readFileSync('tests/README.md', 'utf8');
  const start = '<!-- reliability:start -->';
  const end = '<!-- reliability:end -->';
  const a = readme.indexOf(start);
  const b = readme.indexOf(end);
  if (a >= 0 && b > a) writeFileSync('tests/README.md', `${readme.slice(0, a + start.length)}\n${table}\n${readme.slice(b)}`);
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
