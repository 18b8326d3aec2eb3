/**
 * The bundled packs' table for public/guides/README.md (issue 8): code, name, portals, steps per
 * portal, sources, verified, reviewed. Pure: the script writes it, a unit test checks it is current.
 */
import { stepsFor } from './engine';
import type { GuidePack } from './pack.schema';

export const TABLE_START = '<!-- packs:start -->';
export const TABLE_END = '<!-- packs:end -->';

export function packTable(packs: readonly GuidePack[]): string {
  const rows = [...packs]
    .sort((a, b) => a.procedureCode.localeCompare(b.procedureCode))
    .map((p) => {
      const steps = p.portals.map((portal) => `${portal} ${stepsFor(p, portal).length}`).join(', ');
      const legal = p.sources.filter((s) => s.kind === 'legal').length;
      return `| ${p.procedureCode} | ${p.title.vi} | ${p.portals.join(', ')} | ${steps} | ${p.sources.length} (${legal} legal) | ${p.verified ? 'yes' : '**no**'} | ${p.lastReviewed} |`;
    });
  return [
    TABLE_START,
    '| code | name | portals | steps | sources | verified | reviewed |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    TABLE_END,
  ].join('\n');
}

/** The README with its table replaced (or appended when the markers are missing). */
export function withPackTable(readme: string, table: string): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) return `${readme.trimEnd()}\n\n${table}\n`;
  return readme.slice(0, start) + table + readme.slice(end + TABLE_END.length);
}
