/**
 * Builds the bundled old→new commune dataset (public/admin-units/units.json) from
 * ../shared/data/admin-units/old-to-new.json (dvhcvn/20250701, MIT). Run by hand when the source
 * changes: `npx tsx scripts/build-admin-units.ts`; a unit test checks the output still matches.
 * Strings repeated across rows (provinces, districts, resolutions) are stored once.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { compactFrom, type SourceFile } from '../lib/admin-units/compact';
import { UnitsFileSchema } from '../lib/admin-units/units.schema';

const SOURCE = process.env.ADMIN_UNITS_SOURCE ?? '../shared/data/admin-units/old-to-new.json';
const source = JSON.parse(readFileSync(SOURCE, 'utf8')) as SourceFile;
const compact = compactFrom(source);
UnitsFileSchema.parse(compact);
const text = JSON.stringify(compact);
mkdirSync('public/admin-units', { recursive: true });
writeFileSync('public/admin-units/units.json', text);
// The MIT notice must travel with the data.
writeFileSync('public/admin-units/SOURCE-README.md', readFileSync(SOURCE.replace('old-to-new.json', 'README.md')));
console.log(`units.json: ${Buffer.byteLength(text)} bytes, ${gzipSync(text).length} bytes gzip; ${compact.old.length} old communes → ${compact.new.length} new communes`);
