/** Rewrites the pack table in public/guides/README.md from the bundled packs (npm run packs:readme). */
import { readFileSync, writeFileSync } from 'node:fs';
import { parsePack } from '../lib/guides/pack';
import { packTable, withPackTable } from '../lib/guides/pack-table';

const DIR = 'public/guides';
const index = JSON.parse(readFileSync(`${DIR}/index.json`, 'utf8')) as { packs: string[] };
const packs = index.packs.map((code) => {
  const r = parsePack(JSON.parse(readFileSync(`${DIR}/${code}.json`, 'utf8')));
  if (!r.ok) throw new Error(`Gói ${code} không hợp lệ: ${r.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return r.pack;
});
const readmePath = `${DIR}/README.md`;
writeFileSync(readmePath, withPackTable(readFileSync(readmePath, 'utf8'), packTable(packs)));
console.log(`${readmePath}: ${packs.length} gói`);
