/**
 * The front-end libraries the real portals load (as the portal notes name them), served from
 * node_modules under one replica path on every replica host. Dev dependencies: never in our bundle.
 */
import { readFileSync } from 'node:fs';
import { REPLICA_DIR } from './html';

export const REPLICA_LIBS: Record<string, { file: string; type: string }> = {
  // The residence forms: jQuery, select2, bootstrap-datepicker (filing-portals-2026.md §1.2).
  '/__replica/lib/jquery.min.js': { file: 'jquery/dist/jquery.min.js', type: 'text/javascript' },
  '/__replica/lib/select2.min.js': { file: 'select2/dist/js/select2.min.js', type: 'text/javascript' },
  '/__replica/lib/select2.min.css': { file: 'select2/dist/css/select2.min.css', type: 'text/css' },
  '/__replica/lib/bootstrap-datepicker.min.js': { file: 'bootstrap-datepicker/dist/js/bootstrap-datepicker.min.js', type: 'text/javascript' },
  '/__replica/lib/bootstrap-datepicker.min.css': { file: 'bootstrap-datepicker/dist/css/bootstrap-datepicker3.standalone.min.css', type: 'text/css' },
};

const cache = new Map<string, string>();
export function replicaLib(path: string): { body: string; type: string } | null {
  const lib = REPLICA_LIBS[path];
  if (!lib) return null;
  let body = cache.get(path);
  if (body === undefined) cache.set(path, (body = readFileSync(`${REPLICA_DIR}/../../node_modules/${lib.file}`, 'utf8')));
  return { body, type: lib.type };
}
