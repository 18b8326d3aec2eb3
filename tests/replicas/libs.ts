/**
 * The front-end libraries the real portals load (as the portal notes name them), served from
 * node_modules under one replica path on every replica host. Dev dependencies: never in our bundle.
 */
import { readFileSync } from 'node:fs';
import { REPLICA_DIR } from './html';

/** Where Form.io's date fields load flatpickr from (Formio.cdn pointed at the replica host). */
export const FORMIO_FLATPICKR_JS = '/__replica/formio-cdn/flatpickr-formio/4.6.13-formio.3/flatpickr.min.js';

export const REPLICA_LIBS: Record<string, { file: string; type: string }> = {
  // The residence forms: jQuery, select2, bootstrap-datepicker (filing-portals-2026.md §1.2).
  '/__replica/lib/jquery.min.js': { file: 'jquery/dist/jquery.min.js', type: 'text/javascript' },
  '/__replica/lib/select2.min.js': { file: 'select2/dist/js/select2.min.js', type: 'text/javascript' },
  '/__replica/lib/select2.min.css': { file: 'select2/dist/css/select2.min.css', type: 'text/css' },
  '/__replica/lib/bootstrap-datepicker.min.js': { file: 'bootstrap-datepicker/dist/js/bootstrap-datepicker.min.js', type: 'text/javascript' },
  '/__replica/lib/bootstrap-datepicker.min.css': { file: 'bootstrap-datepicker/dist/css/bootstrap-datepicker3.standalone.min.css', type: 'text/css' },
  // iGate 2's eForms: Form.io 4.x (shared/portals/README.md §2.3, filing-portals-2026.md T12).
  '/__replica/lib/formio.form.min.js': { file: 'formiojs/dist/formio.form.min.js', type: 'text/javascript' },
  '/__replica/lib/formio.form.min.css': { file: 'formiojs/dist/formio.form.min.css', type: 'text/css' },
  // What Form.io's date widget loads from its CDN (Formio.cdn), served here instead: upstream
  // flatpickr of the version the Form.io fork is built on (4.6.13).
  [FORMIO_FLATPICKR_JS]: { file: 'flatpickr/dist/flatpickr.min.js', type: 'text/javascript' },
  '/__replica/formio-cdn/flatpickr-formio/4.6.13-formio.3/flatpickr.min.css': { file: 'flatpickr/dist/flatpickr.min.css', type: 'text/css' },
};

const cache = new Map<string, string>();
export function replicaLib(path: string): { body: string; type: string } | null {
  const lib = REPLICA_LIBS[path];
  if (!lib) return null;
  let body = cache.get(path);
  if (body === undefined) cache.set(path, (body = readFileSync(`${REPLICA_DIR}/../../node_modules/${lib.file}`, 'utf8')));
  return { body, type: lib.type };
}
