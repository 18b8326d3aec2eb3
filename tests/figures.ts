/**
 * Figures of the reliability, privacy and security suite (issue 10). Each test that measures
 * something writes one row to reports/reliability/; scripts/test-summary.mjs puts the rows into
 * the table in tests/README.md at the end of `npm test`, so the table is the suite's own output.
 */
import { mkdirSync, writeFileSync } from 'node:fs';

export interface ReliabilityFigure {
  /** File name: stable, one per figure. */
  id: string;
  /** Section of tests/README.md's table: fuzzing, portal, privacy, storage, load, security. */
  area: 'fuzzing' | 'portal' | 'privacy' | 'storage' | 'load' | 'security';
  what: string;
  cases: number;
  crashes?: number;
  recordsLost?: number;
  piiHits?: number;
  /** Free text with its bound, e.g. "+0.4 MB (bound 2 MB)". */
  measure?: string;
}

export function recordFigure(f: ReliabilityFigure): void {
  mkdirSync('reports/reliability', { recursive: true });
  writeFileSync(`reports/reliability/${f.id}.json`, `${JSON.stringify(f)}\n`);
}
